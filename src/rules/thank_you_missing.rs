//! `thank-you-missing`: more than 24 hours after the interview, no thank-you note.

use jiff::SignedDuration;

use super::{Check, Example, Rule};
use crate::diagnostic::{Category, Finding, Level, Levels, Location};
use crate::draft::MessageKind::ThankYou;
use crate::timing::{ContactKind, TimelineContext};

pub(crate) const RULE: Rule = Rule {
    id: "thank-you-missing",
    category: Category::Timing,
    levels: Levels::all(Level::Error),
    summary: "Flags a history with no thank-you note recorded more than 24 hours after the interview.",
    why: "The guide treats the thank-you note as the one follow-up that is never optional; \
          skipping it reads as indifference.",
    help: "Send a short thank-you note now; late is better than never.",
    flagged: &[Example::new(
        ThankYou,
        r#"{"interview": {"start": "2026-12-01T10:00:00-05:00[America/New_York]", "end": "2026-12-01T11:00:00-05:00[America/New_York]"}}"#,
    )
    .at("2026-12-02T11:00:01-05:00[America/New_York]")],
    accepted: &[
        Example::new(
            ThankYou,
            r#"{"interview": {"start": "2026-12-01T10:00:00-05:00[America/New_York]", "end": "2026-12-01T11:00:00-05:00[America/New_York]"}}"#,
        )
        .at("2026-12-02T11:00:00-05:00[America/New_York]"),
        Example::new(
            ThankYou,
            r#"{"interview": {"start": "2026-12-01T10:00:00-05:00[America/New_York]", "end": "2026-12-01T11:00:00-05:00[America/New_York]"},
 "contacts": [{"kind": "thank-you", "at": "2026-12-01T18:00:00-05:00[America/New_York]"}]}"#,
        )
        .at("2026-12-05T09:00:00-05:00[America/New_York]"),
    ],
    options: &[],
    phrases: &[],
    criterion: None,
    check: Check::Timeline(check),
};

fn check(cx: &TimelineContext<'_>, out: &mut Vec<Finding>) {
    let t = cx.timeline();
    let since = cx.now().duration_since(t.interview_end());
    let sent = t.contacts().iter().any(|c| c.kind == ContactKind::ThankYou);
    if sent || since <= SignedDuration::from_hours(24) {
        return;
    }
    out.push(Finding::at(
        Location::Timeline,
        format!(
            "It is {} hours since the interview ended and no thank-you note is recorded.",
            since.as_secs() / 3600
        ),
    ));
}
