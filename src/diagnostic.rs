//! The diagnostic data model: spans, severities, findings, suggestions.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use crate::draft::MessageKind;
use crate::name::{ParseNameError, parse_name};

/// A half-open byte range `start..end` into the text of a [`Draft`](crate::Draft).
///
/// Spans produced by this crate always satisfy `start <= end <= text.len()` and lie on
/// `char` boundaries. A zero-width span (`start == end`) marks an insertion point, for
/// example the place where a missing sign-off belongs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Span {
    /// Byte offset of the first byte in the span.
    pub start: usize,
    /// Byte offset one past the last byte in the span.
    pub end: usize,
}

impl Span {
    /// Returns the span `start..end`, or `end..start` if the arguments are reversed.
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Self {
        if start <= end {
            Span { start, end }
        } else {
            Span {
                start: end,
                end: start,
            }
        }
    }

    /// Returns the zero-width span at `offset`, used for insertion points.
    #[must_use]
    pub const fn empty(offset: usize) -> Self {
        Span {
            start: offset,
            end: offset,
        }
    }

    /// Returns the number of bytes covered by the span.
    #[must_use]
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// Returns true if and only if the span covers no bytes.
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// Returns true if and only if `other` lies entirely inside this span.
    #[must_use]
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Returns true if and only if the two spans share at least one byte.
    #[must_use]
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Returns the smallest span covering both spans.
    #[must_use]
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// Returns the text the span covers, or `""` if the span does not fit `text`.
    ///
    /// This never panics, whatever the span.
    #[must_use]
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

/// How serious a reported diagnostic is. Ordered: `Info < Warning < Error`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Severity {
    /// Worth knowing; the draft can be sent as it is.
    Info,
    /// Weakens the message; fix it if you can.
    Warning,
    /// Hurts the candidate; fix it before sending.
    Error,
}

impl Severity {
    /// Every severity, lowest first.
    pub const ALL: [Severity; 3] = [Severity::Info, Severity::Warning, Severity::Error];

    /// Returns the lower-case name used in configuration and JSON (`"error"`, …).
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Severity {
    type Err = ParseNameError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_name("severity", s, Severity::ALL, Severity::as_str)
    }
}

/// The level a rule runs at: not at all (`Allow`), or reporting at a [`Severity`].
///
/// Ordered: `Allow < Info < Warning < Error`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Level {
    /// The rule does not run and reports nothing.
    Allow,
    /// Report at [`Severity::Info`].
    Info,
    /// Report at [`Severity::Warning`].
    Warning,
    /// Report at [`Severity::Error`].
    Error,
}

impl Level {
    /// Every level, lowest first.
    pub const ALL: [Level; 4] = [Level::Allow, Level::Info, Level::Warning, Level::Error];

    /// Returns the severity reported at this level, or `None` for [`Level::Allow`].
    #[must_use]
    pub const fn severity(self) -> Option<Severity> {
        match self {
            Level::Allow => None,
            Level::Info => Some(Severity::Info),
            Level::Warning => Some(Severity::Warning),
            Level::Error => Some(Severity::Error),
        }
    }

    /// Returns the lower-case name used in configuration (`"allow"`, `"warning"`, …).
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Level::Allow => "allow",
            Level::Info => "info",
            Level::Warning => "warning",
            Level::Error => "error",
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Level {
    type Err = ParseNameError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_name("level", s, Level::ALL, Level::as_str)
    }
}

/// A rule's level for each [`MessageKind`].
///
/// ```
/// use followup_lint::{Level, Levels, MessageKind};
///
/// const LEVELS: Levels = Levels::all(Level::Error).with(MessageKind::CallScript, Level::Allow);
/// assert_eq!(LEVELS.get(MessageKind::ThankYou), Level::Error);
/// assert_eq!(LEVELS.get(MessageKind::CallScript), Level::Allow);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Levels {
    /// By [`MessageKind::index`].
    by_kind: [Level; MessageKind::ALL.len()],
}

impl Levels {
    /// Returns the same level for every kind.
    #[must_use]
    pub const fn all(level: Level) -> Self {
        Levels {
            by_kind: [level; MessageKind::ALL.len()],
        }
    }

    /// Returns these levels with `level` for `kind`.
    #[must_use]
    pub const fn with(mut self, kind: MessageKind, level: Level) -> Self {
        self.by_kind[kind.index()] = level;
        self
    }

    /// Returns the level for `kind`.
    #[must_use]
    pub const fn get(&self, kind: MessageKind) -> Level {
        self.by_kind[kind.index()]
    }

    /// Sets the level for `kind`.
    pub fn set(&mut self, kind: MessageKind, level: Level) {
        self.by_kind[kind.index()] = level;
    }
}

