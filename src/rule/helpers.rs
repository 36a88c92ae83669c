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
    let sentence = sentence.trim_start();
    let parts = doc.parts();
    if doc.body_sentences().next().is_none() && parts.greeting.is_none() {
        // No body and no greeting: above the sign-off (or the signature) if there is
        // one, else after everything, never above a subject line.
        let below = parts.closing.or(parts.signature).map(|s| s.start);
        return match below {
            Some(at) => missing(Span::empty(at), message, title, format!("{sentence}\n\n")),
            None => {
                let end = Span::empty(doc.text().trim_end().len());
                let gap = if end.start == 0 { "" } else { "\n\n" };
                missing(end, message, title, format!("{gap}{sentence}"))
            }
        };
    }
    let insert = if doc.body_ends_open() {
        format!("\n\n{sentence}")
    } else {
        format!(" {sentence}")
    };
    missing(doc.body_end(), message, title, insert)
}
