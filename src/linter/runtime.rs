//! Rules ready to run: built-in, compiled-in and run-time rules alike, with their levels
//! and option values resolved from configuration.

use crate::rule::Findings;
use std::borrow::Cow;
use std::sync::LazyLock;

use crate::diagnostic::{Category, Diagnostic, Finding, Level, Levels, Location, Severity, Span};
#[cfg(feature = "timing")]
use crate::rule::TimelineCheckFn;
use crate::rule::{
    ClassMap, Criterion, EvidenceFn, Gate, OwnedCheck, OwnedEvidence, Rule, RuleContext, RuleKind,
    RuleOption, TextCheckFn,
};
use crate::rules::catalogue;
use crate::text::{PhraseSet, SHARED_OWNER, lexicon};

/// A text rule's check, as a function or a closure.
#[derive(Clone)]
pub(super) enum TextCheck {
    Static(TextCheckFn),
    Owned(OwnedCheck),
}

/// A criterion's evidence function, as a function or a closure.
#[derive(Clone)]
pub(super) enum Find {
    Static(EvidenceFn),
    Owned(OwnedEvidence),
}

impl TextCheck {
    pub(super) fn run(&self, cx: &RuleContext<'_, '_>, out: &mut Findings) {
        match self {
            TextCheck::Static(f) => f(cx, out),
            TextCheck::Owned(f) => f(cx, out),
        }
    }
}

impl Find {
    pub(super) fn run(&self, cx: &RuleContext<'_, '_>) -> Option<Span> {
        match self {
            Find::Static(f) => f(cx),
            Find::Owned(f) => f(cx),
        }
    }
}

/// A text rule ready to run.
#[derive(Clone)]
pub(super) struct TextEntry {
    pub id: Cow<'static, str>,
    pub category: Category,
    pub levels: Levels,
    pub help: Cow<'static, str>,
    /// The rule's owner id in the phrase sets.
    pub owner: u16,
    pub gate: Gate,
    pub declared: &'static [RuleOption],
    pub values: Vec<f64>,
    pub evidence: Option<(Criterion, Find)>,
    pub check: TextCheck,
    /// The word-class bit of each of the rule's word-class tables, by tag.
    pub classes: ClassMap,
}

impl std::fmt::Debug for TextEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TextEntry")
            .field("id", &self.id)
            .field("levels", &self.levels)
            .field("values", &self.values)
            .finish_non_exhaustive()
    }
}

/// A timeline rule ready to run.
#[cfg(feature = "timing")]
#[derive(Clone, Debug)]
pub(super) struct TimelineEntry {
    pub id: &'static str,
    pub category: Category,
    pub level: Level,
    pub help: &'static str,
    pub declared: &'static [RuleOption],
    pub values: Vec<f64>,
    pub check: TimelineCheckFn,
}

/// Any rule ready to run.
#[derive(Clone, Debug)]
pub(super) enum Entry {
    Text(TextEntry),
    #[cfg(feature = "timing")]
    Timeline(TimelineEntry),
}

impl Entry {
    /// Returns the entry for a static rule, with owner id `owner`.
    pub(super) fn from_rule(rule: &Rule, owner: u16) -> Entry {
        let values = rule.options.iter().map(|o| o.default).collect();
        match rule.kind {
            RuleKind::Text(t) => Entry::Text(TextEntry {
                id: Cow::Borrowed(rule.id),
                category: rule.category,
                levels: t.levels,
                help: Cow::Borrowed(rule.help),
                owner,
                gate: t.gate,
                declared: rule.options,
                values,
                evidence: t.evidence.map(|e| (e.criterion, Find::Static(e.find))),
                check: TextCheck::Static(t.check),
                classes: ClassMap::EMPTY,
            }),
            #[cfg(feature = "timing")]
            RuleKind::Timeline(t) => Entry::Timeline(TimelineEntry {
                id: rule.id,
                category: rule.category,
                level: t.level,
                help: rule.help,
                declared: rule.options,
                values,
                check: t.check,
            }),
        }
    }

