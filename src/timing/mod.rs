//! Timing and cadence: checks a follow-up history against the guide's timing rules and
//! says what to do next, and when.
//!
//! The guide's timing: a thank-you note within 24 hours of the interview; a follow-up
//! email only after the timeframe the interviewer stated (or one to two weeks); a phone
//! call only after an unanswered follow-up, at mid-morning or mid-afternoon in the
//! recipient's time zone; never too often. Everything is judged in the recipient's time
//! zone, which is the zone of the interview's start. Spans of hours are elapsed time (24
//! hours across a daylight-saving change are 24 real hours); spans of days are calendar
//! days in the recipient's zone.
//!
//! The library never reads the clock: the caller passes "now".
//!
//! ```
//! use followup_lint::timing::{Action, Contact, ContactKind, Timeline, next_step};
//! use followup_lint::Linter;
//!
//! let interview = |t: &str| t.parse().unwrap();
//! let timeline = Timeline::new(
//!     interview("2026-12-01T10:00:00-05:00[America/New_York]"),
//!     interview("2026-12-01T11:00:00-05:00[America/New_York]"),
//! )?
//! .with_contact(Contact::new(ContactKind::ThankYou, interview("2026-12-02T15:00:00-05:00[America/New_York]")))?;
//! let now = interview("2026-12-03T09:00:00-05:00[America/New_York]");
//!
//! let diagnostics = Linter::new().check_timeline(&timeline, &now);
//! assert_eq!(diagnostics[0].rule, "thank-you-late");
//! assert_eq!(diagnostics[0].contact(), Some(0));
//!
//! let step = next_step(&timeline, &now);
//! assert_eq!(step.action, Action::Wait);
//! assert!(step.reason.contains("Dec 8"), "{}", step.reason);
//! # Ok::<(), followup_lint::timing::TimelineError>(())
//! ```

use std::fmt;

/// The date and time library the timing API is written in, re-exported so that callers
/// build timestamps without a dependency of their own (`followup_lint::timing::jiff`).
pub use jiff;

use jiff::civil::{Time, Weekday};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, ToSpan, ZonedDateTime};

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use crate::draft::MessageKind;
use crate::rule::RuleOption;

/// Days to leave between follow-ups (declared by `follow-up-too-frequent`, read by
/// [`Linter::next_step`](crate::Linter::next_step)).
pub const MIN_DAYS_BETWEEN: RuleOption =
    RuleOption::count("min-days", "Days to leave between follow-ups.", 7, 1, 60);

/// Unanswered follow-ups before the guide says to stop (declared by
/// `follow-up-too-frequent`).
pub const MAX_UNANSWERED: RuleOption = RuleOption::count(
    "max-unanswered",
    "Unanswered follow-ups before stopping.",
    2,
    1,
    10,
);

/// Days to wait for news before the first follow-up when the interviewer stated no
/// timeframe (declared by `follow-up-too-early`).
pub const DEFAULT_WAIT_DAYS: RuleOption = RuleOption::count(
    "default-days",
    "Days to wait when no timeframe was stated.",
    7,
    1,
    60,
);

/// The most days [`Timeline::follow_up_due`] adds; more would leave the calendar.
pub const MAX_WAIT_DAYS: u32 = 3650;

/// The cadence the next step is planned with: how long to wait for news, how long to
/// leave between follow-ups, and how many may go unanswered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Cadence {
    /// Days after the interview before the first follow-up, with no stated timeframe.
    pub wait_days: u32,
    /// Days between follow-ups.
    pub gap_days: u32,
    /// Unanswered follow-ups before moving on.
    pub max_unanswered: usize,
}

impl Cadence {
    /// The options' defaults.
    const DEFAULT: Cadence = Cadence {
        wait_days: DEFAULT_WAIT_DAYS.default as u32,
        gap_days: MIN_DAYS_BETWEEN.default as u32,
        max_unanswered: MAX_UNANSWERED.default as usize,
    };
}

/// What kind of contact a timeline entry records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum ContactKind {
    /// A thank-you note after the interview (`thank-you`).
    ThankYou,
    /// A status follow-up email (`follow-up`).
    FollowUp,
    /// A phone call that reached someone (`call`).
    Call,
    /// A voicemail left on a call (`voicemail`).
    Voicemail,
    /// A reply received from the employer (`reply`).
    Reply,
}

