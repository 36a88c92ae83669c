//! Conversions from byte offsets to positions people and editors use.

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use crate::diagnostic::Span;

/// A 1-based line and 1-based column counted in `char`s, for people.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct LineCol {
    /// Line number, starting at 1.
    pub line: usize,
    /// Column number in `char`s, starting at 1.
    pub column: usize,
}

/// A 0-based line and 0-based column counted in UTF-16 code units, as LSP clients use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Utf16Position {
    /// Line number, starting at 0.
    pub line: usize,
    /// Column in UTF-16 code units, starting at 0.
    pub character: usize,
}

/// An index of line starts, built once per text, answering position queries.
///
/// Lines end at `\n`, `\r\n` or a lone `\r`, as in the Language Server Protocol. Every
/// query clamps what it is given: an offset past the end means the end, an offset inside
/// a `char` means the start of that `char`, a line past the last means the last line.
/// No query panics.
///
/// ```
/// use followup_lint::{LineCol, LineIndex, Utf16Position};
///
/// let text = "Hi Zoë,\r\nThanks 🙂 again";
/// let index = LineIndex::new(text);
/// let offset = text.find("again").unwrap();
/// assert_eq!(index.line_col(offset), LineCol { line: 2, column: 10 });
/// assert_eq!(index.utf16(offset), Utf16Position { line: 1, character: 10 });
/// assert_eq!(index.offset_of_utf16(index.utf16(offset)), offset);
/// ```
#[derive(Clone, Debug)]
pub struct LineIndex<'a> {
    text: &'a str,
    /// Byte offset where each line starts; the first is always 0.
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    /// Builds the index for `text` in one pass.
    #[must_use]
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    starts.push(i + 1);
                }
                _ => {}
            }
            i += 1;
        }
        LineIndex { text, starts }
    }

    /// Returns the number of lines (at least 1, even for empty text).
    #[must_use]
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// Returns the byte span of 0-based line `line`, without its line break.
    ///
    /// A line past the last is clamped to the last line.
    #[must_use]
    pub fn line_span(&self, line: usize) -> Span {
        let line = line.min(self.starts.len() - 1);
        let start = self.starts[line];
        let mut end = self
            .starts
            .get(line + 1)
            .copied()
            .unwrap_or(self.text.len());
        let bytes = self.text.as_bytes();
        if end > start && bytes[end - 1] == b'\n' {
            end -= 1;
        }
        if end > start && bytes[end - 1] == b'\r' {
            end -= 1;
        }
        Span::new(start, end)
    }

    /// Clamps `offset` into the text and moves it back to a `char` boundary.
    #[must_use]
    pub fn clamp(&self, offset: usize) -> usize {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }

    /// Returns the 0-based line holding `offset` (after clamping).
    pub(crate) fn line_of(&self, offset: usize) -> usize {
        // `starts[0] == 0 <= offset`, so the partition point is at least 1.
        self.starts.partition_point(|&s| s <= offset) - 1
    }

    /// Returns the 1-based line and `char` column of `offset`.
    #[must_use]
    pub fn line_col(&self, offset: usize) -> LineCol {
        let offset = self.clamp(offset);
        let line = self.line_of(offset);
        let start = self.starts[line];
        let column = self.text[start..offset].chars().count() + 1;
        LineCol {
            line: line + 1,
            column,
        }
    }

    /// Returns the 0-based line and UTF-16 column of `offset`, for LSP clients.
    #[must_use]
    pub fn utf16(&self, offset: usize) -> Utf16Position {
        let offset = self.clamp(offset);
        let line = self.line_of(offset);
        let start = self.starts[line];
        let character = self.text[start..offset].chars().map(char::len_utf16).sum();
        Utf16Position { line, character }
    }

    /// Returns the byte offset of a 1-based line and `char` column, clamped to the text.
    ///
    /// Line and column 0 are read as 1; a column past the end of its line means the
    /// end of that line.
    #[must_use]
    pub fn offset_of_line_col(&self, pos: LineCol) -> usize {
        let span = self.line_span(pos.line.saturating_sub(1));
        let line = span.slice(self.text);
        let skip = pos.column.saturating_sub(1);
        line.char_indices()
            .nth(skip)
            .map_or(span.end, |(i, _)| span.start + i)
    }

    /// Returns the byte offset of an LSP position, clamped to the text.
    ///
    /// A column inside a surrogate pair means the start of that `char`; a column past
    /// the end of its line means the end of that line.
    #[must_use]
    pub fn offset_of_utf16(&self, pos: Utf16Position) -> usize {
        let span = self.line_span(pos.line);
        let line = span.slice(self.text);
        let mut units = 0;
        for (i, c) in line.char_indices() {
            let next = units + c.len_utf16();
            if next > pos.character {
                return span.start + i;
            }
            units = next;
        }
        span.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_lines_for_every_line_break_style() {
        let index = LineIndex::new("a\nb\r\nc\rd");
        assert_eq!(index.line_count(), 4);
        assert_eq!(index.line_col(7), LineCol { line: 4, column: 1 });
        assert_eq!(index.line_span(1), Span::new(2, 3));
        assert_eq!(index.line_span(99), Span::new(7, 8));
    }

    #[test]
    fn columns_count_chars_and_utf16_units() {
        let text = "é🙂x";
        let index = LineIndex::new(text);
        let x = text.find('x').unwrap();
        assert_eq!(index.line_col(x).column, 3);
        assert_eq!(index.utf16(x).character, 1 + 2);
    }

    #[test]
    fn clamps_offsets_inside_chars_and_past_the_end() {
        let text = "é🙂";
        let index = LineIndex::new(text);
        assert_eq!(index.line_col(1), LineCol { line: 1, column: 1 });
        assert_eq!(index.line_col(4), LineCol { line: 1, column: 2 });
        assert_eq!(index.line_col(usize::MAX), LineCol { line: 1, column: 3 });
        assert_eq!(
            index.offset_of_utf16(Utf16Position {
                line: 0,
                character: 2
            }),
            2,
            "inside the surrogate pair of the emoji"
        );
        assert_eq!(
            index.offset_of_line_col(LineCol {
                line: 40,
                column: 40
            }),
            text.len()
        );
    }

    #[test]
    fn empty_text_has_one_line() {
        let index = LineIndex::new("");
        assert_eq!(index.line_count(), 1);
        assert_eq!(index.line_col(10), LineCol { line: 1, column: 1 });
        assert_eq!(
            index.offset_of_utf16(Utf16Position {
                line: 3,
                character: 3
            }),
            0
        );
    }

    #[test]
    fn round_trips_every_char_boundary() {
        let text = "Dear Zoë,\r\n\r\nThanks 👩‍💻 for the chat.\rBest,\nSam";
        let index = LineIndex::new(text);
        for (offset, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let lc = index.line_col(offset);
            let lsp = index.utf16(offset);
            let back_lc = index.offset_of_line_col(lc);
            let back_lsp = index.offset_of_utf16(lsp);
            // A `\r` of a `\r\n` pair and the end of its line share a position.
            let line_end = index.line_span(lsp.line).end;
            let expected = if offset > line_end { line_end } else { offset };
            assert_eq!(back_lc, expected, "line/col of {offset}");
            assert_eq!(back_lsp, expected, "utf16 of {offset}");
        }
    }
}
