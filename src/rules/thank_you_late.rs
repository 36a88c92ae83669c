//! `thank-you-late`: a thank-you note sent more than 24 hours after the interview.

use jiff::SignedDuration;

use super::{Check, Example, Rule, RuleOption};
use crate::diagnostic::{Category, Finding, Level, Levels, Location};
use crate::draft::MessageKind::ThankYou;
use crate::timing::{ContactKind, TimelineContext, when};

pub(crate) const RULE: Rule = Rule {
    id: "thank-you-late",
    category: Category::Timing,
    levels: Levels::all(Level::Error),
    summary: "Flags a thank-you note sent or planned more than 24 hours after the interview ended.",
    why: "A thank-you note works while the interview is fresh in the interviewer's mind; after a \
          day it competes with every other candidate's note, and may arrive after the decision.",
    help: "Send the thank-you note the same day, or the next morning at the latest.",
    flagged: &[Example::new(
        ThankYou,
        r#"{"interview": {"start": "2026-12-01T10:00:00-05:00[America/New_York]", "end": "2026-12-01T11:00:00-05:00[America/New_York]"},
 "contacts": [{"kind": "thank-you", "at": "2026-12-02T11:00:01-05:00[America/New_York]"}]}"#,
    )
    .at("2026-12-03T09:00:00-05:00[America/New_York]")],
    accepted: &[Example::new(
        ThankYou,
        r#"{"interview": {"start": "2026-12-01T10:00:00-05:00[America/New_York]", "end": "2026-12-01T11:00:00-05:00[America/New_York]"},
 "contacts": [{"kind": "thank-you", "at": "2026-12-02T11:00:00-05:00[America/New_York]"}]}"#,
    )
    .at("2026-12-03T09:00:00-05:00[America/New_York]")],
    options: &[RuleOption::new("max-hours", "Hours after the interview a thank-you note is still on time.", 24.0, 1.0, 168.0)],
    phrases: &[],
    criterion: None,
    check: Check::Timeline(check),
};

fn check(cx: &TimelineContext<'_>, out: &mut Vec<Finding>) {
    let t = cx.timeline();
    let limit = SignedDuration::from_secs((cx.option("max-hours") * 3600.0) as i64);
    for (i, c) in t.contacts().iter().enumerate() {
        if c.kind != ContactKind::ThankYou {
            continue;
        }
        // Elapsed time, so 24 hours across a clock change are 24 real hours.
        let after = c.at.duration_since(t.interview_end());
        if after > limit {
            let hours = after.as_secs() / 3600;
            out.push(Finding::at(
                Location::Contact(i),
                format!(
                    "The thank-you note of {} comes {hours} hours after the interview ended; send it within {} hours.",
                    when(&t.local(&c.at)),
                    limit.as_secs() / 3600
                ),
            ));
        }
    }
}
