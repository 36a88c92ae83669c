//! The input side: a draft, its kind, and what the writer knows about the interview.

use std::fmt;
use std::str::FromStr;

use crate::name::{ParseNameError, parse_name};

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// The three kinds of follow-up message the guide describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum MessageKind {
    /// A thank-you note sent within a day of the interview (`thank-you`).
    ThankYou,
    /// A status follow-up email sent after the stated decision timeframe (`follow-up`).
    FollowUp,
    /// A follow-up phone call or voicemail script (`call-script`).
    CallScript,
}

impl MessageKind {
    /// Every kind, in the order thank-you, follow-up, call-script.
    pub const ALL: [MessageKind; 3] = [
        MessageKind::ThankYou,
        MessageKind::FollowUp,
        MessageKind::CallScript,
    ];

    /// Returns the kebab-case name: `thank-you`, `follow-up` or `call-script`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            MessageKind::ThankYou => "thank-you",
            MessageKind::FollowUp => "follow-up",
            MessageKind::CallScript => "call-script",
        }
    }

    /// Returns a short human description ("thank-you note", …).
    #[must_use]
    pub const fn describe(self) -> &'static str {
        match self {
            MessageKind::ThankYou => "thank-you note",
            MessageKind::FollowUp => "follow-up email",
            MessageKind::CallScript => "call script",
        }
    }

    /// Returns the position of the kind in [`MessageKind::ALL`].
    #[must_use]
    pub const fn index(self) -> usize {
        match self {
            MessageKind::ThankYou => 0,
            MessageKind::FollowUp => 1,
            MessageKind::CallScript => 2,
        }
    }
}

impl fmt::Display for MessageKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for MessageKind {
    type Err = ParseNameError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_name("message kind", s, MessageKind::ALL, MessageKind::as_str)
    }
}

/// Where the candidate stands in the hiring process.
///
/// Before an offer, questions about pay and benefits hurt; once an offer is in hand they
/// are the normal next step, and `salary-question` stays quiet.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum Stage {
    /// Interviewed, no offer yet (`after-interview`).
    ///
    /// Bad: "What does the role pay?" Good: "Is there an update on the timeline?"
    #[default]
    AfterInterview,
    /// An offer was made (`offer-received`).
    ///
    /// Fine now: "Could you tell me more about the health insurance in the offer?"
    OfferReceived,
}

impl Stage {
    /// Every stage, in the order of the process.
    pub const ALL: [Stage; 2] = [Stage::AfterInterview, Stage::OfferReceived];

    /// Returns the kebab-case name: `after-interview` or `offer-received`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Stage::AfterInterview => "after-interview",
            Stage::OfferReceived => "offer-received",
        }
    }
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Stage {
    type Err = ParseNameError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_name("stage", s, Stage::ALL, Stage::as_str)
    }
}

/// What the writer knows about the interview. Every field is optional.
///
/// Rules use it when it is there (to check that a discussed topic is mentioned, that the
/// interviewer's name is spelled right, that no other company's name slipped in) and read
/// the text alone when it is not.
///
/// ```
/// use followup_lint::Context;
///
/// let context = Context::new()
///     .applicant_name("Dana Reyes")
///     .interviewer("Priya Natarajan")
///     .company("Lumen Freight")
///     .role("Data Analyst")
///     .topic("route optimisation");
/// assert_eq!(context.interviewer_names, ["Priya Natarajan"]);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
#[non_exhaustive]
pub struct Context {
    /// The applicant's own name, used in suggested signatures.
    pub applicant_name: Option<String>,
    /// The people who interviewed the applicant.
    pub interviewer_names: Vec<String>,
    /// The company the message goes to.
    pub company: Option<String>,
    /// The role applied for.
    pub role: Option<String>,
    /// When the interview took place, as the writer would say it ("Tuesday", "March 3").
    pub interview_date: Option<String>,
    /// Topics, projects or challenges discussed in the interview.
    pub topics: Vec<String>,
    /// The applicant's key skills and experience.
    pub skills: Vec<String>,
    /// Other companies the applicant has applied to (their names must not appear).
    pub other_companies: Vec<String>,
    /// Where the candidate stands; when not given, it is read from the draft (a draft
    /// that thanks for an offer, or mentions the offer letter, is written after one).
    pub stage: Option<Stage>,
}

impl Context {
    /// Returns an empty context.
    #[must_use]
    pub fn new() -> Self {
        Context::default()
    }

    /// True if `word` is one of the words the writer told us about (names, company,
    /// role, topics, skills, other companies), compared exactly or, with `ignore_case`,
    /// ignoring ASCII case. Such words are the writer's own and never slips.
    pub(crate) fn has_word(&self, word: &str, ignore_case: bool) -> bool {
        self.applicant_name
            .iter()
            .chain(&self.interviewer_names)
            .chain(&self.company)
            .chain(&self.role)
            .chain(&self.topics)
            .chain(&self.skills)
            .chain(&self.other_companies)
            .flat_map(|s| {
                s.split(|c: char| !c.is_alphanumeric() && !matches!(c, '\'' | '\u{2019}'))
            })
            .any(|w| {
                if ignore_case {
                    w.eq_ignore_ascii_case(word)
                } else {
                    w == word
                }
            })
    }

    /// Sets the applicant's name.
    #[must_use]
    pub fn applicant_name(mut self, name: impl Into<String>) -> Self {
        self.applicant_name = Some(name.into());
        self
    }

