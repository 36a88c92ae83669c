//! `call-before-email`: a call or voicemail with no earlier unanswered follow-up email.

use super::{Check, Example, Rule};
use crate::diagnostic::{Category, Finding, Level, Levels, Location};
use crate::draft::MessageKind::CallScript;
use crate::timing::{ContactKind, TimelineContext, when};

pub(crate) const RULE: Rule = Rule {
    id: "call-before-email",
    category: Category::Timing,
    levels: Levels::all(Level::Warning),
    summary: "Flags a phone call or voicemail made before any follow-up email went unanswered.",
    why: "The guide keeps calls for when an email got no answer; calling first skips the \
          polite step and interrupts a busy day.",
    help: "Send a follow-up email first; call only if it goes unanswered for a week or so.",
    flagged: &[Example::new(
        CallScript,
        r#"{"interview": {"start": "2026-12-01T10:00:00-05:00[America/New_York]", "end": "2026-12-01T11:00:00-05:00[America/New_York]"},
 "contacts": [{"kind": "thank-you", "at": "2026-12-01T18:00:00-05:00[America/New_York]"},
              {"kind": "call", "at": "2026-12-10T10:00:00-05:00[America/New_York]"}]}"#,
    )
    .at("2026-12-11T09:00:00-05:00[America/New_York]")],
    accepted: &[Example::new(
        CallScript,
        r#"{"interview": {"start": "2026-12-01T10:00:00-05:00[America/New_York]", "end": "2026-12-01T11:00:00-05:00[America/New_York]"},
 "contacts": [{"kind": "follow-up", "at": "2026-12-09T10:00:00-05:00[America/New_York]"},
              {"kind": "voicemail", "at": "2026-12-16T10:00:00-05:00[America/New_York]"}]}"#,
    )
    .at("2026-12-17T09:00:00-05:00[America/New_York]")],
    options: &[],
    phrases: &[],
    criterion: None,
    check: Check::Timeline(check),
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
