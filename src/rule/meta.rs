//! A rule's metadata and check function, for text rules and timeline rules.

use super::Findings;
use std::borrow::Cow;

use super::context::RuleContext;
#[cfg(feature = "timing")]
use super::context::TimelineContext;
use super::criterion::Criterion;
use super::example::Example;
#[cfg(feature = "timing")]
use super::example::TimelineExample;
use super::option::RuleOption;
#[cfg(feature = "timing")]
use crate::diagnostic::Finding;
use crate::diagnostic::{Category, Level, Levels, RULES_DOCS, Span};

/// The signature of a text rule's check function: it reads the analysed draft and pushes
/// what it finds.
pub type TextCheckFn = fn(&RuleContext<'_, '_>, &mut Findings);

/// The signature of a timeline rule's check function.
#[cfg(feature = "timing")]
#[cfg_attr(docsrs, doc(cfg(feature = "timing")))]
pub type TimelineCheckFn = fn(&TimelineContext<'_>, &mut Vec<Finding>);

/// The signature of an evidence function: the span of the draft that meets a
/// [`Criterion`], or `None` if nothing in the draft does.
pub type EvidenceFn = fn(&RuleContext<'_, '_>) -> Option<Span>;

/// A phrase table: a tag the rule chooses and the phrases that carry it.
///
/// Phrases are matched case-insensitively on word boundaries, with curly and straight
/// apostrophes alike and any run of spaces, line breaks, hyphens or punctuation between
/// words; write them in lower case, words separated by single spaces. Every table of
/// every rule is compiled into one automaton and matched in one pass over the draft.
pub type PhraseTable = (u8, &'static [&'static str]);

/// When a text rule runs, by what the draft holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Gate {
    /// Only on a draft with words of the writer's own (the default): a draft with
    /// nothing to check gets one `empty-draft` diagnostic, not one per missing element.
    HasWords,
    /// Only on a draft with no words of the writer's own.
    NoWords,
    /// On every draft.
    Always,
}

impl Gate {
    /// Returns true if and only if a rule with this gate runs on a draft that is
    /// `empty` (holds no words of the writer's own).
    #[must_use]
    pub const fn runs(self, empty: bool) -> bool {
        match self {
            Gate::HasWords => !empty,
            Gate::NoWords => empty,
            Gate::Always => true,
        }
    }
}

/// The element of the guide's checklist a `missing-…` rule checks for, and the function
/// that finds it.
///
/// The linter calls `find` once per draft, records the result in the report's
/// checklist, and calls the rule's check function only when no evidence was found.
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct Evidence {
    /// The checklist element.
    pub criterion: Criterion,
    /// Finds the sentence (or part) of the draft that meets it.
    pub find: EvidenceFn,
}

impl Evidence {
    /// Returns the evidence of `criterion` found by `find`.
    #[must_use]
    pub const fn new(criterion: Criterion, find: EvidenceFn) -> Self {
        Evidence { criterion, find }
    }
}

/// What a text rule reads and how it runs.
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct TextRule {
    /// The level the rule runs at by default, per kind of message.
    pub levels: Levels,
    /// When the rule runs, by what the draft holds.
    pub gate: Gate,
    /// Drafts on which the rule fires exactly once.
    pub flagged: &'static [Example],
    /// Near-miss drafts on which the rule stays quiet.
    pub accepted: &'static [Example],
    /// The rule's phrase tables, matched once per draft with everything else.
    pub phrases: &'static [PhraseTable],
    /// The checklist element the rule checks for, if it is a `missing-…` rule.
    pub evidence: Option<Evidence>,
    /// The check function.
    pub check: TextCheckFn,
}

impl TextRule {
    /// Returns a text rule running `check` at warning level for every kind of message,
    /// on drafts with words, with no examples, phrase tables or evidence.
    #[must_use]
    pub const fn new(check: TextCheckFn) -> Self {
        TextRule {
            levels: Levels::all(Level::Warning),
            gate: Gate::HasWords,
            flagged: &[],
            accepted: &[],
            phrases: &[],
            evidence: None,
            check,
        }
    }
}

