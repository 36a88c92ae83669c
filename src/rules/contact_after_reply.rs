//! `contact-after-reply`: a follow-up after the employer replied with a decision or a date.

use super::{Check, Example, Rule};
use crate::diagnostic::{Category, Finding, Level, Levels, Location};
use crate::draft::MessageKind::FollowUp;
use crate::timing::{ContactKind, TimelineContext, when};

pub(crate) const RULE: Rule = Rule {
    id: "contact-after-reply",
    category: Category::Timing,
    levels: Levels::all(Level::Info),
    summary: "Flags a follow-up or call after the employer already replied with a decision or a new date.",
    why: "Once they have told you the decision or when to expect it, the usual cadence no longer \
          applies; chasing them again suggests you did not read their reply.",
    help: "Follow the date they gave; if it passes without news, one polite check-in is fine.",
    flagged: &[Example::new(
        FollowUp,
        r#"{"interview": {"start": "2026-12-01T10:00:00-05:00[America/New_York]", "end": "2026-12-01T11:00:00-05:00[America/New_York]"},
 "contacts": [{"kind": "reply", "at": "2026-12-08T10:00:00-05:00[America/New_York]", "decision": true},
              {"kind": "follow-up", "at": "2026-12-10T10:00:00-05:00[America/New_York]"}]}"#,
    )
    .at("2026-12-11T09:00:00-05:00[America/New_York]")],
    accepted: &[Example::new(
        FollowUp,
        r#"{"interview": {"start": "2026-12-01T10:00:00-05:00[America/New_York]", "end": "2026-12-01T11:00:00-05:00[America/New_York]"},
 "contacts": [{"kind": "reply", "at": "2026-12-08T10:00:00-05:00[America/New_York]"},
              {"kind": "follow-up", "at": "2026-12-16T10:00:00-05:00[America/New_York]"}]}"#,
    )
    .at("2026-12-17T09:00:00-05:00[America/New_York]")],
    options: &[],
    phrases: &[],
    criterion: None,
    check: Check::Timeline(check),
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