impl ContactKind {
    /// Returns the kebab-case name used in timeline files.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            ContactKind::ThankYou => "thank-you",
            ContactKind::FollowUp => "follow-up",
            ContactKind::Call => "call",
            ContactKind::Voicemail => "voicemail",
            ContactKind::Reply => "reply",
        }
    }

    /// The kind of message whose rule levels apply to this contact.
    #[must_use]
    pub const fn message_kind(self) -> MessageKind {
        match self {
            ContactKind::ThankYou => MessageKind::ThankYou,
            ContactKind::FollowUp | ContactKind::Reply => MessageKind::FollowUp,
            ContactKind::Call | ContactKind::Voicemail => MessageKind::CallScript,
        }
    }

    const fn is_call(self) -> bool {
        matches!(self, ContactKind::Call | ContactKind::Voicemail)
    }
}

impl fmt::Display for ContactKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One contact with the employer: sent (or planned), or received.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Contact {
    /// What it was.
    pub kind: ContactKind,
    /// When it was sent, made, planned or received.
    pub at: ZonedDateTime,
    /// Whether the employer answered it.
    pub answered: bool,
    /// For a reply: whether it announced a decision or a date to wait for.
    pub decision: bool,
}

impl Contact {
    /// Returns an unanswered contact of `kind` at `at`.
    #[must_use]
    pub fn new(kind: ContactKind, at: ZonedDateTime) -> Self {
        Contact {
            kind,
            at,
            answered: false,
            decision: false,
        }
    }

    /// Sets whether the employer answered it.
    #[must_use]
    pub fn answered(mut self, answered: bool) -> Self {
        self.answered = answered;
        self
    }

    /// Sets whether a reply announced a decision or a date.
    #[must_use]
    pub fn decision(mut self, decision: bool) -> Self {
        self.decision = decision;
        self
    }
}

/// The decision timeframe the interviewer stated, in days after the interview
/// ("within 10 days" is 0–10; "one to two weeks" is 7–14).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Timeframe {
    /// The earliest day a decision was expected.
    pub min_days: u32,
    /// The latest day a decision was expected.
    pub max_days: u32,
}

/// The guide's default when no timeframe was stated: one to two weeks.
pub const DEFAULT_TIMEFRAME: Timeframe = Timeframe {
    min_days: 7,
    max_days: 14,
};

/// Why a timeline is not valid.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TimelineError {
    /// A timestamp that does not parse.
    #[error(
        "`{field}` is not an RFC 9557 timestamp like 2026-12-01T10:00:00-05:00[America/New_York]: {value:?} ({reason})"
    )]
    InvalidTimestamp {
        /// Where it is: `interview.start`, `contacts[2].at`, …
        field: String,
        /// The value as written.
        value: String,
        /// What the parser reported.
        reason: String,
    },
    /// A timestamp without a time zone in brackets.
    #[error(
        "`{field}` has no time zone: {value:?}; add the IANA zone in brackets, like [America/New_York]"
    )]
    MissingTimeZone {
        /// Where it is.
        field: String,
        /// The value as written.
        value: String,
    },
    /// A time zone name the time zone database does not know.
    #[error(
        "`{field}` names an unknown time zone `{zone}`; use an IANA name such as America/New_York or Europe/Berlin"
    )]
    UnknownTimeZone {
        /// Where it is.
        field: String,
        /// The zone as written.
        zone: String,
    },
    /// The interview ends before it starts.
    #[error("the interview ends ({end}) before it starts ({start})")]
    EndBeforeStart {
        /// The start.
        start: String,
        /// The end.
        end: String,
    },
    /// A contact dated before the interview.
    #[error("contact {index} ({kind} at {at}) is before the interview starts ({start})")]
    ContactBeforeInterview {
        /// The contact's position in the list.
        index: usize,
        /// Its kind.
        kind: ContactKind,
        /// Its time.
        at: String,
        /// The interview's start.
        start: String,
    },
    /// A timeframe whose minimum is above its maximum, or longer than a year.
    #[error(
        "the timeframe {min_days}–{max_days} days is not valid: min_days must be at most max_days, and max_days at most 365"
    )]
    InvalidTimeframe {
        /// The minimum given.
        min_days: u32,
        /// The maximum given.
        max_days: u32,
    },
}

