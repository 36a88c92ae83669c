//! The linter: builds from configuration once, then checks drafts and histories.

mod build;
mod engine;
mod report;
mod runtime;

pub use build::LinterBuilder;
pub use engine::Linter;
pub use report::{ChecklistItem, Report, Stats};
