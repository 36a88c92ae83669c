//! `call-outside-hours`: a call outside mid-morning or mid-afternoon, or on a weekend.

use jiff::civil::Weekday;

use crate::diagnostic::{Category, Finding, Level, Location};
use crate::rule::{
    ContactExample, Rule, RuleKind, RuleOption, TimelineContext, TimelineExample, TimelineRule,
};
use crate::timing::{ContactKind, when};

pub(crate) const RULE: Rule = Rule {
    id: "call-outside-hours",
    category: Category::Timing,
    summary: "Flags a call planned or made outside mid-morning (${morning-start}–${morning-end}) or mid-afternoon (${afternoon-start}–${afternoon-end}) in the recipient's time zone, or on a weekend.",
    why: "Early morning and late afternoon are a hiring manager's busiest hours, and a weekend \
          call intrudes; the guide recommends mid-morning or mid-afternoon, their time.",
    help: "Call between 9:30 and 11:30 or between 14:00 and 16:00 on a weekday, in the recipient's time zone.",
    options: &[MORNING_START, MORNING_END, AFTERNOON_START, AFTERNOON_END],
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
                    ContactKind::Call,
                    "2026-12-16T14:05:00+01:00[Europe/Berlin]",
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
                    ContactKind::Call,
                    "2026-12-16T16:00:00+01:00[Europe/Berlin]",
                ),
            ],
            "2026-12-17T09:00:00-05:00[America/New_York]",
        )],
        check,
    }),
};

fn minutes(hours: f64) -> i32 {
    (hours * 60.0).round() as i32
}

/// Start of the mid-morning window, in hours (9.5 is 9:30).
const MORNING_START: RuleOption = RuleOption::time_of_day(
    "morning-start",
    "Start of the mid-morning window, in hours (9.5 is 9:30).",
    9.5,
    0.0,
    24.0,
);

/// End of the mid-morning window, in hours.
const MORNING_END: RuleOption = RuleOption::time_of_day(
    "morning-end",
    "End of the mid-morning window, in hours.",
    11.5,
    0.0,
    24.0,
);

/// Start of the mid-afternoon window, in hours.
const AFTERNOON_START: RuleOption = RuleOption::time_of_day(
    "afternoon-start",
    "Start of the mid-afternoon window, in hours.",
    14.0,
    0.0,
    24.0,
);

/// End of the mid-afternoon window, in hours.
const AFTERNOON_END: RuleOption = RuleOption::time_of_day(
    "afternoon-end",
    "End of the mid-afternoon window, in hours.",
    16.0,
    0.0,
    24.0,
);

fn check(cx: &TimelineContext<'_>, out: &mut Vec<Finding>) {
    let t = cx.timeline();
    let windows = [
        (
            minutes(cx.option(MORNING_START)),
            minutes(cx.option(MORNING_END)),
        ),
        (
            minutes(cx.option(AFTERNOON_START)),
            minutes(cx.option(AFTERNOON_END)),
        ),
    ];
    for (i, c) in t.contacts().iter().enumerate() {
        if !matches!(
            c.kind,
            crate::timing::ContactKind::Call | crate::timing::ContactKind::Voicemail
        ) {
            continue;
        }
        // Their clock, not the caller's.
        let local = t.local(&c.at);
        let weekend = matches!(local.weekday(), Weekday::Saturday | Weekday::Sunday);
        let m = i32::from(local.hour()) * 60 + i32::from(local.minute());
        let in_window = windows.iter().any(|&(a, b)| a <= m && m <= b);
        if weekend || !in_window {
            let why = if weekend {
                "on a weekend"
            } else {
                "outside mid-morning and mid-afternoon"
            };
            out.push(Finding::at(
                Location::Contact(i),
                format!(
                    "This {} is at {} for the recipient, {why}.",
                    c.kind,
                    when(&local)
                ),
            ));
        }
    }
}
