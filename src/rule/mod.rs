//! The rule model: what a rule is, what it reads and what it reports.
//!
//! A rule is metadata (id, category, docs, options, examples) and a check function.
//! Text rules read an analysed draft through a [`RuleContext`] and report
//! [`Finding`](crate::Finding)s; timeline rules read a follow-up history through a
//! [`TimelineContext`]. Rules find; the [`Linter`](crate::Linter) judges (it stamps each
//! finding with the rule's id, category and configured severity).
//!
//! The built-in rules live one per file under `src/rules/`, listed once in the
//! catalogue ([`catalogue`](crate::catalogue)). Tools add rules of their own: a `const`
//! [`Rule`] written like the built-in ones, or an [`OwnedRule`] built at run time (from
//! a word list loaded from a file, say), both given to
//! [`LinterBuilder`](crate::LinterBuilder).

mod context;
mod criterion;
mod example;
mod findings;
mod frames;
mod helpers;
mod meta;
mod option;
mod owned;

pub(crate) use context::ClassMap;
pub use context::RuleContext;
#[cfg(feature = "timing")]
pub use context::TimelineContext;
pub use criterion::Criterion;
#[cfg(feature = "timing")]
pub use example::{ContactExample, TimelineExample};
pub use example::{ContextField, Example};
pub use findings::Findings;
pub(crate) use frames::{Found, Sent, flag_frames};
pub(crate) use helpers::{missing, missing_sentence};
pub use meta::{Evidence, EvidenceFn, Gate, PhraseTable, Rule, RuleKind, TextCheckFn, TextRule};
#[cfg(feature = "timing")]
pub use meta::{TimelineCheckFn, TimelineRule};
pub use option::{OptionKind, RuleOption};
pub use owned::OwnedRule;
pub(crate) use owned::{OwnedCheck, OwnedEvidence};
