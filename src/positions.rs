//! Positions in every unit a client uses, for a whole report at once.
//!
//! Byte offsets are what Rust slices with; JavaScript and the Language Server Protocol
//! count UTF-16 code units, Python counts code points, and people read lines and
//! columns. [`PositionMap`] answers all of them for one text, and
//! [`Report::with_positions`] wraps a report so that, serialised, every diagnostic and
//! every edit carries them.

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use crate::diagnostic::Span;
use crate::linter::Report;
use crate::position::LineIndex;

/// A half-open range counted in some unit other than bytes (UTF-16 code units or code
/// points), from the start of the text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Offsets {
    /// Where the range starts.
    pub start: usize,
    /// Where it ends (exclusive).
    pub end: usize,
}

/// Where a byte span lies, in every unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Positions {
    /// Bytes (UTF-8), as Rust slices.
    pub span: Span,
    /// UTF-16 code units, as JavaScript's `String.slice` and LSP use.
    pub utf16: Offsets,
    /// Code points, as Python's `str` slicing uses.
    pub chars: Offsets,
    /// 1-based line of the start.
    pub line: usize,
    /// 1-based column of the start, in code points.
    pub column: usize,
    /// 1-based line of the end.
    pub end_line: usize,
    /// 1-based column of the end, in code points.
    pub end_column: usize,
}

/// How far apart the map's checkpoints lie, in bytes: a query scans at most this much.
const CHECKPOINT: usize = 256;

/// Converts byte offsets of one text into [`Positions`].
///
/// Built in one pass over the text; each query then takes a binary search and a scan
/// of at most 256 bytes, however long the lines are.
///
/// ```
/// use followup_lint::PositionMap;
///
/// let text = "Zoë 🙂\r\nthanks";
/// let map = PositionMap::new(text);
/// let at = map.positions(followup_lint::Span::new(text.find("thanks").unwrap(), text.len()));
/// assert_eq!((at.utf16.start, at.chars.start, at.line, at.column), (8, 7, 2, 1));
/// ```
#[derive(Clone, Debug)]
pub struct PositionMap<'a> {
    text: &'a str,
    lines: LineIndex<'a>,
    /// `(byte, utf16, chars)` at char boundaries about every [`CHECKPOINT`] bytes.
    checkpoints: Vec<(usize, usize, usize)>,
}

impl<'a> PositionMap<'a> {
    /// Builds the map for `text`.
    #[must_use]
    pub fn new(text: &'a str) -> Self {
        let mut checkpoints = vec![(0, 0, 0)];
        let (mut utf16, mut chars, mut next) = (0, 0, CHECKPOINT);
        for (i, c) in text.char_indices() {
            if i >= next {
                checkpoints.push((i, utf16, chars));
                next = i + CHECKPOINT;
            }
            utf16 += c.len_utf16();
            chars += 1;
        }
        PositionMap {
            text,
            lines: LineIndex::new(text),
            checkpoints,
        }
    }

    /// The UTF-16 and code-point offsets of byte `offset` (clamped into the text and
    /// back to a `char` boundary).
    fn counts(&self, offset: usize) -> (usize, usize) {
        let offset = self.lines.clamp(offset);
        let i = self.checkpoints.partition_point(|c| c.0 <= offset) - 1;
        let (byte, mut utf16, mut chars) = self.checkpoints[i];
        for c in self.text[byte..offset].chars() {
            utf16 += c.len_utf16();
            chars += 1;
        }
        (utf16, chars)
    }

    /// 1-based line and code-point column of byte `offset`.
    fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = self.lines.clamp(offset);
        let line = self.lines.line_of(offset);
        let start = self.lines.line_span(line).start;
        let column = self.counts(offset).1 - self.counts(start).1 + 1;
        (line + 1, column)
    }

    /// The positions of byte span `span`.
    #[must_use]
    pub fn positions(&self, span: Span) -> Positions {
        let (u0, c0) = self.counts(span.start);
        let (u1, c1) = self.counts(span.end);
        let (line, column) = self.line_col(span.start);
        let (end_line, end_column) = self.line_col(span.end);
        Positions {
            span,
            utf16: Offsets { start: u0, end: u1 },
            chars: Offsets { start: c0, end: c1 },
            line,
            column,
            end_line,
            end_column,
        }
    }
}

/// A report seen with the text it was made from: serialised, every diagnostic, every
/// edit and every checklist item's evidence carries [`Positions`] (see
/// [`Report::with_positions`]).
#[derive(Debug)]
pub struct ReportWithPositions<'a> {
    report: &'a Report,
    map: PositionMap<'a>,
}

impl ReportWithPositions<'_> {
    /// The report.
    #[must_use]
    pub const fn report(&self) -> &Report {
        self.report
    }

    /// The map from byte offsets to positions in the text.
    #[must_use]
    pub const fn map(&self) -> &PositionMap<'_> {
        &self.map
    }
}