/// What a timeline rule reads and how it runs.
///
/// A timeline rule judges a follow-up history, not a message, so it has one level.
#[cfg(feature = "timing")]
#[cfg_attr(docsrs, doc(cfg(feature = "timing")))]
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct TimelineRule {
    /// The level the rule runs at by default.
    pub level: Level,
    /// Histories on which the rule fires exactly once.
    pub flagged: &'static [TimelineExample],
    /// Near-miss histories on which the rule stays quiet.
    pub accepted: &'static [TimelineExample],
    /// The check function.
    pub check: TimelineCheckFn,
}

#[cfg(feature = "timing")]
impl TimelineRule {
    /// Returns a timeline rule running `check` at warning level, with no examples.
    #[must_use]
    pub const fn new(check: TimelineCheckFn) -> Self {
        TimelineRule {
            level: Level::Warning,
            flagged: &[],
            accepted: &[],
            check,
        }
    }
}

/// What a rule checks: a draft's text, or a follow-up history.
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub enum RuleKind {
    /// A draft's text, through its analysed [`Document`](crate::Document).
    Text(TextRule),
    /// A follow-up history: when messages were sent (see the `timing` module).
    #[cfg(feature = "timing")]
    Timeline(TimelineRule),
}

/// A rule: its metadata and what it checks.
///
/// The built-in rules are listed by [`catalogue`](crate::catalogue). A tool adds its own
/// with [`Rule::text`] and [`LinterBuilder::rule`](crate::LinterBuilder::rule), or at
/// run time with [`OwnedRule`](crate::OwnedRule).
///
/// ```
/// use followup_lint::{Category, Finding, Findings, Rule, RuleContext};
///
/// fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
///     for hit in cx.hits() {
///         out.push(Finding::new(cx.doc().hit_span(hit), "mentions the competitor"));
///     }
/// }
///
/// const NO_RIVAL: Rule = Rule::text("rival-mention", Category::Custom, check)
///     .summary("Flags the name of a rival company.")
///     .phrases(&[(0, &["acme rockets"])]);
/// assert_eq!(NO_RIVAL.id, "rival-mention");
/// ```
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct Rule {
    /// Stable kebab-case id naming the problem, e.g. `missing-gratitude`.
    pub id: &'static str,
    /// The group the rule belongs to.
    pub category: Category,
    /// One line: what the rule flags. `${name}` stands for the default of option `name`
    /// (see [`Rule::summary_text`]).
    pub summary: &'static str,
    /// Why the problem hurts the candidate.
    pub why: &'static str,
    /// What to do about it, in the imperative.
    pub help: &'static str,
    /// Named numeric options the rule reads.
    pub options: &'static [RuleOption],
    /// What the rule checks, with what it needs to run.
    pub kind: RuleKind,
}

impl Rule {
    /// The link to this rule's section of the rule reference ([`RULES_DOCS`] and
    /// `#` and its id), for a built-in rule; a rule of your own has no section there.
    ///
    /// ```
    /// let rule = followup_lint::find_rule("salary-question").unwrap();
    /// assert!(rule.url().ends_with("docs/RULES.md#salary-question"));
    /// ```
    #[must_use]
    pub fn url(&self) -> String {
        format!("{RULES_DOCS}#{}", self.id)
    }

    /// Returns a text rule with `id`, `category` and `check`, reporting warnings for every
    /// kind of message, with empty docs and no examples, options or phrase tables.
    #[must_use]
    pub const fn text(id: &'static str, category: Category, check: TextCheckFn) -> Rule {
        Rule {
            id,
            category,
            summary: "",
            why: "",
            help: "",
            options: &[],
            kind: RuleKind::Text(TextRule::new(check)),
        }
    }

    /// Returns a timeline rule with `id`, `category` and `check`, at warning level, with
    /// empty docs and no examples or options.
    #[cfg(feature = "timing")]
    #[cfg_attr(docsrs, doc(cfg(feature = "timing")))]
    #[must_use]
    pub const fn timeline(id: &'static str, category: Category, check: TimelineCheckFn) -> Rule {
        Rule {
            id,
            category,
            summary: "",
            why: "",
            help: "",
            options: &[],
            kind: RuleKind::Timeline(TimelineRule::new(check)),
        }
    }

    /// Sets the one-line summary.
    #[must_use]
    pub const fn summary(mut self, summary: &'static str) -> Rule {
        self.summary = summary;
        self
    }

    /// Sets why the problem matters.
    #[must_use]
    pub const fn why(mut self, why: &'static str) -> Rule {
        self.why = why;
        self
    }