#[cfg(feature = "serde")]
impl Serialize for Levels {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(MessageKind::ALL.len()))?;
        for kind in MessageKind::ALL {
            map.serialize_entry(kind.as_str(), &self.get(kind))?;
        }
        map.end()
    }
}

/// The group a rule belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum Category {
    /// An element the guide asks for is missing (gratitude, interest, …).
    ///
    /// Bad: a note that never says thank you. Good: "Thank you for your time on Tuesday."
    Content,
    /// The shape of the message: greeting, sign-off, signature.
    ///
    /// Bad: a note that stops after the last paragraph. Good: "Best regards,\nDana Reyes".
    Structure,
    /// Something the guide says never to do: salary questions, complaints, excuses.
    ///
    /// Bad: "What does the role pay?" Good: leave pay until an offer is on the table.
    Mistake,
    /// How the message sounds: demanding, impatient, desperate, informal.
    ///
    /// Bad: "I expect an answer by Friday." Good: "Is there an update on the timeline?"
    Tone,
    /// Whether the message is written for this reader: names, placeholders, templates.
    ///
    /// Bad: `"Dear [Name],"`. Good: "Dear Ms. Okafor,".
    Personalization,
    /// Spelling, punctuation, capitals and length.
    ///
    /// Bad: "I recieved your email". Good: "I received your email".
    Proofreading,
    /// When messages are sent, and how often.
    ///
    /// Bad: a follow-up two days after the interview. Good: one after the stated timeframe.
    Timing,
    /// A rule added by the embedding tool or its configuration.
    ///
    /// Bad and good are whatever that rule defines.
    Custom,
}

impl Category {
    /// Every category.
    pub const ALL: [Category; 8] = [
        Category::Content,
        Category::Structure,
        Category::Mistake,
        Category::Tone,
        Category::Personalization,
        Category::Proofreading,
        Category::Timing,
        Category::Custom,
    ];

    /// Returns the kebab-case name used in JSON and configuration.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Category::Content => "content",
            Category::Structure => "structure",
            Category::Mistake => "mistake",
            Category::Tone => "tone",
            Category::Personalization => "personalization",
            Category::Proofreading => "proofreading",
            Category::Timing => "timing",
            Category::Custom => "custom",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Category {
    type Err = ParseNameError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_name("category", s, Category::ALL, Category::as_str)
    }
}

/// How safe it is to apply a [`Suggestion`] without reading it.
///
/// Ordered so that "apply everything at least this safe" is one comparison:
/// `HasPlaceholders < NeedsReview < Safe`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum Applicability {
    /// The replacement contains slots such as `[Your Name]` that the writer must fill.
    HasPlaceholders,
    /// The edit is probably right but could change the meaning; a person should look.
    NeedsReview,
    /// The edit cannot change the meaning (a doubled word, a known misspelling).
    Safe,
}

impl Applicability {
    /// Every applicability, least safe first.
    pub const ALL: [Applicability; 3] = [
        Applicability::HasPlaceholders,
        Applicability::NeedsReview,
        Applicability::Safe,
    ];

    /// Returns the kebab-case name used in JSON: `safe`, `needs-review`, `has-placeholders`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Applicability::HasPlaceholders => "has-placeholders",
            Applicability::NeedsReview => "needs-review",
            Applicability::Safe => "safe",
        }
    }
}

impl fmt::Display for Applicability {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Applicability {
    type Err = ParseNameError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_name(
            "applicability",
            s,
            Applicability::ALL,
            Applicability::as_str,
        )
    }
}

/// One text edit: replace the bytes of `span` with `replacement`.
///
/// An empty replacement deletes; an empty span inserts.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Edit {
    /// The bytes to replace.
    pub span: Span,
    /// The text to put in their place.
    pub replacement: String,
}

impl Edit {
    /// Returns an edit replacing `span` with `replacement`.
    #[must_use]
    pub fn new(span: Span, replacement: impl Into<String>) -> Self {
        Edit {
            span,
            replacement: replacement.into(),
        }
    }

    /// Returns an edit inserting `text` at `offset`.
    #[must_use]
    pub fn insert(offset: usize, text: impl Into<String>) -> Self {
        Edit::new(Span::empty(offset), text)
    }

    /// Returns an edit deleting `span`.
    #[must_use]
    pub fn delete(span: Span) -> Self {
        Edit::new(span, String::new())
    }
}

/// A proposed change: a title, one or more edits, and how safe it is to apply.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Suggestion {
    /// What the change does, in the imperative ("Capitalise \"i\"").
    pub title: String,
    /// The edits, which never overlap one another.
    pub edits: Vec<Edit>,
    /// How safe the change is to apply unread.
    pub applicability: Applicability,
}

impl Suggestion {
    /// Returns a suggestion made of one edit.
    #[must_use]
    pub fn new(title: impl Into<String>, edit: Edit, applicability: Applicability) -> Self {
        Suggestion {
            title: title.into(),
            edits: vec![edit],
            applicability,
        }
    }