    /// Sets the word-class bits of a text rule's tables (a timeline rule has none).
    pub(super) fn set_classes(&mut self, classes: ClassMap) {
        match self {
            Entry::Text(t) => t.classes = classes,
            #[cfg(feature = "timing")]
            Entry::Timeline(_) => {}
        }
    }

    pub(super) fn as_text(&self) -> Option<&TextEntry> {
        match self {
            Entry::Text(t) => Some(t),
            #[cfg(feature = "timing")]
            Entry::Timeline(_) => None,
        }
    }

    pub(super) fn id(&self) -> &str {
        match self {
            Entry::Text(t) => &t.id,
            #[cfg(feature = "timing")]
            Entry::Timeline(t) => t.id,
        }
    }

    /// The level the entry runs at for `kind` (a timeline rule has one level).
    pub(super) fn level(&self, kind: crate::MessageKind) -> Level {
        match self {
            Entry::Text(t) => t.levels.get(kind),
            #[cfg(feature = "timing")]
            Entry::Timeline(t) => t.level,
        }
    }

    pub(super) fn declared(&self) -> &'static [RuleOption] {
        match self {
            Entry::Text(t) => t.declared,
            #[cfg(feature = "timing")]
            Entry::Timeline(t) => t.declared,
        }
    }

    pub(super) fn values_mut(&mut self) -> &mut Vec<f64> {
        match self {
            Entry::Text(t) => &mut t.values,
            #[cfg(feature = "timing")]
            Entry::Timeline(t) => &mut t.values,
        }
    }

    pub(super) fn values(&self) -> &[f64] {
        match self {
            Entry::Text(t) => &t.values,
            #[cfg(feature = "timing")]
            Entry::Timeline(t) => &t.values,
        }
    }
}

/// The word-class bits the built-in phrase set gave rule `owner`'s tables.
pub(super) fn builtin_classes(rule: &Rule, owner: u16) -> ClassMap {
    let set = builtin_phrases();
    ClassMap::from_pairs(
        rule.as_text()
            .map_or(&[][..], |t| t.phrases)
            .iter()
            .filter_map(|&(tag, _)| set.class_of(owner, tag).map(|bit| (tag, bit))),
    )
}

/// The owner id of built-in rule `index` in the shared phrase set.
pub(super) const fn builtin_owner(index: usize) -> u16 {
    (index + 1) as u16
}

/// One more than the largest owner id in [`builtin_phrases`].
pub(super) fn builtin_owners() -> usize {
    catalogue().len() + 1
}

/// The shared lexicon and every built-in rule's tables, compiled once per process.
pub(super) fn builtin_phrases() -> &'static PhraseSet {
    static SET: LazyLock<PhraseSet> = LazyLock::new(|| {
        let shared = lexicon::SHARED
            .iter()
            .flat_map(|&(tag, list)| list.iter().map(move |p| (SHARED_OWNER, tag, *p)));
        let rules = catalogue().iter().enumerate().flat_map(|(i, rule)| {
            rule.as_text()
                .map_or(&[][..], |t| t.phrases)
                .iter()
                .flat_map(move |&(tag, list)| list.iter().map(move |p| (builtin_owner(i), tag, *p)))
        });
        // The built-in tables are tested to compile; an error here is a bug in this crate.
        PhraseSet::build(shared.chain(rules), true)
            .unwrap_or_else(|e| panic!("built-in phrase tables: {e:?}"))
    });
    &SET
}

/// Turns a rule's finding into a diagnostic: adds the id, category and severity, and
/// clamps the span into the text.
pub(super) fn stamp(
    rule: Cow<'static, str>,
    category: Category,
    severity: Severity,
    help: &str,
    f: Finding,
    len: usize,
) -> Diagnostic {
    let location = match f.location {
        Location::Text(s) => Location::Text(Span::new(s.start.min(len), s.end.min(len))),
        other => other,
    };
    Diagnostic {
        rule,
        category,
        severity,
        location,
        message: f.message,
        help: f
            .help
            .or_else(|| (!help.is_empty()).then(|| help.to_string())),
        suggestions: f.suggestions,
        fingerprint: String::new(),
        builtin: false,
    }
}
