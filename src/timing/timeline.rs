//! A follow-up history: the interview, the stated timeframe and the contacts.

use std::fmt;

use jiff::ZonedDateTime;
use jiff::tz::TimeZone;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use super::cadence::MAX_WAIT_DAYS;
use crate::draft::MessageKind;

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

    pub(crate) const fn is_call(self) -> bool {
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
    /// [`MAX_WAIT_DAYS`] counts as that, so any value gives a date; if even that would
    /// pass the end of the calendar (year 9999), the interview's end is returned.
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