    /// Returns a suggestion made of several edits.
    #[must_use]
    pub fn with_edits(
        title: impl Into<String>,
        edits: Vec<Edit>,
        applicability: Applicability,
    ) -> Self {
        Suggestion {
            title: title.into(),
            edits,
            applicability,
        }
    }
}

/// Where a diagnostic points.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Location {
    /// A byte span of the draft text.
    Text(Span),
    /// A contact of a timeline, by its index in the timeline's contact list.
    Contact(usize),
    /// A timeline as a whole (for example, a thank-you note that was never sent).
    Timeline,
}

/// One problem found in a draft (or a timeline), stamped with its rule and severity.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Diagnostic {
    /// The rule's stable kebab-case id, e.g. `missing-gratitude`.
    ///
    /// Borrowed for built-in and compiled-in rules; owned for rules defined in a
    /// [`Config`](crate::Config). Compare it with a string: `d.rule == "salary-question"`.
    pub rule: Cow<'static, str>,
    /// The rule's category.
    pub category: Category,
    /// How serious the problem is, from the configured level.
    pub severity: Severity,
    /// Where the problem is.
    pub location: Location,
    /// What is wrong, quoting the text where there is text.
    pub message: String,
    /// What to do about it, in the imperative.
    pub help: Option<String>,
    /// Edits that would fix the problem, if any.
    pub suggestions: Vec<Suggestion>,
    /// A stable id of this finding (see [`Diagnostic::fingerprint`]); empty for timeline
    /// diagnostics.
    pub(crate) fingerprint: String,
    /// True for a diagnostic of a built-in rule, which has a section in [`RULES_DOCS`].
    pub(crate) builtin: bool,
}

/// Where the built-in rules are documented: `docs/RULES.md` in the repository, one
/// section per rule, anchored by its id.
pub const RULES_DOCS: &str = concat!(env!("CARGO_PKG_REPOSITORY"), "/blob/main/docs/RULES.md");

impl Diagnostic {
    /// A stable id of the finding, for "dismiss this warning" that survives edits
    /// elsewhere in the draft: 16 hex digits hashed (FNV-1a, 64 bits, a fixed published
    /// function) from the rule id, the flagged text folded to lower case with its white
    /// space collapsed (the message, for a missing element), and which occurrence of that
    /// pair it is in the draft. Byte offsets play no part, so adding a paragraph above
    /// the finding keeps its fingerprint. Pass fingerprints back with
    /// [`Draft::dismissed`](crate::Draft::dismissed) to drop those findings.
    ///
    /// ```
    /// use followup_lint::{Draft, Linter, MessageKind};
    ///
    /// let linter = Linter::new();
    /// let a = linter.check(&Draft::new("Thank you for the the tour.").kind(MessageKind::ThankYou));
    /// let b = linter.check(&Draft::new("Hi Sam,\n\nThank you for the the tour.").kind(MessageKind::ThankYou));
    /// let print = |r: &followup_lint::Report| {
    ///     r.diagnostics.iter().find(|d| d.rule == "repeated-word").unwrap().fingerprint().to_owned()
    /// };
    /// assert_eq!(print(&a), print(&b));
    /// ```
    #[must_use]
    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    /// The link to the rule's documentation, for a built-in rule
    /// ([`Rule::url`](crate::Rule::url)); `None` for rules of your own.
    #[must_use]
    pub fn url(&self) -> Option<String> {
        self.builtin.then(|| format!("{RULES_DOCS}#{}", self.rule))
    }

    /// Returns the text span the diagnostic points at, or `None` for a timing diagnostic.
    #[must_use]
    pub const fn span(&self) -> Option<Span> {
        match self.location {
            Location::Text(span) => Some(span),
            Location::Contact(_) | Location::Timeline => None,
        }
    }

    /// Returns the index of the timeline contact the diagnostic points at, if any.
    #[must_use]
    pub const fn contact(&self) -> Option<usize> {
        match self.location {
            Location::Contact(i) => Some(i),
            Location::Text(_) | Location::Timeline => None,
        }
    }

    /// The key diagnostics are sorted by: text position (timeline ones after), then rule id.
    pub(crate) fn sort_key(&self) -> (u8, usize, &str) {
        match self.location {
            Location::Text(s) => (0, s.start, &self.rule),
            Location::Contact(i) => (1, i, &self.rule),
            Location::Timeline => (2, 0, &self.rule),
        }
    }
}