/// Parses an RFC 9557 timestamp (an offset and an IANA zone in brackets), naming the
/// field in any error.
///
/// # Errors
///
/// [`TimelineError::MissingTimeZone`], [`TimelineError::UnknownTimeZone`] or
/// [`TimelineError::InvalidTimestamp`].
pub fn parse_timestamp(field: &str, value: &str) -> Result<ZonedDateTime, TimelineError> {
    let Some(open) = value.find('[') else {
        return Err(TimelineError::MissingTimeZone {
            field: field.to_owned(),
            value: value.to_owned(),
        });
    };
    let zone = value[open + 1..]
        .split(']')
        .next()
        .unwrap_or("")
        .trim_start_matches('!');
    let named = zone.starts_with(|c: char| c.is_ascii_alphabetic());
    if named && TimeZone::get(zone).is_err() {
        return Err(TimelineError::UnknownTimeZone {
            field: field.to_owned(),
            zone: zone.to_owned(),
        });
    }
    value
        .parse::<ZonedDateTime>()
        .map_err(|e| TimelineError::InvalidTimestamp {
            field: field.to_owned(),
            value: value.to_owned(),
            reason: e.to_string(),
        })
}

/// A follow-up history: the interview, the stated timeframe and the contacts so far.
///
/// Built with [`Timeline::new`] and its `with_…` methods, or read from the documented
/// JSON file format (with the `serde` feature), both of which validate it.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(try_from = "TimelineSpec", into = "TimelineSpec")
)]
pub struct Timeline {
    start: ZonedDateTime,
    end: ZonedDateTime,
    timeframe: Option<Timeframe>,
    contacts: Vec<Contact>,
}

impl Timeline {
    /// Returns a timeline of an interview from `start` to `end`; the zone of `start` is the
    /// recipient's.
    ///
    /// # Errors
    ///
    /// [`TimelineError::EndBeforeStart`] if `end` is before `start`.
    pub fn new(start: ZonedDateTime, end: ZonedDateTime) -> Result<Timeline, TimelineError> {
        if end < start {
            return Err(TimelineError::EndBeforeStart {
                start: start.to_string(),
                end: end.to_string(),
            });
        }
        Ok(Timeline {
            start,
            end,
            timeframe: None,
            contacts: Vec::new(),
        })
    }

    /// Sets the decision timeframe the interviewer stated, in days after the interview.
    ///
    /// # Errors
    ///
    /// [`TimelineError::InvalidTimeframe`] if `min_days > max_days` or `max_days > 365`.
    pub fn with_timeframe(
        mut self,
        min_days: u32,
        max_days: u32,
    ) -> Result<Timeline, TimelineError> {
        if min_days > max_days || max_days > 365 {
            return Err(TimelineError::InvalidTimeframe { min_days, max_days });
        }
        self.timeframe = Some(Timeframe { min_days, max_days });
        Ok(self)
    }

    /// Adds a contact.
    ///
    /// # Errors
    ///
    /// [`TimelineError::ContactBeforeInterview`] if the contact is before the interview.
    pub fn with_contact(mut self, contact: Contact) -> Result<Timeline, TimelineError> {
        if contact.at < self.start {
            return Err(TimelineError::ContactBeforeInterview {
                index: self.contacts.len(),
                kind: contact.kind,
                at: contact.at.to_string(),
                start: self.start.to_string(),
            });
        }
        self.contacts.push(contact);
        Ok(self)
    }

    /// Returns when the interview started, in the recipient's zone.
    #[must_use]
    pub fn interview_start(&self) -> &ZonedDateTime {
        &self.start
    }

    /// Returns when the interview ended.
    #[must_use]
    pub fn interview_end(&self) -> &ZonedDateTime {
        &self.end
    }

    /// Returns the stated timeframe, if any.
    #[must_use]
    pub fn timeframe(&self) -> Option<Timeframe> {
        self.timeframe
    }

    /// Returns the contacts, in the order given.
    #[must_use]
    pub fn contacts(&self) -> &[Contact] {
        &self.contacts
    }

    /// Returns the recipient's time zone: the zone of the interview's start.
    #[must_use]
    pub fn recipient_zone(&self) -> &TimeZone {
        self.start.time_zone()
    }

    /// Returns `t` in the recipient's time zone.
    #[must_use]
    pub fn local(&self, t: &ZonedDateTime) -> ZonedDateTime {
        t.with_time_zone(self.recipient_zone().clone())
    }

    /// Returns the contacts with their indices, earliest first.
    #[must_use]
    pub fn chronological(&self) -> Vec<(usize, &Contact)> {
        let mut out: Vec<(usize, &Contact)> = self.contacts.iter().enumerate().collect();
        out.sort_by(|a, b| a.1.at.cmp(&b.1.at).then(a.0.cmp(&b.0)));
        out
    }

