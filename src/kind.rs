//! Detecting the kind of message when the caller does not give it.
//!
//! A call script introduces a caller and asks for a call back; a status follow-up asks
//! about the decision or refers back to an interview some time ago; anything else is
//! read as a thank-you note.

use crate::draft::MessageKind;
use crate::text::{Document, Part, lexicon::cue};

/// Returns the kind of message `doc` reads as.
pub(crate) fn detect(doc: &Document<'_>) -> MessageKind {
    let counts = |tag: u8| {
        doc.shared_hits(tag)
            .filter(|h| {
                matches!(
                    doc.sentences()[h.sentence()].part,
                    Part::Body | Part::Subject
                )
            })
            .count()
    };
    let parts = doc.parts();
    let written = parts.subject.is_some() || (parts.closing.is_some() && parts.signature.is_some());
    // Spoken openers count only at the start of a sentence: "This is Dana Reyes…".
    let spoken = doc
        .shared_hits(cue::SPOKEN)
        .filter(|h| {
            let s = &doc.sentences()[h.sentence()];
            s.part == Part::Body && h.first_word() == s.words().start
        })
        .count();
    let call = 2 * counts(cue::CALL) + spoken;
    if call >= 4 || (call >= 2 && !written) {
        return MessageKind::CallScript;
    }
    let status = counts(cue::STATUS);
    let fresh = counts(cue::FRESH);
    if status > fresh {
        MessageKind::FollowUp
    } else {
        MessageKind::ThankYou
    }
}