#[cfg(feature = "serde")]
impl Serialize for Diagnostic {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Diagnostic", 10)?;
        s.serialize_field("rule", &self.rule)?;
        s.serialize_field("category", &self.category)?;
        s.serialize_field("severity", &self.severity)?;
        match self.location {
            Location::Text(span) => {
                s.serialize_field("location", "text")?;
                s.serialize_field("span", &span)?;
            }
            Location::Contact(i) => {
                s.serialize_field("location", "contact")?;
                s.serialize_field("contact", &Some(i))?;
            }
            Location::Timeline => {
                s.serialize_field("location", "timeline")?;
                s.serialize_field("contact", &None::<usize>)?;
            }
        }
        s.serialize_field("message", &self.message)?;
        s.serialize_field("help", &self.help)?;
        s.serialize_field("suggestions", &self.suggestions)?;
        s.serialize_field("fingerprint", &self.fingerprint)?;
        s.serialize_field("url", &self.url())?;
        s.end()
    }
}

/// A diagnostic as its JSON reads: `location` says which of `span` and `contact` holds.
#[cfg(feature = "serde")]
#[derive(Deserialize)]
struct DiagnosticJson {
    rule: String,
    category: Category,
    severity: Severity,
    location: String,
    span: Option<Span>,
    contact: Option<usize>,
    message: String,
    help: Option<String>,
    suggestions: Vec<Suggestion>,
    #[serde(default)]
    fingerprint: String,
    #[serde(default)]
    url: Option<String>,
}

#[cfg(feature = "serde")]
impl<'de> Deserialize<'de> for Diagnostic {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let raw = DiagnosticJson::deserialize(deserializer)?;
        let location = match (raw.location.as_str(), raw.span, raw.contact) {
            ("text", Some(span), _) => Location::Text(span),
            ("contact", _, Some(i)) => Location::Contact(i),
            ("timeline", _, None) => Location::Timeline,
            (other, ..) => {
                return Err(D::Error::custom(format!(
                    "location `{other}` without its field: `text` needs `span`, `contact` needs `contact`, `timeline` has none"
                )));
            }
        };
        Ok(Diagnostic {
            rule: Cow::Owned(raw.rule),
            category: raw.category,
            severity: raw.severity,
            location,
            message: raw.message,
            help: raw.help,
            suggestions: raw.suggestions,
            fingerprint: raw.fingerprint,
            builtin: raw.url.is_some(),
        })
    }
}

/// What a rule reports: where and what, without a rule id or severity.
///
/// Rules return findings; the [`Linter`](crate::Linter) stamps each with the rule's id,
/// category and configured severity, so no rule can mislabel itself.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Finding {
    /// Where the problem is: a text span (zero-width for a missing element), or a
    /// contact of a timeline.
    pub location: Location,
    /// What is wrong, specifically.
    pub message: String,
    /// What to do, if it differs from the rule's general help.
    pub help: Option<String>,
    /// Edits that would fix the problem.
    pub suggestions: Vec<Suggestion>,
}

impl Finding {
    /// Returns a finding at `span` with `message` and no help or suggestions.
    #[must_use]
    pub fn new(span: Span, message: impl Into<String>) -> Self {
        Finding::at(Location::Text(span), message)
    }

    /// Returns a finding at `location` (a text span, or a timeline contact).
    #[must_use]
    pub fn at(location: Location, message: impl Into<String>) -> Self {
        Finding {
            location,
            message: message.into(),
            help: None,
            suggestions: Vec::new(),
        }
    }

    /// Sets the help text for this finding.
    #[must_use]
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Adds a suggestion.
    #[must_use]
    pub fn suggest(mut self, suggestion: Suggestion) -> Self {
        self.suggestions.push(suggestion);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_new_orders_its_ends() {
        assert_eq!(Span::new(5, 2), Span { start: 2, end: 5 });
        assert!(Span::empty(3).is_empty());
    }

    #[test]
    fn span_slice_never_panics() {
        let text = "héllo";
        assert_eq!(Span::new(0, 1).slice(text), "h");
        assert_eq!(Span::new(1, 2).slice(text), "", "inside a char");
        assert_eq!(Span::new(3, 99).slice(text), "", "past the end");
    }

    #[test]
    fn severities_and_levels_are_ordered() {
        assert!(Severity::Error > Severity::Warning && Severity::Warning > Severity::Info);
        assert!(Level::Error > Level::Allow);
        assert_eq!("warning".parse::<Level>(), Ok(Level::Warning));
        assert!("Warning".parse::<Level>().is_err());
        for a in Applicability::ALL {
            assert_eq!(a.as_str().parse::<Applicability>(), Ok(a));
        }
        for c in Category::ALL {
            assert_eq!(c.as_str().parse::<Category>(), Ok(c));
        }
        assert_eq!("error".parse::<Severity>(), Ok(Severity::Error));
        assert_eq!(Level::Allow.severity(), None);
    }

    #[test]
    fn applicability_orders_safe_highest() {
        assert!(Applicability::Safe > Applicability::NeedsReview);
        assert!(Applicability::NeedsReview > Applicability::HasPlaceholders);
    }
}
