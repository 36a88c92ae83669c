//! `follow-up-too-early`: a follow-up email before the stated timeframe has passed.

use super::{Check, Example, Rule, RuleOption};
use crate::diagnostic::{Category, Finding, Level, Levels, Location};
use crate::draft::MessageKind::FollowUp;
use crate::timing::{ContactKind, TimelineContext, when};

pub(crate) const RULE: Rule = Rule {
    id: "follow-up-too-early",
    category: Category::Timing,
    levels: Levels::all(Level::Warning),
    summary: "Flags a follow-up email sent before the timeframe the interviewer stated has passed (no timeframe: before 7 days).",
    why: "Following up before the date they gave suggests you did not listen or cannot wait; \
          it can make you look impatient.",
    help: "Wait until the timeframe has passed; if none was given, wait at least a week.",
    flagged: &[Example::new(
        FollowUp,
        r#"{"interview": {"start": "2026-12-01T10:00:00-05:00[America/New_York]", "end": "2026-12-01T11:00:00-05:00[America/New_York]"},
 "contacts": [{"kind": "thank-you", "at": "2026-12-01T18:00:00-05:00[America/New_York]"},
              {"kind": "follow-up", "at": "2026-12-08T10:59:00-05:00[America/New_York]"}]}"#,
    )
    .at("2026-12-09T09:00:00-05:00[America/New_York]")],
    accepted: &[
        Example::new(
            FollowUp,
            r#"{"interview": {"start": "2026-12-01T10:00:00-05:00[America/New_York]", "end": "2026-12-01T11:00:00-05:00[America/New_York]"},
 "contacts": [{"kind": "follow-up", "at": "2026-12-08T11:00:00-05:00[America/New_York]"}]}"#,
        )
        .at("2026-12-09T09:00:00-05:00[America/New_York]"),
        Example::new(
            FollowUp,
            r#"{"interview": {"start": "2026-12-01T10:00:00-05:00[America/New_York]", "end": "2026-12-01T11:00:00-05:00[America/New_York]"},
 "timeframe": {"min_days": 1, "max_days": 3},
 "contacts": [{"kind": "follow-up", "at": "2026-12-04T12:00:00-05:00[America/New_York]"}]}"#,
        )
        .at("2026-12-05T09:00:00-05:00[America/New_York]"),
    ],
    options: &[RuleOption::new("default-days", "Days to wait when no timeframe was stated.", 7.0, 1.0, 60.0)],
    phrases: &[],
    criterion: None,
    check: Check::Timeline(check),
};

fn check(cx: &TimelineContext<'_>, out: &mut Vec<Finding>) {
    let t = cx.timeline();
    let due = t.follow_up_due(cx.option("default-days") as u32);
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
