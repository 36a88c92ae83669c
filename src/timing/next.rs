//! What to do next, and when.

use std::fmt;

use jiff::civil::{Time, Weekday};
use jiff::{SignedDuration, ToSpan, ZonedDateTime};

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use super::cadence::Cadence;
use super::timeline::{Contact, ContactKind, Timeline};

/// The action the guide recommends next.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum Action {
    /// Send the thank-you note.
    SendThankYou,
    /// Wait: it is too early for anything else.
    Wait,
    /// Send a follow-up email.
    SendFollowUp,
    /// Consider one brief phone call.
    Call,
    /// Stop following up and keep searching.
    MoveOn,
}

impl Action {
    /// Returns the kebab-case name used in JSON: `send-thank-you`, `wait`, …
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Action::SendThankYou => "send-thank-you",
            Action::Wait => "wait",
            Action::SendFollowUp => "send-follow-up",
            Action::Call => "call",
            Action::MoveOn => "move-on",
        }
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Something to do while waiting, from the guide's advice for the waiting period.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum Advice {
    /// Keep applying for other positions.
    KeepApplying,
    /// Network with people in your field.
    Network,
    /// Reflect on the interview and note what to improve.
    Reflect,
    /// Research the company and its industry further.
    ResearchCompany,
}

impl Advice {
    /// The waiting-period advice, in the guide's order.
    pub const ALL: [Advice; 4] = [
        Advice::KeepApplying,
        Advice::Network,
        Advice::Reflect,
        Advice::ResearchCompany,
    ];

    /// Returns the advice in a sentence.
    #[must_use]
    pub const fn describe(self) -> &'static str {
        match self {
            Advice::KeepApplying => "Keep applying for other roles; one interview is not a plan.",
            Advice::Network => "Reach out to people in your field: a coffee, a meetup, a message.",
            Advice::Reflect => {
                "Note what went well in the interview and what you would answer better."
            }
            Advice::ResearchCompany => {
                "Learn more about the company and its industry for the next round."
            }
        }
    }
}

/// What to do next, and when.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct NextStep {
    /// The action.
    pub action: Action,
    /// The earliest good moment for it (or for the end of the wait), in the recipient's
    /// local time.
    pub not_before: Option<ZonedDateTime>,
    /// The latest good moment for it.
    pub not_after: Option<ZonedDateTime>,
    /// Why, in one sentence.
    pub reason: String,
    /// What to do meanwhile, while waiting or after moving on.
    pub advice: Vec<Advice>,
}

/// Moves `t` to `at` o'clock on the same day, or on the next weekday if it falls on a
/// weekend (or, with `backwards`, on the previous weekday).
fn weekday_at(t: &ZonedDateTime, at: Time, backwards: bool) -> ZonedDateTime {
    let mut day = t.clone();
    for _ in 0..3 {
        if !matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday) {
            break;
        }
        let step = if backwards { -1 } else { 1 };
        day = day.checked_add(step.days()).unwrap_or(day);
    }
    day.with().time(at).build().unwrap_or(day)
}

/// Formats a moment for a reason sentence: "Tue Dec 8, 09:00 America/New_York".
pub(crate) fn when(t: &ZonedDateTime) -> String {
    let zone = t.time_zone().iana_name().unwrap_or("local time");
    format!("{} {zone}", t.strftime("%a %b %-d, %H:%M"))
}

/// Returns the action the guide recommends at `now`, with its window and reason, using
/// the default options of the timing rules.
/// [`Linter::next_step`](crate::Linter::next_step) does the same with a configuration.
#[must_use]
pub fn next_step(timeline: &Timeline, now: &ZonedDateTime) -> NextStep {
    next_step_with(timeline, now, Cadence::DEFAULT)
}

/// [`next_step`] with a configured cadence: the first stage of the guide's sequence that
/// is not done yet decides.
pub(crate) fn next_step_with(
    timeline: &Timeline,
    now: &ZonedDateTime,
    cadence: Cadence,
) -> NextStep {
    let now = timeline.local(now);
    let contacts: Vec<&Contact> = timeline
        .chronological()
        .into_iter()
        .map(|(_, c)| c)
        .collect();
    decided(timeline, &contacts)
        .or_else(|| thank_you_stage(timeline, &contacts, &now))
        .or_else(|| after_answer(timeline, &contacts, &now, cadence))
        .unwrap_or_else(|| follow_up_stage(timeline, &contacts, &now, cadence))
}

