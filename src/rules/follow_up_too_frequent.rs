//! `follow-up-too-frequent`: follow-ups less than a week apart, or too many unanswered.

use jiff::ToSpan;

use crate::diagnostic::{Category, Finding, Level, Location};
use crate::rule::{ContactExample, Rule, RuleKind, TimelineContext, TimelineExample, TimelineRule};
use crate::timing::{ContactKind, MAX_UNANSWERED, MIN_DAYS_BETWEEN, when};

pub(crate) const RULE: Rule = Rule {
    id: "follow-up-too-frequent",
    category: Category::Timing,
    summary: "Flags a follow-up less than ${min-days} days after the previous one, or beyond ${max-unanswered} unanswered follow-ups.",
    why: "Bombarding a hiring manager with messages is one of the guide's named mistakes: it \
          reads as pushy and can cost you the role.",
    help: "Leave at least a week between follow-ups, and stop after two without an answer.",
    options: &[MIN_DAYS_BETWEEN, MAX_UNANSWERED],
    kind: RuleKind::Timeline(TimelineRule {
        level: Level::Warning,
        flagged: &[TimelineExample::new(
            "2026-12-01T10:00:00-05:00[America/New_York]",
            "2026-12-01T11:00:00-05:00[America/New_York]",
            &[
                ContactExample::new(
                    ContactKind::FollowUp,
                    "2026-12-09T10:00:00-05:00[America/New_York]",
                ),
                ContactExample::new(
                    ContactKind::FollowUp,
                    "2026-12-16T09:59:00-05:00[America/New_York]",
                ),
            ],
            "2026-12-17T09:00:00-05:00[America/New_York]",
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
    let gap = cx.option(MIN_DAYS_BETWEEN) as i64;
    let max = cx.option(MAX_UNANSWERED) as usize;
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
