//! Findings that many rules build the same way.

use crate::diagnostic::{Applicability, Edit, Finding, Span, Suggestion};
use crate::text::{Document, Hit, Part, excerpt};

use super::context::RuleContext;

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

/// Reports each body (or subject) sentence holding a hit that `judge` labels, once per
/// sentence, skipping words the writer quotes from someone else. The message is the
/// label followed by the sentence, quoted.
pub(crate) fn flag_sentences(
    cx: &RuleContext<'_, '_>,
    out: &mut Vec<Finding>,
    mut judge: impl FnMut(&Document<'_>, &Hit) -> Option<&'static str>,
) {
    let doc = cx.doc();
    let mut last = usize::MAX;
    for h in cx.hits() {
        let s = h.sentence();
        if s == last {
            continue;
        }
        let sentence = &doc.sentences()[s];
        if !matches!(sentence.part, Part::Body | Part::Subject) || doc.in_quotation(h.first_word())
        {
            continue;
        }
        if let Some(label) = judge(doc, h) {
            last = s;
            let quoted = excerpt(doc.sentence_text(sentence), 90);
            out.push(Finding::new(
                sentence.span,
                format!("{label}: \"{quoted}\"."),
            ));
        }
    }
}
