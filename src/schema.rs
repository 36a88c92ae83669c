//! JSON Schemas of the report, generated from the types (feature `schema`).
//!
//! A client in another language can validate what it receives, or generate its own
//! types, from [`report`] (what `serde_json::to_string(&report)` gives) or
//! [`positioned_report`] (what [`Report::with_positions`](crate::Report::with_positions)
//! gives, the form the `lint` example prints). Both are JSON Schema draft 2020-12; the
//! same documents are in the repository as `docs/report.schema.json` and
//! `docs/report-with-positions.schema.json`.
//!
//! ```
//! let schema = followup_lint::schema::positioned_report();
//! let json = serde_json::to_value(&schema).unwrap();
//! assert_eq!(json["title"], "ReportWithPositions");
//! assert!(json["required"].as_array().unwrap().iter().any(|k| k == "diagnostics"));
//! ```

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, schema_for};

use crate::diagnostic::{Applicability, Category, Diagnostic, Severity, Span, Suggestion};
use crate::draft::MessageKind;
use crate::linter::{Report, Stats};
use crate::positions::{Positions, ReportWithPositions};
use crate::rule::Criterion;

/// The schema of a serialised [`Report`].
#[must_use]
pub fn report() -> Schema {
    schema_for!(Report)
}

/// The schema of a serialised [`ReportWithPositions`]: every diagnostic, edit and
/// checklist evidence carries positions in bytes, UTF-16 units, code points and
/// lines and columns.
#[must_use]
pub fn positioned_report() -> Schema {
    schema_for!(ReportWithPositions<'static>)
}

// The JSON shapes below are written out as types only so that schemars can describe
// them; `Serialize` of the real types produces exactly these shapes, and the tests
// check real output against the schemas.

/// Where a diagnostic points: `location` names which fields follow.
#[derive(JsonSchema)]
#[serde(tag = "location", rename_all = "lowercase")]
#[allow(dead_code)]
enum LocationJson {
    /// A byte span of the text.
    Text {
        /// The bytes the diagnostic covers (zero-width for a missing element).
        span: Span,
    },
    /// A contact of a timeline, by index.
    Contact {
        /// Index into the timeline's contacts.
        contact: usize,
    },
    /// The timeline as a whole.
    Timeline {
        /// Always null.
        contact: (),
    },
}

/// A problem found in the draft or the timeline.
#[derive(JsonSchema)]
#[schemars(rename = "Diagnostic")]
#[allow(dead_code)]
struct DiagnosticJson {
    /// The kebab-case id of the rule that found it.
    rule: String,
    /// The rule's category.
    category: Category,
    /// How serious it is.
    severity: Severity,
    /// Where it is.
    #[serde(flatten)]
    location: LocationJson,
    /// What is wrong, specifically.
    message: String,
    /// What to do.
    help: Option<String>,
    /// Edits that would fix it.
    suggestions: Vec<Suggestion>,
    /// A stable id of the finding that survives edits elsewhere in the draft.
    fingerprint: String,
    /// The rule's documentation, for a built-in rule.
    url: Option<String>,
}

impl JsonSchema for Diagnostic {
    fn schema_name() -> Cow<'static, str> {
        DiagnosticJson::schema_name()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        DiagnosticJson::json_schema(generator)
    }
}

/// Where a positioned diagnostic points: a text location carries every unit.
#[derive(JsonSchema)]
#[serde(tag = "location", rename_all = "lowercase")]
#[allow(dead_code)]
enum PositionedLocationJson {
    /// A range of the text, in every unit.
    Text {
        /// The range.
        #[serde(flatten)]
        at: Positions,
    },
    /// A contact of a timeline, by index.
    Contact {
        /// Index into the timeline's contacts.
        contact: usize,
    },
    /// The timeline as a whole.
    Timeline {
        /// Always null.
        contact: (),
    },
}

/// One edit, positioned in every unit.
#[derive(JsonSchema)]
#[schemars(rename = "PositionedEdit")]
#[allow(dead_code)]
struct PositionedEditJson {
    /// The range the edit replaces.
    #[serde(flatten)]
    at: Positions,
    /// The text to put in its place.
    replacement: String,
}

/// A suggestion whose edits are positioned.
#[derive(JsonSchema)]
#[schemars(rename = "PositionedSuggestion")]
#[allow(dead_code)]
struct PositionedSuggestionJson {
    /// What the change does.
    title: String,
    /// The edits, never overlapping.
    edits: Vec<PositionedEditJson>,
    /// How safe the change is to apply unread.
    applicability: Applicability,
}

/// A diagnostic positioned in every unit.
#[derive(JsonSchema)]
#[schemars(rename = "PositionedDiagnostic")]
#[allow(dead_code)]
struct PositionedDiagnosticJson {
    /// The kebab-case id of the rule that found it.
    rule: String,
    /// The rule's category.
    category: Category,
    /// How serious it is.
    severity: Severity,
    /// Where it is.
    #[serde(flatten)]
    location: PositionedLocationJson,
    /// What is wrong, specifically.
    message: String,
    /// What to do.
    help: Option<String>,
    /// Edits that would fix it.
    suggestions: Vec<PositionedSuggestionJson>,
    /// A stable id of the finding that survives edits elsewhere in the draft.
    fingerprint: String,
    /// The rule's documentation, for a built-in rule.
    url: Option<String>,
}

/// A checklist item whose evidence is positioned.
#[derive(JsonSchema)]
#[schemars(rename = "PositionedChecklistItem")]
#[allow(dead_code)]
struct PositionedChecklistItemJson {
    /// The element of the guide's checklist.
    criterion: Criterion,
    /// What the element is, in a few words.
    description: String,
    /// True if the draft carries it.
    satisfied: bool,
    /// Where it does.
    evidence: Option<Positions>,
}

/// A report whose every range is positioned in every unit.
#[derive(JsonSchema)]
#[schemars(rename = "ReportWithPositions")]
#[allow(dead_code)]
struct PositionedReportJson {
    /// The kind of message the draft was checked as.
    kind: MessageKind,
    /// True if the kind was detected from the text.
    kind_detected: bool,
    /// The problems found, sorted by position.
    diagnostics: Vec<PositionedDiagnosticJson>,
    /// The guide's checklist for the kind, in the guide's order.
    checklist: Vec<PositionedChecklistItemJson>,
    /// Counts describing the draft.
    stats: Stats,
    /// True if only the start of an overlong draft was checked.
    truncated: bool,
}

impl JsonSchema for ReportWithPositions<'_> {
    fn schema_name() -> Cow<'static, str> {
        PositionedReportJson::schema_name()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        PositionedReportJson::json_schema(generator)
    }
}
