//! `thank-you-late`: a thank-you note sent more than 24 hours after the interview.

use jiff::SignedDuration;

use crate::diagnostic::{Category, Finding, Level, Location};
use crate::rule::{
    ContactExample, Rule, RuleKind, RuleOption, TimelineContext, TimelineExample, TimelineRule,
};
use crate::timing::{ContactKind, when};

pub(crate) const RULE: Rule = Rule {
    id: "thank-you-late",
    category: Category::Timing,
    summary: "Flags a thank-you note sent or planned more than ${max-hours} hours after the interview ended.",
    why: "A thank-you note works while the interview is fresh in the interviewer's mind; after a \
          day it competes with every other candidate's note, and may arrive after the decision.",
    help: "Send the thank-you note the same day, or the next morning at the latest.",
    options: &[MAX_HOURS],
    kind: RuleKind::Timeline(TimelineRule {
        level: Level::Error,
        flagged: &[TimelineExample::new(
            "2026-12-01T10:00:00-05:00[America/New_York]",
            "2026-12-01T11:00:00-05:00[America/New_York]",
            &[ContactExample::new(
                ContactKind::ThankYou,
                "2026-12-02T11:00:01-05:00[America/New_York]",
            )],
            "2026-12-03T09:00:00-05:00[America/New_York]",
        )],
        accepted: &[TimelineExample::new(
            "2026-12-01T10:00:00-05:00[America/New_York]",
            "2026-12-01T11:00:00-05:00[America/New_York]",
            &[ContactExample::new(
                ContactKind::ThankYou,
                "2026-12-02T11:00:00-05:00[America/New_York]",
            )],
            "2026-12-03T09:00:00-05:00[America/New_York]",
        )],
        check,
    }),
};

/// Hours after the interview a thank-you note is still on time.
const MAX_HOURS: RuleOption = RuleOption::count(
    "max-hours",
    "Hours after the interview a thank-you note is still on time.",
    24,
    1,
    168,
);

fn check(cx: &TimelineContext<'_>, out: &mut Vec<Finding>) {
    let t = cx.timeline();
    let limit = SignedDuration::from_secs((cx.option(MAX_HOURS) * 3600.0) as i64);
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