    /// Sets the general help text.
    #[must_use]
    pub const fn help(mut self, help: &'static str) -> Rule {
        self.help = help;
        self
    }

    /// Sets the options.
    #[must_use]
    pub const fn options(mut self, options: &'static [RuleOption]) -> Rule {
        self.options = options;
        self
    }

    /// Sets the default level: for every kind of message of a text rule, or the one level
    /// of a timeline rule.
    #[must_use]
    pub const fn level(mut self, level: Level) -> Rule {
        match &mut self.kind {
            RuleKind::Text(t) => t.levels = Levels::all(level),
            #[cfg(feature = "timing")]
            RuleKind::Timeline(t) => t.level = level,
        }
        self
    }

    /// Sets the default levels of a text rule, per kind of message (a timeline rule has
    /// one level: see [`Rule::level`]).
    #[must_use]
    pub const fn levels(mut self, levels: Levels) -> Rule {
        match &mut self.kind {
            RuleKind::Text(t) => t.levels = levels,
            #[cfg(feature = "timing")]
            RuleKind::Timeline(_) => {}
        }
        self
    }

    /// Sets the phrase tables of a text rule (a timeline rule has none).
    #[must_use]
    pub const fn phrases(mut self, phrases: &'static [PhraseTable]) -> Rule {
        match &mut self.kind {
            RuleKind::Text(t) => t.phrases = phrases,
            #[cfg(feature = "timing")]
            RuleKind::Timeline(_) => {}
        }
        self
    }

    /// Sets the checklist element a text rule checks for: its check function then runs
    /// only when `evidence` finds nothing.
    #[must_use]
    pub const fn evidence(mut self, evidence: Evidence) -> Rule {
        match &mut self.kind {
            RuleKind::Text(t) => t.evidence = Some(evidence),
            #[cfg(feature = "timing")]
            RuleKind::Timeline(_) => {}
        }
        self
    }

    /// Returns the text rule's parts, or `None` for a timeline rule.
    #[must_use]
    pub const fn as_text(&self) -> Option<&TextRule> {
        match &self.kind {
            RuleKind::Text(t) => Some(t),
            #[cfg(feature = "timing")]
            RuleKind::Timeline(_) => None,
        }
    }

    /// Returns the timeline rule's parts, or `None` for a text rule.
    #[cfg(feature = "timing")]
    #[cfg_attr(docsrs, doc(cfg(feature = "timing")))]
    #[must_use]
    pub const fn as_timeline(&self) -> Option<&TimelineRule> {
        match &self.kind {
            RuleKind::Timeline(t) => Some(t),
            RuleKind::Text(_) => None,
        }
    }

    /// Returns the level the rule runs at by default for `kind` of message (a timeline
    /// rule has the same level for every kind).
    #[must_use]
    pub const fn default_level(&self, kind: crate::MessageKind) -> Level {
        match &self.kind {
            RuleKind::Text(t) => t.levels.get(kind),
            #[cfg(feature = "timing")]
            RuleKind::Timeline(t) => t.level,
        }
    }

    /// Returns the criterion the rule checks for, if any.
    #[must_use]
    pub const fn criterion(&self) -> Option<Criterion> {
        match self.as_text() {
            Some(TextRule {
                evidence: Some(e), ..
            }) => Some(e.criterion),
            _ => None,
        }
    }

    /// Returns the summary with each `${name}` replaced by the default of option `name`:
    /// "Flags a sentence longer than ${max-words} words" reads "… longer than 35 words".
    #[must_use]
    pub fn summary_text(&self) -> Cow<'static, str> {
        expand_defaults(self.summary, self.options)
    }
}

/// Replaces each `${name}` in `text` by the default of option `name` (left as it is if
/// there is no such option).
pub(crate) fn expand_defaults(text: &'static str, options: &[RuleOption]) -> Cow<'static, str> {
    if !text.contains("${") {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find("${") {
        out.push_str(&rest[..open]);
        let after = &rest[open + 2..];
        let Some(close) = after.find('}') else {
            break;
        };
        let name = &after[..close];
        match options.iter().find(|o| o.name == name) {
            Some(o) => out.push_str(&o.display_default()),
            None => out.push_str(&rest[open..open + 2 + close + 1]),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}