    /// The day the stated timeframe ends (or, with none stated, `default_days` after the
    /// interview): the earliest a follow-up email is due. `default_days` above
    /// [`MAX_WAIT_DAYS`] counts as that; a date past the end of the calendar is its last
    /// day.
    #[must_use]
    pub fn follow_up_due(&self, default_days: u32) -> ZonedDateTime {
        let days = self
            .timeframe
            .map_or(default_days, |t| t.max_days)
            .min(MAX_WAIT_DAYS);
        let end = self.local(&self.end);
        let later = jiff::Span::new()
            .try_days(i64::from(days))
            .ok()
            .and_then(|span| end.checked_add(span).ok());
        later.unwrap_or(end)
    }
}

/// A timeline as written in a file: timestamps as RFC 9557 strings.
///
/// Read it with any serde format, then turn it into a validated [`Timeline`] with
/// `Timeline::try_from(spec)`, which reports problems as a typed [`TimelineError`].
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct TimelineSpec {
    /// When the interview started and ended.
    pub interview: InterviewSpec,
    /// The stated decision timeframe, if any.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub timeframe: Option<Timeframe>,
    /// The contacts so far.
    #[cfg_attr(feature = "serde", serde(default))]
    pub contacts: Vec<ContactSpec>,
}

/// The interview in a [`TimelineSpec`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct InterviewSpec {
    /// The start, in the recipient's zone.
    pub start: String,
    /// The end.
    pub end: String,
}

/// A contact in a [`TimelineSpec`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct ContactSpec {
    /// What it was.
    pub kind: ContactKind,
    /// When, as an RFC 9557 timestamp.
    pub at: String,
    /// Whether it was answered.
    #[cfg_attr(feature = "serde", serde(default))]
    pub answered: bool,
    /// For a reply: whether it announced a decision or a date.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "std::ops::Not::not")
    )]
    pub decision: bool,
}

impl TimelineSpec {
    /// Returns the spec of an interview with no timeframe and no contacts.
    #[must_use]
    pub fn new(interview: InterviewSpec) -> Self {
        TimelineSpec {
            interview,
            timeframe: None,
            contacts: Vec::new(),
        }
    }

    /// Sets the stated timeframe.
    #[must_use]
    pub fn timeframe(mut self, min_days: u32, max_days: u32) -> Self {
        self.timeframe = Some(Timeframe { min_days, max_days });
        self
    }

    /// Adds a contact.
    #[must_use]
    pub fn contact(mut self, contact: ContactSpec) -> Self {
        self.contacts.push(contact);
        self
    }
}

impl InterviewSpec {
    /// Returns the spec of an interview from `start` to `end` (RFC 9557 timestamps).
    #[must_use]
    pub fn new(start: impl Into<String>, end: impl Into<String>) -> Self {
        InterviewSpec {
            start: start.into(),
            end: end.into(),
        }
    }
}

impl ContactSpec {
    /// Returns the spec of an unanswered contact of `kind` at `at` (an RFC 9557 timestamp).
    #[must_use]
    pub fn new(kind: ContactKind, at: impl Into<String>) -> Self {
        ContactSpec {
            kind,
            at: at.into(),
            answered: false,
            decision: false,
        }
    }
}

impl TryFrom<TimelineSpec> for Timeline {
    type Error = TimelineError;

    fn try_from(spec: TimelineSpec) -> Result<Timeline, TimelineError> {
        let start = parse_timestamp("interview.start", &spec.interview.start)?;
        let end = parse_timestamp("interview.end", &spec.interview.end)?;
        let mut timeline = Timeline::new(start, end)?;
        if let Some(t) = spec.timeframe {
            timeline = timeline.with_timeframe(t.min_days, t.max_days)?;
        }
        for (i, c) in spec.contacts.into_iter().enumerate() {
            let at = parse_timestamp(&format!("contacts[{i}].at"), &c.at)?;
            timeline = timeline.with_contact(Contact {
                kind: c.kind,
                at,
                answered: c.answered,
                decision: c.decision,
            })?;
        }
        Ok(timeline)
    }
}

impl From<Timeline> for TimelineSpec {
    fn from(t: Timeline) -> TimelineSpec {
        TimelineSpec {
            interview: InterviewSpec {
                start: t.start.to_string(),
                end: t.end.to_string(),
            },
            timeframe: t.timeframe,
            contacts: t
                .contacts
                .into_iter()
                .map(|c| ContactSpec {
                    kind: c.kind,
                    at: c.at.to_string(),
                    answered: c.answered,
                    decision: c.decision,
                })
                .collect(),
        }
    }
}

/// The action the guide recommends next.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
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
#[cfg_attr(feature = "serde", derive(Serialize))]
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
#[cfg_attr(feature = "serde", derive(Serialize))]
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