impl Report {
    /// This report with positions in every unit, for `text`, the text it was made from
    /// (for a truncated draft, the whole text is fine: spans only reach the checked
    /// part). Serialise the result to give clients UTF-16 and code-point offsets, lines
    /// and columns without converting anything themselves.
    ///
    /// ```
    /// use followup_lint::{Draft, Linter, MessageKind};
    ///
    /// let text = "Thank you 🙂 for the the tour.";
    /// let report = Linter::new().check(&Draft::new(text).kind(MessageKind::ThankYou));
    /// let view = report.with_positions(text);
    /// let d = report.diagnostics.iter().find(|d| d.rule == "repeated-word").unwrap();
    /// let at = view.map().positions(d.span().unwrap());
    /// // What JavaScript's text.slice(at.utf16.start, at.utf16.end) returns:
    /// let units: Vec<u16> = text.encode_utf16().collect();
    /// let flagged = String::from_utf16(&units[at.utf16.start..at.utf16.end]).unwrap();
    /// assert_eq!(flagged, d.span().unwrap().slice(text));
    /// ```
    #[must_use]
    pub fn with_positions<'a>(&'a self, text: &'a str) -> ReportWithPositions<'a> {
        ReportWithPositions {
            report: self,
            map: PositionMap::new(text),
        }
    }
}

#[cfg(feature = "serde")]
mod ser {
    use serde::ser::{Serialize, SerializeStruct, Serializer};

    use super::{PositionMap, Positions, ReportWithPositions};
    use crate::diagnostic::{Diagnostic, Edit, Location, Suggestion};
    use crate::linter::ChecklistItem;

    fn put<S: SerializeStruct>(s: &mut S, p: &Positions) -> Result<(), S::Error> {
        s.serialize_field("span", &p.span)?;
        s.serialize_field("utf16", &p.utf16)?;
        s.serialize_field("chars", &p.chars)?;
        s.serialize_field("line", &p.line)?;
        s.serialize_field("column", &p.column)?;
        s.serialize_field("end_line", &p.end_line)?;
        s.serialize_field("end_column", &p.end_column)
    }

    struct EditAt<'a>(&'a Edit, &'a PositionMap<'a>);
    impl Serialize for EditAt<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut s = serializer.serialize_struct("Edit", 8)?;
            put(&mut s, &self.1.positions(self.0.span))?;
            s.serialize_field("replacement", &self.0.replacement)?;
            s.end()
        }
    }

    struct SuggestionAt<'a>(&'a Suggestion, &'a PositionMap<'a>);
    impl Serialize for SuggestionAt<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut s = serializer.serialize_struct("Suggestion", 3)?;
            s.serialize_field("title", &self.0.title)?;
            let edits: Vec<EditAt<'_>> = self.0.edits.iter().map(|e| EditAt(e, self.1)).collect();
            s.serialize_field("edits", &edits)?;
            s.serialize_field("applicability", &self.0.applicability)?;
            s.end()
        }
    }

    struct DiagnosticAt<'a>(&'a Diagnostic, &'a PositionMap<'a>);
    impl Serialize for DiagnosticAt<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let d = self.0;
            let mut s = serializer.serialize_struct("Diagnostic", 16)?;
            s.serialize_field("rule", &d.rule)?;
            s.serialize_field("category", &d.category)?;
            s.serialize_field("severity", &d.severity)?;
            match d.location {
                Location::Text(span) => {
                    s.serialize_field("location", "text")?;
                    put(&mut s, &self.1.positions(span))?;
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
            s.serialize_field("message", &d.message)?;
            s.serialize_field("help", &d.help)?;
            let suggestions: Vec<SuggestionAt<'_>> = d
                .suggestions
                .iter()
                .map(|x| SuggestionAt(x, self.1))
                .collect();
            s.serialize_field("suggestions", &suggestions)?;
            s.serialize_field("fingerprint", &d.fingerprint)?;
            s.serialize_field("url", &d.url())?;
            s.end()
        }
    }

    /// A checklist item whose evidence carries every unit, like a diagnostic's span.
    struct ChecklistAt<'a>(&'a ChecklistItem, &'a PositionMap<'a>);
    impl Serialize for ChecklistAt<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let item = self.0;
            let mut s = serializer.serialize_struct("ChecklistItem", 4)?;
            s.serialize_field("criterion", &item.criterion)?;
            s.serialize_field("description", item.description)?;
            s.serialize_field("satisfied", &item.satisfied)?;
            s.serialize_field("evidence", &item.evidence.map(|e| self.1.positions(e)))?;
            s.end()
        }
    }

    impl Serialize for ReportWithPositions<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let r = self.report;
            let mut s = serializer.serialize_struct("Report", 6)?;
            s.serialize_field("kind", &r.kind)?;
            s.serialize_field("kind_detected", &r.kind_detected)?;
            let diagnostics: Vec<DiagnosticAt<'_>> = r
                .diagnostics
                .iter()
                .map(|d| DiagnosticAt(d, &self.map))
                .collect();
            s.serialize_field("diagnostics", &diagnostics)?;
            let checklist: Vec<ChecklistAt<'_>> = r
                .checklist
                .iter()
                .map(|i| ChecklistAt(i, &self.map))
                .collect();
            s.serialize_field("checklist", &checklist)?;
            s.serialize_field("stats", &r.stats)?;
            s.serialize_field("truncated", &r.truncated)?;
            s.end()
        }
    }
}
