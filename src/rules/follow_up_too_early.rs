//! `follow-up-too-early`: a follow-up email before the stated timeframe has passed.

use crate::diagnostic::{Category, Finding, Level, Location};
use crate::rule::{ContactExample, Rule, RuleKind, TimelineContext, TimelineExample, TimelineRule};
use crate::timing::{ContactKind, DEFAULT_WAIT_DAYS, when};

pub(crate) const RULE: Rule = Rule {
    id: "follow-up-too-early",
    category: Category::Timing,
    summary: "Flags a follow-up email sent before the timeframe the interviewer stated has passed (no timeframe: before ${default-days} days).",
    why: "Following up before the date they gave suggests you did not listen or cannot wait; \
          it can make you look impatient.",
    help: "Wait until the timeframe has passed; if none was given, wait at least a week.",
    options: &[DEFAULT_WAIT_DAYS],
    kind: RuleKind::Timeline(TimelineRule {
        level: Level::Warning,
        flagged: &[TimelineExample::new(
            "2026-12-01T10:00:00-05:00[America/New_York]",
            "2026-12-01T11:00:00-05:00[America/New_York]",
            &[
                ContactExample::new(
                    ContactKind::ThankYou,
                    "2026-12-01T18:00:00-05:00[America/New_York]",
                ),
                ContactExample::new(
                    ContactKind::FollowUp,
                    "2026-12-08T10:59:00-05:00[America/New_York]",
                ),
            ],
            "2026-12-09T09:00:00-05:00[America/New_York]",
        )],
        accepted: &[
            TimelineExample::new(
                "2026-12-01T10:00:00-05:00[America/New_York]",
                "2026-12-01T11:00:00-05:00[America/New_York]",
                &[ContactExample::new(
                    ContactKind::FollowUp,
                    "2026-12-08T11:00:00-05:00[America/New_York]",
                )],
                "2026-12-09T09:00:00-05:00[America/New_York]",
            ),
            TimelineExample::new(
                "2026-12-01T10:00:00-05:00[America/New_York]",
                "2026-12-01T11:00:00-05:00[America/New_York]",
                &[ContactExample::new(
                    ContactKind::FollowUp,
                    "2026-12-04T12:00:00-05:00[America/New_York]",
                )],
                "2026-12-05T09:00:00-05:00[America/New_York]",
            )
            .with_timeframe(1, 3),
        ],
        check,
    }),
};

fn check(cx: &TimelineContext<'_>, out: &mut Vec<Finding>) {
    let t = cx.timeline();
    let due = t.follow_up_due(cx.option(DEFAULT_WAIT_DAYS) as u32);
    for (i, c) in t.contacts().iter().enumerate() {
        if c.kind != ContactKind::FollowUp || c.at >= due {
            continue;
        }
        let stated = match t.timeframe() {
            Some(tf) => format!("they said {}–{} days", tf.min_days, tf.max_days),
            None => "no timeframe was given, so allow at least a week".to_owned(),
        };
        out.push(Finding::at(
            Location::Contact(i),
            format!(
                "This follow-up of {} comes before {} ({stated}).",
                when(&t.local(&c.at)),
                when(&due)
            ),
        ));
    }
}
