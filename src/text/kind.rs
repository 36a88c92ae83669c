//! Detecting the kind of message when the caller does not give it.
//!
//! A call script introduces a caller, speaks ("How are you?", "call me back") and has no
//! written sign-off; a status follow-up asks about the decision, refers back to an
//! interview some time ago or answers the employer; a thank-you note thanks the reader
//! for a meeting just held (a reply to a job offer is a follow-up). Each kind collects
//! evidence; the strongest wins, and a message with no thanks at all is not read as a
//! thank-you note.

use super::lexicon::cue;
use super::parts::{Part, Parts};
use super::phrases::Hit;
use super::sentences::Sentence;
use crate::draft::MessageKind;

/// Returns the kind of message a draft reads as, from its sentences, parts and matches of
/// the shared lexicon (`shared`, sorted by first word).
pub(super) fn detect(
    sentences: &[Sentence],
    parts: &Parts,
    shared: &[Hit],
    stage: crate::Stage,
) -> MessageKind {
    let shared_hits = |tag: u8| shared.iter().filter(move |h| h.tag() == tag);
    let in_text = |tag: u8| {
        shared_hits(tag)
            .filter(|h| matches!(sentences[h.sentence()].part, Part::Body | Part::Closing))
            .count()
    };
    let in_subject =
        |tag: u8| shared_hits(tag).any(|h| sentences[h.sentence()].part == Part::Subject);

    // A call: spoken openers at the start of a sentence, calling phrases, no letter shape.
    let spoken = shared_hits(cue::SPOKEN)
        .filter(|h| {
            let s = &sentences[h.sentence()];
            matches!(s.part, Part::Body | Part::Greeting) && h.first_word() == s.words().start
        })
        .count();
    let written = parts.subject.is_some() || parts.closing.is_some() || parts.signature.is_some();
    let call = 2 * in_text(cue::CALL) + spoken;
    if call >= 2 && !written || call >= 5 {
        return MessageKind::CallScript;
    }

    // A follow-up against a thank-you note.
    // A bare "Thanks," sign-off is not thanks for the meeting.
    let is_thanks = |h: &&Hit| matches!(h.tag(), cue::THANK | cue::GRATEFUL | cue::APPRECIATE);
    let thanks = shared
        .iter()
        .filter(is_thanks)
        .filter(|h| sentences[h.sentence()].part == Part::Body)
        .count();
    let mut follow_up = in_text(cue::STATUS)
        + 2 * in_text(cue::REPLY)
        + 2 * usize::from(in_subject(cue::FOLLOW_UP));
    let mut thank_you = in_text(cue::FRESH)
        + 2 * usize::from(
            shared
                .iter()
                .filter(is_thanks)
                .any(|h| sentences[h.sentence()].part == Part::Subject),
        );
    // A thank-you note answers a meeting; a reply to an offer, or a message that asks
    // the reader questions, is a follow-up.
    if stage == crate::Stage::OfferReceived {
        follow_up += 3;
    }
    if sentences.iter().any(|s| s.asks && s.part == Part::Body) {
        follow_up += 1;
    }
    // A thank-you note thanks; a message without thanks is something else.
    if thanks == 0 {
        follow_up += 2;
    } else {
        thank_you += 1;
    }
    if follow_up > thank_you {
        MessageKind::FollowUp
    } else {
        MessageKind::ThankYou
    }
}
