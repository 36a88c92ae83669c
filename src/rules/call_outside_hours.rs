//! `call-outside-hours`: a call outside mid-morning or mid-afternoon, or on a weekend.

use jiff::civil::Weekday;

use super::{Check, Example, Rule, RuleOption};
use crate::diagnostic::{Category, Finding, Level, Levels, Location};
use crate::draft::MessageKind::CallScript;
use crate::timing::{TimelineContext, when};

pub(crate) const RULE: Rule = Rule {
    id: "call-outside-hours",
    category: Category::Timing,
    levels: Levels::all(Level::Warning),
    summary: "Flags a call planned or made outside mid-morning (9:30–11:30) or mid-afternoon (14:00–16:00) in the recipient's time zone, or on a weekend.",
    why: "Early morning and late afternoon are a hiring manager's busiest hours, and a weekend \
          call intrudes; the guide recommends mid-morning or mid-afternoon, their time.",
    help: "Call between 9:30 and 11:30 or between 14:00 and 16:00 on a weekday, in the recipient's time zone.",
    flagged: &[Example::new(
        CallScript,
        r#"{"interview": {"start": "2026-12-01T10:00:00-05:00[America/New_York]", "end": "2026-12-01T11:00:00-05:00[America/New_York]"},
 "contacts": [{"kind": "follow-up", "at": "2026-12-09T10:00:00-05:00[America/New_York]"},
              {"kind": "call", "at": "2026-12-16T14:05:00+01:00[Europe/Berlin]"}]}"#,
    )
    .at("2026-12-17T09:00:00-05:00[America/New_York]")],
    accepted: &[Example::new(
        CallScript,
        r#"{"interview": {"start": "2026-12-01T10:00:00-05:00[America/New_York]", "end": "2026-12-01T11:00:00-05:00[America/New_York]"},
 "contacts": [{"kind": "follow-up", "at": "2026-12-09T10:00:00-05:00[America/New_York]"},
              {"kind": "call", "at": "2026-12-16T16:00:00+01:00[Europe/Berlin]"}]}"#,
    )
    .at("2026-12-17T09:00:00-05:00[America/New_York]")],
    options: &[
        RuleOption::new("morning-start", "Start of the mid-morning window, in hours (9.5 is 9:30).", 9.5, 0.0, 24.0),
        RuleOption::new("morning-end", "End of the mid-morning window, in hours.", 11.5, 0.0, 24.0),
        RuleOption::new("afternoon-start", "Start of the mid-afternoon window, in hours.", 14.0, 0.0, 24.0),
        RuleOption::new("afternoon-end", "End of the mid-afternoon window, in hours.", 16.0, 0.0, 24.0),
    ],
    phrases: &[],
    criterion: None,
    check: Check::Timeline(check),
};

fn minutes(hours: f64) -> i32 {
    (hours * 60.0).round() as i32
}

fn check(cx: &TimelineContext<'_>, out: &mut Vec<Finding>) {
    let t = cx.timeline();
    let windows = [
        (
            minutes(cx.option("morning-start")),
            minutes(cx.option("morning-end")),
        ),
        (
            minutes(cx.option("afternoon-start")),
            minutes(cx.option("afternoon-end")),
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
