//! `thank-you-missing`: more than 24 hours after the interview, no thank-you note.

use jiff::SignedDuration;

use crate::diagnostic::{Category, Finding, Level, Location};
use crate::rule::{ContactExample, Rule, RuleKind, TimelineContext, TimelineExample, TimelineRule};
use crate::timing::ContactKind;

pub(crate) const RULE: Rule = Rule {
    id: "thank-you-missing",
    category: Category::Timing,
    summary: "Flags a history with no thank-you note recorded more than 24 hours after the interview.",
    why: "The guide treats the thank-you note as the one follow-up that is never optional; \
          skipping it reads as indifference.",
    help: "Send a short thank-you note now; late is better than never.",
    options: &[],
    kind: RuleKind::Timeline(TimelineRule {
        level: Level::Error,
        flagged: &[TimelineExample::new(
            "2026-12-01T10:00:00-05:00[America/New_York]",
            "2026-12-01T11:00:00-05:00[America/New_York]",
            &[],
            "2026-12-02T11:00:01-05:00[America/New_York]",
        )],
        accepted: &[
            TimelineExample::new(
                "2026-12-01T10:00:00-05:00[America/New_York]",
                "2026-12-01T11:00:00-05:00[America/New_York]",
                &[],
                "2026-12-02T11:00:00-05:00[America/New_York]",
            ),
            TimelineExample::new(
                "2026-12-01T10:00:00-05:00[America/New_York]",
                "2026-12-01T11:00:00-05:00[America/New_York]",
                &[ContactExample::new(
                    ContactKind::ThankYou,
                    "2026-12-01T18:00:00-05:00[America/New_York]",
                )],
                "2026-12-05T09:00:00-05:00[America/New_York]",
            ),
        ],
        check,
    }),
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
