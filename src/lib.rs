#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(rust_2018_idioms)]

mod config;
mod diagnostic;
mod draft;
mod fix;
mod linter;
mod name;
mod position;
mod rule;
mod rules;
mod text;
#[cfg(feature = "timing")]
pub mod timing;

#[cfg(test)]
mod testing;

pub use config::{
    Config, ConfigError, CustomRule, DEFAULT_MAX_INPUT_BYTES, PATTERN_SIZE_LIMIT, RuleConfig,
    is_kebab_case,
};
pub use diagnostic::{
    Applicability, Category, Diagnostic, Edit, Finding, Level, Levels, Location, Severity, Span,
    Suggestion,
};
pub use draft::{Context, Draft, MessageKind};
pub use fix::{FixError, Fixed, apply_fixes, apply_non_overlapping};
pub use linter::{ChecklistItem, Linter, LinterBuilder, Report, Stats};
pub use name::ParseNameError;
pub use position::{LineCol, LineIndex, Utf16Position};
#[cfg(feature = "timing")]
pub use rule::{ContactExample, TimelineCheckFn, TimelineContext, TimelineExample, TimelineRule};
pub use rule::{
    ContextField, Criterion, Evidence, EvidenceFn, Example, Gate, OptionKind, OwnedRule,
    PhraseTable, Rule, RuleContext, RuleKind, RuleOption, TextCheckFn, TextRule,
};
pub use rules::{catalogue, find_rule};
pub use text::{Document, Ending, Greeting, Hit, Part, Parts, Sentence, normalize_phrase};
