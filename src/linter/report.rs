//! What a check returns.

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use crate::diagnostic::{Diagnostic, Severity, Span};
use crate::draft::MessageKind;
use crate::rule::Criterion;

/// One element of the guide's checklist for a kind of message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct ChecklistItem {
    /// The element: `gratitude`, `interest`, `closing`, …
    pub criterion: Criterion,
    /// What the element is, in a few words.
    pub description: &'static str,
    /// True if the draft carries the element.
    pub satisfied: bool,
    /// Where it does (the sentence or part that meets it), when it does.
    pub evidence: Option<Span>,
}

/// Adds a criterion's result to the checklist, merging rules that share a criterion
/// (the element is there when every one of them finds it).
/// A checklist item as its JSON reads; the description is the criterion's own.
#[cfg(feature = "serde")]
#[derive(Deserialize)]
struct ChecklistItemJson {
    criterion: Criterion,
    satisfied: bool,
    evidence: Option<EvidenceJson>,
}

/// Evidence as a byte span (the plain report) or as positions in every unit (the
/// positioned form), whose `span` is the byte span.
#[cfg(feature = "serde")]
#[derive(Deserialize)]
#[serde(untagged)]
enum EvidenceJson {
    Span(Span),
    Positions { span: Span },
}

#[cfg(feature = "serde")]
impl<'de> Deserialize<'de> for ChecklistItem {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = ChecklistItemJson::deserialize(deserializer)?;
        Ok(ChecklistItem {
            criterion: raw.criterion,
            description: raw.criterion.description(),
            satisfied: raw.satisfied,
            evidence: raw.evidence.map(|e| match e {
                EvidenceJson::Span(span) | EvidenceJson::Positions { span } => span,
            }),
        })
    }
}

pub(super) fn record(
    checklist: &mut Vec<ChecklistItem>,
    criterion: Criterion,
    evidence: Option<Span>,
) {
    match checklist.iter_mut().find(|i| i.criterion == criterion) {
        Some(item) => {
            item.satisfied &= evidence.is_some();
            item.evidence = match (item.evidence, evidence) {
                (Some(a), Some(b)) if item.satisfied => Some(a.cover(b)),
                _ => None,
            };
        }
        None => checklist.push(ChecklistItem {
            criterion,
            description: criterion.description(),
            satisfied: evidence.is_some(),
            evidence,
        }),
    }
}

/// Counts describing the checked draft.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Stats {
    /// Bytes checked.
    pub bytes: usize,
    /// Words outside quoted replies.
    pub words: usize,
    /// Body sentences.
    pub sentences: usize,
    /// Body paragraphs.
    pub paragraphs: usize,
}

/// The result of checking a draft.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Report {
    /// The kind of message the draft was checked as.
    pub kind: MessageKind,
    /// True if the kind was detected from the text rather than given.
    pub kind_detected: bool,
    /// The problems found, sorted by position, then rule id.
    pub diagnostics: Vec<Diagnostic>,
    /// Each element the guide asks this kind of message to carry, and whether the draft
    /// does, in the guide's order.
    pub checklist: Vec<ChecklistItem>,
    /// Counts describing the draft.
    pub stats: Stats,
    /// True if the draft was longer than the configured maximum and only its start was
    /// checked.
    pub truncated: bool,
}

impl Report {
    /// Returns true if and only if some diagnostic has error severity.
    #[must_use]
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }

    /// Returns the number of diagnostics with `severity`.
    #[must_use]
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }
}
