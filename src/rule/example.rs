//! Example drafts and histories in a rule's documentation, run as tests.

use crate::draft::{Context, MessageKind};
#[cfg(feature = "timing")]
use crate::timing::{Contact, ContactKind, Timeline, TimelineError, parse_timestamp};

/// A field of [`Context`] an [`Example`] sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContextField {
    /// [`Context::applicant_name`].
    Applicant,
    /// [`Context::interviewer`].
    Interviewer,
    /// [`Context::company`].
    Company,
    /// [`Context::role`].
    Role,
    /// [`Context::interview_date`].
    Date,
    /// [`Context::topic`].
    Topic,
    /// [`Context::skill`].
    Skill,
    /// [`Context::other_company`].
    OtherCompany,
    /// [`Context::stage`]: `after-interview` or `offer-received`.
    Stage,
}

/// An example draft in a rule's documentation, run as a test: a flagged example must
/// make its rule fire exactly once, an accepted one must leave it quiet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Example {
    /// The kind of message to check the example as.
    pub kind: MessageKind,
    /// The example text.
    pub text: &'static str,
    /// What the writer knows.
    pub context: &'static [(ContextField, &'static str)],
    /// The size limit to check the example with, if not the default.
    pub max_input_bytes: Option<usize>,
}

impl Example {
    /// Returns an example checked as a message of `kind`, with no context.
    #[must_use]
    pub const fn new(kind: MessageKind, text: &'static str) -> Self {
        Example {
            kind,
            text,
            context: &[],
            max_input_bytes: None,
        }
    }

    /// Sets what the writer knows.
    #[must_use]
    pub const fn with_context(mut self, context: &'static [(ContextField, &'static str)]) -> Self {
        self.context = context;
        self
    }

    /// Sets the size limit the example is checked with.
    #[must_use]
    pub const fn with_max_input_bytes(mut self, bytes: usize) -> Self {
        self.max_input_bytes = Some(bytes);
        self
    }

    /// Builds the [`Context`] the example is checked with.
    #[must_use]
    pub fn build_context(&self) -> Context {
        let mut c = Context::new();
        for &(field, value) in self.context {
            c = match field {
                ContextField::Applicant => c.applicant_name(value),
                ContextField::Interviewer => c.interviewer(value),
                ContextField::Company => c.company(value),
                ContextField::Role => c.role(value),
                ContextField::Date => c.interview_date(value),
                ContextField::Topic => c.topic(value),
                ContextField::Skill => c.skill(value),
                ContextField::OtherCompany => c.other_company(value),
                ContextField::Stage => match value.parse() {
                    Ok(stage) => c.stage(stage),
                    Err(_) => c,
                },
            };
        }
        c
    }
}

/// One contact of a [`TimelineExample`].
#[cfg(feature = "timing")]
#[cfg_attr(docsrs, doc(cfg(feature = "timing")))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ContactExample {
    /// What it was.
    pub kind: ContactKind,
    /// When, as an RFC 9557 timestamp.
    pub at: &'static str,
    /// Whether the employer answered it.
    pub answered: bool,
    /// For a reply: whether it announced a decision or a date.
    pub decision: bool,
}

#[cfg(feature = "timing")]
impl ContactExample {
    /// Returns an unanswered contact of `kind` at `at`.
    #[must_use]
    pub const fn new(kind: ContactKind, at: &'static str) -> Self {
        ContactExample {
            kind,
            at,
            answered: false,
            decision: false,
        }
    }

    /// Marks the contact as answered.
    #[must_use]
    pub const fn answered(mut self) -> Self {
        self.answered = true;
        self
    }

    /// Marks a reply as announcing a decision or a date.
    #[must_use]
    pub const fn decision(mut self) -> Self {
        self.decision = true;
        self
    }
}

/// An example follow-up history in a timeline rule's documentation, run as a test.
#[cfg(feature = "timing")]
#[cfg_attr(docsrs, doc(cfg(feature = "timing")))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct TimelineExample {
    /// When the interview started and ended (RFC 9557; the start's zone is the
    /// recipient's).
    pub interview: (&'static str, &'static str),
    /// The decision timeframe stated, in days, if any.
    pub timeframe: Option<(u32, u32)>,
    /// The contacts so far.
    pub contacts: &'static [ContactExample],
    /// The moment the history is checked at.
    pub now: &'static str,
}

#[cfg(feature = "timing")]
impl TimelineExample {
    /// Returns an example of an interview from `start` to `end` with `contacts`, checked
    /// at `now`.
    #[must_use]
    pub const fn new(
        start: &'static str,
        end: &'static str,
        contacts: &'static [ContactExample],
        now: &'static str,
    ) -> Self {
        TimelineExample {
            interview: (start, end),
            timeframe: None,
            contacts,
            now,
        }
    }

    /// Sets the stated timeframe, in days after the interview.
    #[must_use]
    pub const fn with_timeframe(mut self, min_days: u32, max_days: u32) -> Self {
        self.timeframe = Some((min_days, max_days));
        self
    }

    /// Builds the timeline.
    ///
    /// # Errors
    ///
    /// A [`TimelineError`] if a timestamp does not parse or the history is not valid.
    pub fn timeline(&self) -> Result<Timeline, TimelineError> {
        let start = parse_timestamp("interview.start", self.interview.0)?;
        let end = parse_timestamp("interview.end", self.interview.1)?;
        let mut t = Timeline::new(start, end)?;
        if let Some((min, max)) = self.timeframe {
            t = t.with_timeframe(min, max)?;
        }
        for (i, c) in self.contacts.iter().enumerate() {
            let at = parse_timestamp(&format!("contacts[{i}].at"), c.at)?;
            t = t.with_contact(
                Contact::new(c.kind, at)
                    .answered(c.answered)
                    .decision(c.decision),
            )?;
        }
        Ok(t)
    }

    /// Returns the moment the history is checked at.
    ///
    /// # Errors
    ///
    /// A [`TimelineError`] if the timestamp does not parse.
    pub fn now(&self) -> Result<jiff::ZonedDateTime, TimelineError> {
        parse_timestamp("now", self.now)
    }
}
