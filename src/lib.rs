#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(rust_2018_idioms)]

mod config;
mod diagnostic;
mod draft;
mod fix;
mod kind;
mod linter;
mod position;
mod rules;
pub mod text;
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
pub use draft::{Context, Draft, MessageKind, ParseKindError};
pub use fix::{FixError, Fixed, apply_fixes, apply_non_overlapping};
pub use linter::{ChecklistItem, Linter, LinterBuilder, Report, Stats};
pub use position::{LineCol, LineIndex, Utf16Position};
pub use rules::{
    CheckFn, Example, PhraseTable, Rule, RuleContext, RuleOption, catalogue, find_rule,
};
pub use text::Document;
