//! Findings that many rules build the same way.

use crate::diagnostic::{Applicability, Edit, Finding, Span, Suggestion};
use crate::text::Document;

/// A finding for a missing element at the zero-width span `at`, suggesting to insert
/// `insert` there. The suggestion has placeholders if `insert` holds a `[slot]`.
pub(crate) fn missing(
    at: Span,
    message: impl Into<String>,
    title: &str,
    insert: String,
) -> Finding {
    let applicability = if insert.contains('[') {
        Applicability::HasPlaceholders
    } else {
        Applicability::NeedsReview
    };
    Finding::new(Span::empty(at.start), message).suggest(Suggestion::new(
        title,
        Edit::insert(at.start, insert),
        applicability,
    ))
}

/// A finding for a sentence missing from the body, suggesting to add `sentence` (written
/// with a leading space) after the last body sentence: on the same line after its end
/// punctuation, or as a paragraph of its own if that sentence has none (or there is no
/// body), so that the addition never runs into a sentence.
pub(crate) fn missing_sentence(
    doc: &Document<'_>,
    message: impl Into<String>,
    title: &str,
    sentence: &str,
) -> Finding {
    let insert = if doc.body_ends_open() {
        format!("\n\n{}", sentence.trim_start())
    } else {
        format!(" {}", sentence.trim_start())
    };
    missing(doc.body_end(), message, title, insert)
}
