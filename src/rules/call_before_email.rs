//! `call-before-email`: a call or voicemail with no earlier unanswered follow-up email.

use crate::diagnostic::{Category, Finding, Level, Location};
use crate::rule::{ContactExample, Rule, RuleKind, TimelineContext, TimelineExample, TimelineRule};
use crate::timing::{ContactKind, when};

pub(crate) const RULE: Rule = Rule {
    id: "call-before-email",
    category: Category::Timing,
    summary: "Flags a phone call or voicemail made before any follow-up email went unanswered.",
    why: "The guide keeps calls for when an email got no answer; calling first skips the \
          polite step and interrupts a busy day.",
    help: "Send a follow-up email first; call only if it goes unanswered for a week or so.",
    options: &[],
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
                    ContactKind::Call,
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
                    ContactKind::FollowUp,
                    "2026-12-09T10:00:00-05:00[America/New_York]",
                ),
                ContactExample::new(
                    ContactKind::Voicemail,
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
    let mut unanswered_email = false;
    for (i, c) in t.chronological() {
        match c.kind {
            ContactKind::FollowUp => unanswered_email |= !c.answered,
            ContactKind::Call | ContactKind::Voicemail if !unanswered_email => {
                out.push(Finding::at(
                    Location::Contact(i),
                    format!(
                        "This {} of {} comes before any follow-up email went unanswered.",
                        c.kind,
                        when(&t.local(&c.at))
                    ),
                ));
            }
            _ => {}
        }
    }
}