/// A next step; `advice` adds the guide's advice for the waiting period.
fn step(
    action: Action,
    not_before: Option<ZonedDateTime>,
    not_after: Option<ZonedDateTime>,
    reason: String,
    advice: bool,
) -> NextStep {
    NextStep {
        action,
        not_before,
        not_after,
        reason,
        advice: if advice {
            Advice::ALL.to_vec()
        } else {
            Vec::new()
        },
    }
}

/// When the day starts and ends for sending an email, in the recipient's zone.
const MORNING: Time = Time::constant(9, 0, 0, 0);
const EVENING: Time = Time::constant(17, 0, 0, 0);

/// A reply with a decision or a date overrides the usual cadence.
fn decided(timeline: &Timeline, contacts: &[&Contact]) -> Option<NextStep> {
    let reply = contacts
        .iter()
        .rev()
        .find(|c| c.kind == ContactKind::Reply && c.decision)?;
    Some(step(
        Action::Wait,
        None,
        None,
        format!(
            "The employer replied on {} with a decision or a date; follow what they said rather than the usual cadence.",
            when(&timeline.local(&reply.at))
        ),
        true,
    ))
}

/// Stage 1: the thank-you note, within 24 hours of the interview.
fn thank_you_stage(
    timeline: &Timeline,
    contacts: &[&Contact],
    now: &ZonedDateTime,
) -> Option<NextStep> {
    if contacts.iter().any(|c| c.kind == ContactKind::ThankYou) {
        return None;
    }
    let end = timeline.local(timeline.interview_end());
    let deadline = end
        .checked_add(SignedDuration::from_hours(24))
        .unwrap_or_else(|_| end.clone());
    if *now < end {
        return Some(step(
            Action::SendThankYou,
            Some(end.clone()),
            Some(deadline),
            "The interview has not ended yet; send a thank-you note within 24 hours after it does."
                .to_owned(),
            false,
        ));
    }
    let (reason, not_after) = if *now <= deadline {
        (
            "Send a thank-you note within 24 hours of the interview.".to_owned(),
            Some(deadline),
        )
    } else {
        (
            "The 24 hours after the interview have passed, but a late thank-you note is better than none: send it today.".to_owned(),
            None,
        )
    };
    Some(step(
        Action::SendThankYou,
        Some(now.clone()),
        not_after,
        reason,
        false,
    ))
}

/// An answer resets the wait: give them the usual gap after it.
fn after_answer(
    timeline: &Timeline,
    contacts: &[&Contact],
    now: &ZonedDateTime,
    cadence: Cadence,
) -> Option<NextStep> {
    let answered = contacts
        .last()
        .filter(|c| c.answered || c.kind == ContactKind::Reply)?;
    let from = timeline.local(&answered.at);
    let due = weekday_at(
        &from
            .checked_add(i64::from(cadence.gap_days).days())
            .unwrap_or(from.clone()),
        MORNING,
        false,
    );
    Some(if *now < due {
        step(
            Action::Wait,
            Some(due.clone()),
            None,
            format!(
                "They answered on {}; wait until {} before following up again.",
                when(&from),
                when(&due)
            ),
            true,
        )
    } else {
        step(
            Action::SendFollowUp,
            Some(now.clone()),
            None,
            "A week has passed since their answer; a short follow-up email is due.".to_owned(),
            false,
        )
    })
}

/// Stage 2, the first follow-up email after the stated timeframe; then stage 3, one
/// brief call after an unanswered follow-up, and moving on.
fn follow_up_stage(
    timeline: &Timeline,
    contacts: &[&Contact],
    now: &ZonedDateTime,
    cadence: Cadence,
) -> NextStep {
    let follow_ups: Vec<&Contact> = contacts
        .iter()
        .copied()
        .filter(|c| c.kind == ContactKind::FollowUp)
        .collect();
    match follow_ups.last() {
        None => first_follow_up(timeline, now, cadence),
        Some(last) => call_stage(timeline, contacts, &follow_ups, last, now, cadence),
    }
}

