//! `contact-after-reply`: a follow-up after the employer replied with a decision or a date.

use crate::diagnostic::{Category, Finding, Level, Location};
use crate::rule::{ContactExample, Rule, RuleKind, TimelineContext, TimelineExample, TimelineRule};
use crate::timing::{ContactKind, when};

pub(crate) const RULE: Rule = Rule {
    id: "contact-after-reply",
    category: Category::Timing,
    summary: "Flags a follow-up or call after the employer already replied with a decision or a new date.",
    why: "Once they have told you the decision or when to expect it, the usual cadence no longer \
          applies; chasing them again suggests you did not read their reply.",
    help: "Follow the date they gave; if it passes without news, one polite check-in is fine.",
    options: &[],
    kind: RuleKind::Timeline(TimelineRule {
        level: Level::Info,
        flagged: &[TimelineExample::new(
            "2026-12-01T10:00:00-05:00[America/New_York]",
            "2026-12-01T11:00:00-05:00[America/New_York]",
            &[
                ContactExample::new(
                    ContactKind::Reply,
                    "2026-12-08T10:00:00-05:00[America/New_York]",
                )
                .decision(),
                ContactExample::new(
                    ContactKind::FollowUp,
                    "2026-12-10T10:00:00-05:00[America/New_York]",
                ),
            ],
            "2026-12-11T09:00:00-05:00[America/New_York]",
        )],
        accepted: &[TimelineExample::new(
            "2026-12-01T10:00:00-05:00[America/New_York]",
            "2026-12-01T11:00:00-05:00[America/New_York]",
            &[
                ContactExample::new(
                    ContactKind::Reply,
                    "2026-12-08T10:00:00-05:00[America/New_York]",
                ),
                ContactExample::new(
                    ContactKind::FollowUp,
                    "2026-12-16T10:00:00-05:00[America/New_York]",
                ),
            ],
            "2026-12-17T09:00:00-05:00[America/New_York]",
        )],
        check,
    }),
};

fn check(cx: &TimelineContext<'_>, out: &mut Vec<Finding>) {
    let t = cx.timeline();
    let mut decided: Option<&jiff::ZonedDateTime> = None;
    for (i, c) in t.chronological() {
        match c.kind {
            ContactKind::Reply if c.decision => decided = Some(&c.at),
            ContactKind::FollowUp | ContactKind::Call | ContactKind::Voicemail => {
                if let Some(reply) = decided {
                    out.push(Finding::at(
                        Location::Contact(i),
                        format!(
                            "This {} comes after their reply of {} with a decision or a date; follow what they said.",
                            c.kind,
                            when(&t.local(reply))
                        ),
                    ));
                }
            }
            _ => {}
        }
    }
}
