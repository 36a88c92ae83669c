//! `follow-up-too-frequent`: follow-ups less than a week apart, or too many unanswered.

use jiff::ToSpan;

use super::{Check, Example, Rule, RuleOption};
use crate::diagnostic::{Category, Finding, Level, Levels, Location};
use crate::draft::MessageKind::FollowUp;
use crate::timing::{ContactKind, TimelineContext, when};

pub(crate) const RULE: Rule = Rule {
    id: "follow-up-too-frequent",
    category: Category::Timing,
    levels: Levels::all(Level::Warning),
    summary: "Flags a follow-up less than 7 days after the previous one, or beyond two unanswered follow-ups.",
    why: "Bombarding a hiring manager with messages is one of the guide's named mistakes: it \
          reads as pushy and can cost you the role.",
    help: "Leave at least a week between follow-ups, and stop after two without an answer.",
    flagged: &[Example::new(
        FollowUp,
        r#"{"interview": {"start": "2026-12-01T10:00:00-05:00[America/New_York]", "end": "2026-12-01T11:00:00-05:00[America/New_York]"},
 "contacts": [{"kind": "follow-up", "at": "2026-12-09T10:00:00-05:00[America/New_York]"},
              {"kind": "follow-up", "at": "2026-12-16T09:59:00-05:00[America/New_York]"}]}"#,
    )
    .at("2026-12-17T09:00:00-05:00[America/New_York]")],
    accepted: &[Example::new(
        FollowUp,
        r#"{"interview": {"start": "2026-12-01T10:00:00-05:00[America/New_York]", "end": "2026-12-01T11:00:00-05:00[America/New_York]"},
 "contacts": [{"kind": "follow-up", "at": "2026-12-09T10:00:00-05:00[America/New_York]"},
              {"kind": "follow-up", "at": "2026-12-16T10:00:00-05:00[America/New_York]"}]}"#,
    )
    .at("2026-12-17T09:00:00-05:00[America/New_York]")],
    options: &[
        RuleOption::new("min-days", "Days to leave between follow-ups.", 7.0, 1.0, 60.0),
        RuleOption::new("max-unanswered", "Unanswered follow-ups before stopping.", 2.0, 1.0, 10.0),
    ],
    phrases: &[],
    criterion: None,
    check: Check::Timeline(check),
};

fn check(cx: &TimelineContext<'_>, out: &mut Vec<Finding>) {
    let t = cx.timeline();
    let gap = cx.option("min-days") as i64;
    let max = cx.option("max-unanswered") as usize;
    let mut previous: Option<&jiff::ZonedDateTime> = None;
    let mut unanswered = 0;
    for (i, c) in t.chronological() {
        match c.kind {
            // An answer starts the count again.
            ContactKind::Reply => unanswered = 0,
            ContactKind::FollowUp => {
                let mut problems = Vec::new();
                if let Some(prev) = previous {
                    let next_ok = t
                        .local(prev)
                        .checked_add(gap.days())
                        .unwrap_or_else(|_| prev.clone());
                    if c.at < next_ok {
                        problems.push(format!(
                            "it comes before {} ({gap} days after the previous one)",
                            when(&next_ok)
                        ));
                    }
                }
                unanswered += 1;
                if unanswered > max {
                    problems.push(format!(
                        "it is follow-up number {unanswered} without an answer (at most {max})"
                    ));
                }
                if !problems.is_empty() {
                    out.push(Finding::at(
                        Location::Contact(i),
                        format!(
                            "This follow-up of {} is too soon or too many: {}.",
                            when(&t.local(&c.at)),
                            problems.join("; ")
                        ),
                    ));
                }
                if c.answered {
                    unanswered = 0;
                }
                previous = Some(&c.at);
            }
            _ => {}
        }
    }
}