/// Stage 2: the first follow-up email, after the stated timeframe.
fn first_follow_up(timeline: &Timeline, now: &ZonedDateTime, cadence: Cadence) -> NextStep {
    let due = weekday_at(&timeline.follow_up_due(cadence.wait_days), MORNING, false);
    let until = weekday_at(
        &due.checked_add(7.days()).unwrap_or(due.clone()),
        EVENING,
        true,
    );
    let window = match timeline.timeframe() {
        Some(t) => format!("the {}–{} days they gave", t.min_days, t.max_days),
        None => "the usual one to two weeks".to_owned(),
    };
    if *now < due {
        step(
            Action::Wait,
            Some(due.clone()),
            Some(until),
            format!(
                "Give them {window}: wait until {} before sending a follow-up email.",
                when(&due)
            ),
            true,
        )
    } else {
        // Past the window: still send it, as soon as possible.
        let until = (*now < until).then_some(until);
        step(
            Action::SendFollowUp,
            Some(if *now > due { now.clone() } else { due }),
            until,
            format!(
                "{} has passed without news; send a polite follow-up email.",
                capitalise(&window)
            ),
            false,
        )
    }
}

/// Stage 3: one brief call after an unanswered follow-up; then move on.
fn call_stage(
    timeline: &Timeline,
    contacts: &[&Contact],
    follow_ups: &[&Contact],
    last_follow_up: &Contact,
    now: &ZonedDateTime,
    cadence: Cadence,
) -> NextStep {
    let gap = i64::from(cadence.gap_days).days();
    let after_follow_up = timeline.local(&last_follow_up.at);
    let unanswered = follow_ups.iter().filter(|c| !c.answered).count();
    if let Some(call) = contacts.iter().rev().find(|c| c.kind.is_call()) {
        let call_at = timeline.local(&call.at);
        let settle = call_at.checked_add(gap).unwrap_or(call_at.clone());
        return if *now < settle {
            step(
                Action::Wait,
                Some(settle.clone()),
                None,
                format!(
                    "You called on {}; give them until {} to get back to you.",
                    when(&call_at),
                    when(&settle)
                ),
                true,
            )
        } else {
            step(
                Action::MoveOn,
                None,
                None,
                "You have followed up by email and by phone without an answer; stop following up and put your energy into other applications.".to_owned(),
                true,
            )
        };
    }
    if unanswered > cadence.max_unanswered {
        return step(
            Action::MoveOn,
            None,
            None,
            format!(
                "{unanswered} follow-ups went unanswered; stop following up and keep searching."
            ),
            true,
        );
    }
    let call_from = weekday_at(
        &after_follow_up
            .checked_add(gap)
            .unwrap_or(after_follow_up.clone()),
        Time::constant(9, 30, 0, 0),
        false,
    );
    let call_until = call_from
        .with()
        .time(Time::constant(11, 30, 0, 0))
        .build()
        .unwrap_or(call_from.clone());
    if *now < call_from {
        return step(
            Action::Wait,
            Some(call_from.clone()),
            Some(call_until),
            format!(
                "Your follow-up of {} is unanswered; wait until {} and then consider one brief call.",
                when(&after_follow_up),
                when(&call_from)
            ),
            true,
        );
    }
    let (from, until) = next_call_window(now);
    step(
        Action::Call,
        Some(from),
        Some(until),
        "Your follow-up email went unanswered for a week; one brief call, mid-morning or mid-afternoon, is now reasonable.".to_owned(),
        false,
    )
}

/// The next mid-morning or mid-afternoon window on a weekday, from `now`.
fn next_call_window(now: &ZonedDateTime) -> (ZonedDateTime, ZonedDateTime) {
    let windows = [
        (Time::constant(9, 30, 0, 0), Time::constant(11, 30, 0, 0)),
        (Time::constant(14, 0, 0, 0), Time::constant(16, 0, 0, 0)),
    ];
    let mut day = now.clone();
    for _ in 0..8 {
        if !matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday) {
            for (a, b) in windows {
                let (Ok(from), Ok(until)) =
                    (day.with().time(a).build(), day.with().time(b).build())
                else {
                    continue;
                };
                if *now < until {
                    let from = if *now > from { now.clone() } else { from };
                    return (from, until);
                }
            }
        }
        day = day
            .checked_add(1.day())
            .and_then(|d| d.with().time(Time::midnight()).build())
            .unwrap_or(day);
    }
    (now.clone(), now.clone())
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