    /// Adds an interviewer's name.
    #[must_use]
    pub fn interviewer(mut self, name: impl Into<String>) -> Self {
        self.interviewer_names.push(name.into());
        self
    }

    /// Sets the company.
    #[must_use]
    pub fn company(mut self, company: impl Into<String>) -> Self {
        self.company = Some(company.into());
        self
    }

    /// Sets the role.
    #[must_use]
    pub fn role(mut self, role: impl Into<String>) -> Self {
        self.role = Some(role.into());
        self
    }

    /// Sets the interview date, as the writer would write it.
    #[must_use]
    pub fn interview_date(mut self, date: impl Into<String>) -> Self {
        self.interview_date = Some(date.into());
        self
    }

    /// Adds a topic discussed in the interview.
    #[must_use]
    pub fn topic(mut self, topic: impl Into<String>) -> Self {
        self.topics.push(topic.into());
        self
    }

    /// Adds one of the applicant's key skills.
    #[must_use]
    pub fn skill(mut self, skill: impl Into<String>) -> Self {
        self.skills.push(skill.into());
        self
    }

    /// Adds another company the applicant has applied to.
    #[must_use]
    pub fn other_company(mut self, company: impl Into<String>) -> Self {
        self.other_companies.push(company.into());
        self
    }

    /// Sets where the candidate stands in the process.
    #[must_use]
    pub fn stage(mut self, stage: Stage) -> Self {
        self.stage = Some(stage);
        self
    }

    /// Returns true if and only if no field is set.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        *self == Context::default()
    }
}

/// A draft to check: the text, and optionally its kind, subject and [`Context`].
///
/// Every span in the resulting report is a byte range into exactly `text`.
#[derive(Clone, Copy, Debug)]
pub struct Draft<'a> {
    pub(crate) text: &'a str,
    pub(crate) kind: Option<MessageKind>,
    pub(crate) context: Option<&'a Context>,
    pub(crate) subject: Option<&'a str>,
    pub(crate) dismissed: &'a [String],
    /// The text is an HTML body (feature `html`; always false without it).
    #[cfg_attr(not(feature = "html"), allow(dead_code))]
    pub(crate) html: bool,
}

impl<'a> Draft<'a> {
    /// Returns a draft of `text`, with its kind to be detected and no context.
    #[must_use]
    pub const fn new(text: &'a str) -> Self {
        Draft {
            text,
            kind: None,
            context: None,
            subject: None,
            dismissed: &[],
            html: false,
        }
    }

    /// Sets the kind of message; without it, the kind is detected from the text.
    #[must_use]
    pub const fn kind(mut self, kind: MessageKind) -> Self {
        self.kind = Some(kind);
        self
    }

    /// Sets what the writer knows about the interview.
    #[must_use]
    pub const fn context(mut self, context: &'a Context) -> Self {
        self.context = Some(context);
        self
    }

    /// Sets the email subject, when it is kept apart from the body text.
    ///
    /// A `Subject:` first line in the text is read as the subject too.
    #[must_use]
    pub const fn subject(mut self, subject: &'a str) -> Self {
        self.subject = Some(subject);
        self
    }

    /// Sets the fingerprints of findings the writer dismissed
    /// ([`Diagnostic::fingerprint`](crate::Diagnostic::fingerprint)): the report leaves
    /// them out.
    #[must_use]
    pub const fn dismissed(mut self, fingerprints: &'a [String]) -> Self {
        self.dismissed = fingerprints;
        self
    }

    /// Reads the text as an HTML body: its visible text is checked, quoted replies left
    /// out, and every span of the report points into the HTML (see the
    /// [`html`](crate::html) module).
    ///
    /// ```
    /// use followup_lint::{Draft, Linter};
    ///
    /// let html = "<p>Hi Ana,</p><p>Thanks for the the tour.</p>";
    /// let report = Linter::new().check(&Draft::new(html).html());
    /// let d = report.diagnostics.iter().find(|d| d.rule == "repeated-word").unwrap();
    /// assert_eq!(d.span().unwrap().slice(html), "the the");
    /// ```
    #[cfg(feature = "html")]
    #[cfg_attr(docsrs, doc(cfg(feature = "html")))]
    #[must_use]
    pub const fn html(mut self) -> Self {
        self.html = true;
        self
    }

    /// Returns the text being checked.
    #[must_use]
    pub const fn text(&self) -> &'a str {
        self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_through_their_names() {
        for kind in MessageKind::ALL {
            assert_eq!(kind.as_str().parse::<MessageKind>(), Ok(kind));
            assert_eq!(MessageKind::ALL[kind.index()], kind);
        }
        let err = "thankyou".parse::<MessageKind>().unwrap_err();
        assert!(err.to_string().contains("`thank-you`"), "{err}");
    }

    #[cfg(feature = "serde")]
    #[test]
    fn context_rejects_unknown_fields() {
        let ok: Context = serde_json::from_str(r#"{"company": "Lumen", "topics": ["routing"]}"#)
            .expect("valid context");
        assert_eq!(ok.company.as_deref(), Some("Lumen"));
        let err = serde_json::from_str::<Context>(r#"{"compnay": "Lumen"}"#).unwrap_err();
        assert!(err.to_string().contains("compnay"), "{err}");
    }
}
