//! Findings that many rules build the same way.

use crate::diagnostic::{Applicability, Edit, Finding, Span, Suggestion};

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
