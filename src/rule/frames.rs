//! Reading a sentence as a frame: which roles its words fill (a topic, an act, a target,
//! a polarity, a cause), for the rules that detect a mistake by what the act needs rather
//! than by whole stock phrases.
//!
//! Everything here reads what the analysis already found: the shared lexicon's word
//! classes and phrases (`cue::…` tags) and the rule's own tables.

use super::Findings;
use std::ops::Range;

use super::context::RuleContext;
use crate::diagnostic::{Finding, Span};
use crate::text::{Hit, Part, excerpt};

/// One sentence, as a rule reads it.
pub(crate) struct Sent<'c, 'd, 'a> {
    pub cx: &'c RuleContext<'d, 'a>,
    /// The sentence's index.
    pub s: usize,
    /// Its words.
    pub words: Range<usize>,
}

impl<'c, 'd, 'a> Sent<'c, 'd, 'a> {
    pub(crate) fn new(cx: &'c RuleContext<'d, 'a>, s: usize) -> Self {
        let words = cx.doc().sentences().get(s).map_or(0..0, |x| x.words());
        Sent { cx, s, words }
    }

    /// The words, normalised.
    pub(crate) fn norm(&self, w: usize) -> &'d str {
        self.cx.doc().word_norm(w)
    }

    /// The first word of the sentence in the shared word class (or single-word shared
    /// phrase) `tag`.
    pub(crate) fn shared(&self, tag: u8) -> Option<usize> {
        self.shared_all(tag).next()
    }

    /// Every word of the sentence in the shared class `tag`.
    pub(crate) fn shared_all(&self, tag: u8) -> impl Iterator<Item = usize> + use<'c, 'd, 'a> {
        let doc = self.cx.doc();
        // A sentence without the class is passed over without reading its words.
        let words = if doc.sentence_has(self.s, tag) {
            self.words.clone()
        } else {
            0..0
        };
        words.filter(move |&w| doc.word_is(w, tag))
    }

    /// The first match of the shared lexicon's phrase table `tag` (below 64) in the
    /// sentence.
    pub(crate) fn shared_phrase(&self, tag: u8) -> Option<&'d Hit> {
        self.cx.doc().lexicon_hits_in(self.s, tag).next()
    }

    /// The first word of the sentence in the rule's word-class table `tag`.
    pub(crate) fn own(&self, tag: u8) -> Option<usize> {
        self.all(tag).next()
    }

    /// Every word of the sentence in the rule's word-class table `tag`; for a class the
    /// sentence lacks, nothing, in constant time.
    pub(crate) fn all(&self, tag: u8) -> impl Iterator<Item = usize> + use<'c, 'd, 'a> {
        let cx = self.cx;
        let absent = cx
            .class_bit(tag)
            .is_some_and(|bit| !cx.doc().sentence_has(self.s, bit));
        let words = if absent { 0..0 } else { self.words.clone() };
        words.filter(move |&w| cx.tag_at(tag, w))
    }

    /// The rule's matches of table `tag` in the sentence.
    pub(crate) fn own_hits(&self, tag: u8) -> impl Iterator<Item = &'d Hit> + use<'d> {
        self.cx
            .hits_starting_in(self.words.clone())
            .iter()
            .filter(move |h| h.tag() == tag)
    }

    /// The first match of the rule's table `tag` in the sentence.
    pub(crate) fn own_hit(&self, tag: u8) -> Option<&'d Hit> {
        self.own_hits(tag).next()
    }

    /// True if the sentence ends with a question mark.
    pub(crate) fn question_mark(&self) -> bool {
        let doc = self.cx.doc();
        doc.sentences()
            .get(self.s)
            .is_some_and(|x| x.ending == crate::text::Ending::Question)
    }

    /// True if the sentence asks: a question mark, a question's opening, or an indirect
    /// question or request ("I was wondering…", "please let me know…").
    pub(crate) fn asks(&self) -> bool {
        self.cx.doc().is_question(self.s)
    }

    /// True if a word of the shared class `tag` lies within `window` words of `w`, in
    /// the sentence, on either side.
    pub(crate) fn near_shared(&self, w: usize, window: usize, tag: u8) -> Option<usize> {
        let doc = self.cx.doc();
        let from = w.saturating_sub(window).max(self.words.start);
        let to = (w + window + 1).min(self.words.end);
        (from..to).find(|&v| v != w && doc.word_is(v, tag))
    }

    /// True if word `w` is negated (a negation within `scope` words before it, in its
    /// clause).
    pub(crate) fn negated(&self, w: usize, scope: usize) -> bool {
        self.cx.doc().is_negated(w, scope)
    }

    /// The span of words `range`.
    pub(crate) fn span(&self, range: Range<usize>) -> Span {
        self.cx.doc().words_span(range)
    }
}

/// What a frame found: the words that are its evidence, and what the mistake is.
pub(crate) struct Found {
    /// The words that triggered the finding.
    pub evidence: Span,
    /// What the sentence does, for the message: "This asks about pay or benefits".
    pub label: &'static str,
}

impl Found {
    pub(crate) fn new(evidence: Span, label: &'static str) -> Option<Found> {
        Some(Found { evidence, label })
    }
}

/// Reports each body (or subject) sentence that `judge` finds a mistake in, once, with
/// the sentence's span and a message naming the evidence. Sentences the writer quotes
/// from someone else, and greetings, sign-offs and signatures, are left alone.
pub(crate) fn flag_frames(
    cx: &RuleContext<'_, '_>,
    out: &mut Findings,
    mut judge: impl FnMut(&Sent<'_, '_, '_>) -> Option<Found>,
) {
    let doc = cx.doc();
    for (s, sentence) in doc.sentences().iter().enumerate() {
        if !matches!(sentence.part, Part::Body | Part::Subject) || sentence.words().is_empty() {
            continue;
        }
        // Wholly inside quotation marks: someone else's words.
        if sentence.words().all(|w| doc.in_quotation(w)) {
            continue;
        }
        let sent = Sent::new(cx, s);
        let Some(found) = judge(&sent) else { continue };
        let evidence = excerpt(found.evidence.slice(doc.text()), 40);
        let quoted = excerpt(doc.sentence_text(sentence), 90);
        out.push(Finding::new(
            sentence.span,
            format!("{} (\"{evidence}\"): \"{quoted}\".", found.label),
        ));
    }
}
