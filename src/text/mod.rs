//! The document model: a draft analysed once (lines, words, parts, sentences, template
//! slots and phrase matches) and shared by every rule.

#[cfg(feature = "spelling")]
pub(crate) mod dictionary;
mod kind;
mod layers;
pub(crate) mod lemma;
pub(crate) mod lexicon;
mod parts;
pub(crate) mod phrases;
mod placeholder;
mod sentences;
mod tokenize;

use std::ops::Range;

pub use parts::{Greeting, Part, Parts};
pub use phrases::normalize_phrase;
pub use sentences::{Ending, Sentence};
pub(crate) use tokenize::Line;
pub use tokenize::Word;

pub use phrases::Hit;
pub(crate) use phrases::{PhraseError, PhraseSet};
pub(crate) use tokenize::flag;

use crate::diagnostic::Span;
use crate::draft::{Context, Draft, MessageKind};
use layers::Cues;
use lexicon::cue;
use phrases::RawHit;

/// The owner id of the shared phrase tables in a [`PhraseSet`].
pub(crate) const SHARED_OWNER: u16 = 0;

/// The empty context used when a draft has none.
static EMPTY_CONTEXT: Context = Context {
    applicant_name: None,
    interviewer_names: Vec::new(),
    company: None,
    role: None,
    interview_date: None,
    topics: Vec::new(),
    skills: Vec::new(),
    other_companies: Vec::new(),
    stage: None,
};

/// A draft analysed once: its lines, words, sentences, parts, template slots and the
/// matches of every phrase table.
///
/// Rules read from it; none of them scans the text again for what is here.
#[derive(Debug)]
#[non_exhaustive]
pub struct Document<'a> {
    text: &'a str,
    context: &'a Context,
    kind: MessageKind,
    kind_given: bool,
    subject: Option<&'a str>,
    /// Phrase matches in the subject given apart from the text.
    subject_hits: Vec<RawHit>,
    stage: crate::Stage,
    truncated_from: Option<usize>,
    lines: Vec<Line>,
    words: Vec<Word>,
    /// Each word's normalised text, as a range of `buf`.
    norm: Vec<(u32, u32)>,
    buf: String,
    sentences: Vec<Sentence>,
    word_sentence: Vec<u32>,
    parts: Parts,
    placeholders: Vec<Span>,
    /// Each word's classes in the shared lexicon, as bits of [`lexicon::cue`] tags.
    cues: Vec<Cues>,
    /// Each sentence's word classes, the union of its words' `cues`: a frame that needs
    /// a class the sentence lacks is passed over in constant time.
    sentence_cues: Vec<Cues>,
    /// Matches sorted by owner, then by first word.
    hits: Vec<Hit>,
    /// Where each owner's matches start in `hits`; one more entry than owners.
    owner_starts: Vec<u32>,
}

impl<'a> Document<'a> {
    /// Analyses `text` (the draft's text, or its start up to the size limit when the
    /// whole draft is `truncated_from` bytes long) in one pass per layer, matching the
    /// phrase tables of `sets`, and detects the draft's kind if it was not given.
    ///
    /// `owners` is one more than the largest owner id used by `sets`.
    pub(crate) fn analyze(
        text: &'a str,
        draft: &Draft<'a>,
        sets: &[&PhraseSet],
        owners: usize,
        truncated_from: Option<usize>,
    ) -> Document<'a> {
        let mut lines = Vec::with_capacity(text.len() / 48 + 1);
        tokenize::lines(text, &mut lines);
        let mut words = Vec::with_capacity(text.len() / 5 + 1);
        tokenize::words(text, &lines, &mut words);
        // The estimate above is exceeded by drafts of one-letter words; give back what
        // the doubling left over before the per-word tables are allocated.
        if words.capacity() > words.len() + words.len() / 2 + 4096 {
            words.shrink_to_fit();
        }
        // Lines learn their words.
        let mut w = 0;
        for (i, line) in lines.iter_mut().enumerate() {
            line.first_word = w;
            while w < words.len() && words[w].line() == i {
                w += 1;
            }
            line.end_word = w;
        }

        let (buf, norm) = phrases::normalized_stream(text, &words);

        // Each word's classes (the word classes it belongs to, and the tags of the shared
        // lexicon's single-word phrases) are marked as the phrase sets are matched.
        let mut cues = vec![[0u64; 4]; words.len()];
        let mut raw = Vec::with_capacity(words.len() / 2 + 8);
        for set in sets {
            set.scan(&buf, &words, &norm, &mut raw, &mut cues);
        }

        let mut placeholders = Vec::new();
        placeholder::find(
            text,
            &placeholder::Words {
                words: &words,
                cues: &cues,
            },
            &mut placeholders,
        );
        mark_placeholders(&placeholders, &mut words);

        let quoted = parts::mark_quoted(text, &lines, &mut words);
        tokenize::mark_urls(text, &mut words);

        let mut shared: Vec<RawHit> = raw
            .iter()
            .filter(|h| h.owner == SHARED_OWNER)
            .copied()
            .collect();
        shared.sort_by_key(|h| (h.first, h.end));
        let mut part_of = Vec::with_capacity(words.len());
        let layers = layers::Layers {
            text,
            lines: &lines,
            words: &words,
            norm: &norm,
            buf: &buf,
            cues: &cues,
        };
        let parts = parts::find(
            &parts::Input {
                layers: &layers,
                shared: &shared,
            },
            &quoted,
            &mut part_of,
        );
        let mut sentences = Vec::with_capacity(words.len() / 12 + 4);
        let mut word_sentence = Vec::with_capacity(words.len());
        sentences::cut(
            &sentences::Input {
                layers: &layers,
                part_of: &part_of,
            },
            &mut sentences,
            &mut word_sentence,
        );

        let (hits, owner_starts) = phrases::group(raw, &word_sentence, owners);
        let shared_end = owner_starts.get(1).map_or(0, |&e| e as usize);
        mark_shared_cues(&hits[..shared_end], &mut words, &mut sentences);
        mark_first_person(&words, &cues, &mut sentences);
        mark_quotations(text, &mut words, &sentences);
        let sentence_cues = sentences
            .iter()
            .map(|s| {
                cues.get(s.words())
                    .unwrap_or_default()
                    .iter()
                    .fold([0u64; 4], |a, c| std::array::from_fn(|i| a[i] | c[i]))
            })
            .collect();

        let mut subject_hits = Vec::new();
        if let Some(subject) = draft.subject {
            phrases::scan_apart(subject, sets, &mut subject_hits);
        }
        let context = draft.context.unwrap_or(&EMPTY_CONTEXT);
        let stage = context.stage.unwrap_or_else(|| {
            let offer = hits[..shared_end].iter().any(|h| {
                h.tag == cue::OFFER_RECEIVED
                    && matches!(sentences[h.sentence()].part, Part::Body | Part::Subject)
            });
            if offer {
                crate::Stage::OfferReceived
            } else {
                crate::Stage::AfterInterview
            }
        });
        let (kind, kind_given) = match draft.kind {
            Some(k) => (k, true),
            None => (
                kind::detect(&sentences, &parts, &hits[..shared_end], stage),
                false,
            ),
        };
        Document {
            text,
            context,
            kind,
            kind_given,
            subject: draft.subject,
            subject_hits,
            stage,
            truncated_from,
            lines,
            words,
            norm,
            buf,
            sentences,
            word_sentence,
            parts,
            placeholders,
            cues,
            sentence_cues,
            hits,
            owner_starts,
        }
    }

    /// Returns the length of the whole draft if it was longer than the size limit and
    /// only [`Document::text`], its start, was analysed.
    #[must_use]
    pub fn truncated_from(&self) -> Option<usize> {
        self.truncated_from
    }

    /// Returns the subject the caller gave with [`Draft::subject`](crate::Draft::subject),
    /// which is not part of the text (a `Subject:` line in the text is in
    /// [`Parts::subject`]).
    #[must_use]
    pub fn given_subject(&self) -> Option<&'a str> {
        self.subject
    }

    /// Returns true if and only if a phrase of table `tag` of the rule with phrase-set
    /// owner `owner` occurs in the subject given apart from the text.
    pub(crate) fn given_subject_has(&self, owner: u16, tag: u8) -> bool {
        self.subject_hits
            .iter()
            .any(|h| h.owner == owner && h.tag == tag)
    }

    /// Returns the text being checked.
    #[must_use]
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// Returns the kind of message (given by the caller or detected).
    #[must_use]
    pub fn kind(&self) -> MessageKind {
        self.kind
    }

    /// Returns true if and only if the caller gave the kind (it was not detected).
    #[must_use]
    pub fn kind_given(&self) -> bool {
        self.kind_given
    }

    /// Returns what the writer knows about the interview (empty if nothing was given).
    #[must_use]
    pub fn context(&self) -> &'a Context {
        self.context
    }

    /// Returns the lines of the text.
    #[must_use]
    pub(crate) fn lines(&self) -> &[Line] {
        &self.lines
    }

    /// Returns the words of the text, quoted replies included.
    #[must_use]
    pub fn words(&self) -> &[Word] {
        &self.words
    }

    /// Returns the sentences and structural units, in text order, quoted replies left out.
    #[must_use]
    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    /// Returns the body sentences only.
    pub fn body_sentences(&self) -> impl Iterator<Item = (usize, &Sentence)> {
        self.sentences
            .iter()
            .enumerate()
            .filter(|(_, s)| s.part == Part::Body)
    }

    /// Returns where the subject, greeting, body, sign-off and signature are.
    #[must_use]
    pub fn parts(&self) -> &Parts {
        &self.parts
    }

    /// Returns the template slots left in the text (`[Name]`, `{company}`, `____`, …).
    #[must_use]
    pub fn placeholders(&self) -> &[Span] {
        &self.placeholders
    }

    /// Returns the template slots lying inside `span`, in order. Logarithmic time.
    #[must_use]
    pub fn placeholders_in(&self, span: Span) -> &[Span] {
        let a = self.placeholders.partition_point(|p| p.start < span.start);
        let b = self.placeholders.partition_point(|p| p.start < span.end);
        let inside = &self.placeholders[a..b.max(a)];
        let n = inside.iter().take_while(|p| p.end <= span.end).count();
        &inside[..n]
    }

    /// Returns the template slot holding `span`, if any. Logarithmic time.
    #[must_use]
    pub fn placeholder_around(&self, span: Span) -> Option<Span> {
        let i = self.placeholders.partition_point(|p| p.start <= span.start);
        i.checked_sub(1)
            .map(|i| self.placeholders[i])
            .filter(|p| p.contains(span))
    }

    /// Returns the text of word `i` as written (empty if there is no such word).
    #[must_use]
    pub fn word_text(&self, i: usize) -> &'a str {
        self.words.get(i).map_or("", |w| w.span.slice(self.text))
    }

    /// Returns word `i` lower-cased, with curly apostrophes made straight.
    #[must_use]
    pub fn word_norm(&self, i: usize) -> &str {
        self.norm
            .get(i)
            .and_then(|&(s, e)| self.buf.get(s as usize..e as usize))
            .unwrap_or("")
    }

    /// Returns the normalised words `range` joined by single spaces.
    #[must_use]
    pub fn norm_range(&self, range: Range<usize>) -> &str {
        if range.is_empty() || range.end > self.norm.len() {
            return "";
        }
        let start = self.norm[range.start].0 as usize;
        let end = self.norm[range.end - 1].1 as usize;
        self.buf.get(start..end).unwrap_or("")
    }

    /// Returns the indices of the words lying wholly inside `span`. Logarithmic time.
    #[must_use]
    pub fn words_in(&self, span: Span) -> Range<usize> {
        let first = self.words.partition_point(|w| w.span.start < span.start);
        let end = self.words.partition_point(|w| w.span.end <= span.end);
        first..end.max(first)
    }

    /// Returns the normalised words lying wholly inside `span`, joined by single spaces
    /// (no allocation: a slice of the normalised stream).
    #[must_use]
    pub fn norm_of(&self, span: Span) -> &str {
        self.norm_range(self.words_in(span))
    }

    /// Returns the text of a sentence.
    #[must_use]
    pub fn sentence_text(&self, s: &Sentence) -> &'a str {
        s.span.slice(self.text)
    }

    /// Returns the index of the sentence word `w` belongs to, if it is not quoted.
    #[must_use]
    pub fn sentence_of(&self, w: usize) -> Option<usize> {
        self.word_sentence
            .get(w)
            .filter(|&&s| s != u32::MAX)
            .map(|&s| s as usize)
    }

    /// Returns the span covering words `range`.
    #[must_use]
    pub fn words_span(&self, range: Range<usize>) -> Span {
        phrases::words_span(&self.words, range.start, range.end)
    }

    /// Returns the span of a phrase match.
    #[must_use]
    pub fn hit_span(&self, hit: &Hit) -> Span {
        self.words_span(hit.words())
    }

    /// Returns the matches of one owner's phrase tables, in text order.
    pub(crate) fn hits_of(&self, owner: u16) -> &[Hit] {
        let o = owner as usize;
        match (self.owner_starts.get(o), self.owner_starts.get(o + 1)) {
            (Some(&a), Some(&b)) => &self.hits[a as usize..b as usize],
            _ => &[],
        }
    }

    /// Returns true if and only if word `w` belongs to the shared-lexicon word class
    /// `tag` (a [`lexicon::cue`] tag of a single-word entry). Constant time.
    pub(crate) fn word_is(&self, w: usize, tag: u8) -> bool {
        layers::has(&self.cues, w, tag)
    }

    /// Returns true if and only if some word of sentence `s` has cue or class bit `bit`
    /// (a shared tag or a rule's class bit). Constant time.
    pub(crate) fn sentence_has(&self, s: usize, bit: u8) -> bool {
        layers::has(&self.sentence_cues, s, bit)
    }

    /// Returns true if and only if word `w` carries word-class bit `bit` (a rule's word
    /// class, as its phrase set assigned it).
    pub(crate) fn word_has_class(&self, w: usize, bit: u8) -> bool {
        layers::has(&self.cues, w, bit)
    }

    /// Returns the matches of the shared lexicon's phrase table `tag` (below 64) that lie
    /// in sentence `s`, in text order. Logarithmic time to the first.
    pub(crate) fn lexicon_hits_in(&self, s: usize, tag: u8) -> impl Iterator<Item = &Hit> {
        let shared = self.hits_of(SHARED_OWNER);
        let words = self.sentences.get(s).map_or(0..0, Sentence::words);
        let i = shared.partition_point(|h| h.first_word() < words.start);
        shared[i..]
            .iter()
            .take_while(move |h| h.first_word() < words.end)
            .filter(move |h| h.tag == tag)
    }

    /// Returns where the candidate stands: as the context says, or, when it does not,
    /// `offer-received` if the draft thanks for or accepts an offer, else
    /// `after-interview`.
    #[must_use]
    pub fn stage(&self) -> crate::Stage {
        self.stage
    }

    /// Returns the matches of the shared lexicon's tables `tags`, in text order.
    pub(crate) fn lexicon_hits(&self, tags: &[u8]) -> impl Iterator<Item = &Hit> {
        self.hits_of(SHARED_OWNER)
            .iter()
            .filter(move |h| tags.contains(&h.tag))
    }

    /// Returns true if and only if an entry of the shared lexicon table `tag` covers
    /// exactly the words of `span` (a greeting's opener, a sign-off). Logarithmic time.
    pub(crate) fn shared_phrase_is(&self, span: Span, tag: u8) -> bool {
        let Range { start: first, end } = self.words_in(span);
        let shared = self.hits_of(SHARED_OWNER);
        let i = shared.partition_point(|h| h.first_word() < first);
        shared[i..]
            .iter()
            .take_while(|h| h.first_word() == first)
            .any(|h| h.tag == tag && h.end_word() == end)
    }

    /// Returns true if and only if word `w` is the pronoun "I" or one of its contractions
    /// ("I'm", "I've", "I'd", "I'll"), in any case.
    #[must_use]
    pub fn is_pronoun_i(&self, w: usize) -> bool {
        self.word_is(w, cue::PRONOUN_I)
    }

    /// Returns true if and only if the sentence asks something: it ends with `?`, opens
    /// like a question ("Could you…", "What is…"), or asks indirectly ("I was wondering
    /// if…", "please let me know…").
    #[must_use]
    pub fn is_question(&self, s: usize) -> bool {
        self.sentences.get(s).is_some_and(|sentence| sentence.asks)
    }

    /// Returns true if and only if a negation ("not", "never", "don't", …) comes within
    /// `window` words before word `w`, in the same sentence and clause.
    #[must_use]
    pub fn is_negated(&self, w: usize, window: usize) -> bool {
        let Some(s) = self.sentence_of(w) else {
            return false;
        };
        let from = self.sentences[s].first.max(w.saturating_sub(window));
        for v in (from..w).rev() {
            // A clause boundary between the negation and the word ends its reach.
            if self.clause_break(v + 1) {
                return false;
            }
            if self.words[v].has(flag::NEGATION) {
                return true;
            }
        }
        false
    }

    /// Returns true if and only if word `w` negates ("not", "never", "no", "don't").
    pub(crate) fn is_negation_word(&self, w: usize) -> bool {
        self.words.get(w).is_some_and(|x| x.has(flag::NEGATION))
    }

    /// True if a clause boundary (a semicolon, a dash, or a comma before "but") comes
    /// right before word `w`.
    fn clause_break(&self, w: usize) -> bool {
        let gap = self.gap_before(w);
        gap.contains([';', '\u{2014}', '\u{2013}'])
            || (gap.contains(',') && self.word_is(w, cue::CONTRAST))
    }

    /// Returns true if and only if word `w` is "would", "I'd", "if" or another word that
    /// turns a statement into a wish or a condition.
    #[must_use]
    pub fn is_conditional(&self, w: usize) -> bool {
        self.words.get(w).is_some_and(|x| x.has(flag::CONDITIONAL))
    }

    /// Returns the text between word `w - 1` and word `w`.
    #[must_use]
    pub fn gap_before(&self, w: usize) -> &'a str {
        let end = self.words.get(w).map_or(self.text.len(), |x| x.span.start);
        let start = w
            .checked_sub(1)
            .and_then(|p| self.words.get(p))
            .map_or(0, |x| x.span.end);
        self.text.get(start..end).unwrap_or("")
    }

    /// Returns true if and only if word `w` lies between quotation marks in its sentence
    /// ("a “thanks, but no thanks” email"): quoted or reported words, not the writer's own.
    #[must_use]
    pub fn in_quotation(&self, w: usize) -> bool {
        self.words.get(w).is_some_and(|x| x.has(flag::QUOTATION))
    }

    /// Returns true if and only if sentence `s` speaks in the first person (I, me, my, we).
    #[must_use]
    pub fn is_first_person(&self, s: usize) -> bool {
        self.sentences
            .get(s)
            .is_some_and(|sentence| sentence.first_person)
    }

    /// Returns the normalised words of sentence `s` from word `from` on, at most `n` of them.
    pub fn next_words(&self, from: usize, n: usize) -> impl Iterator<Item = (usize, &str)> {
        let end = self
            .sentence_of(from)
            .map_or(from, |s| self.sentences[s].end)
            .min(from.saturating_add(n));
        (from..end).map(move |w| (w, self.word_norm(w)))
    }

    /// Returns the normalised words of word `to`'s sentence before it, at most `n` of
    /// them, nearest first.
    pub fn previous_words(&self, to: usize, n: usize) -> impl Iterator<Item = (usize, &str)> {
        let first = self.sentence_of(to).map_or(to, |s| self.sentences[s].first);
        let start = first.max(to.saturating_sub(n));
        (start..to).rev().map(move |w| (w, self.word_norm(w)))
    }

    /// Returns true if and only if the draft holds no word outside quoted replies.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.sentences.is_empty()
    }

    /// Returns the number of words of the message proper: its body, greeting and
    /// sign-off (not its subject, signature or quoted replies).
    #[must_use]
    pub fn message_word_count(&self) -> usize {
        self.sentences
            .iter()
            .filter(|s| matches!(s.part, Part::Body | Part::Greeting | Part::Closing))
            .map(|s| s.words().len())
            .sum()
    }

    /// Returns the number of words outside quoted replies.
    #[must_use]
    pub fn word_count(&self) -> usize {
        self.words.iter().filter(|w| !w.has(flag::QUOTED)).count()
    }

    /// Returns the zero-width span where body text starts (after the greeting).
    #[must_use]
    pub fn body_start(&self) -> Span {
        Span::empty(self.parts.body.start)
    }

    /// Returns the zero-width span right after the last body sentence: after its end
    /// punctuation and any closing quote or bracket, so that text inserted here never
    /// lands inside a sentence or a `[slot]`.
    #[must_use]
    pub fn body_end(&self) -> Span {
        let end = self
            .body_sentences()
            .last()
            .map_or(self.parts.body.end, |(_, s)| s.span.end)
            .max(self.parts.body.end)
            .min(self.text.len());
        let rest = self.text.get(end..).unwrap_or("");
        let closers = rest
            .trim_start_matches(['"', '\'', ')', ']', '}', '\u{201D}', '\u{2019}'])
            .len();
        Span::empty(end + rest.len() - closers)
    }

    /// True if the body has no sentence, or its last sentence has no end punctuation:
    /// a sentence added at [`Document::body_end`] then starts a paragraph of its own.
    pub(crate) fn body_ends_open(&self) -> bool {
        self.body_sentences()
            .last()
            .is_none_or(|(_, s)| matches!(s.ending, Ending::None | Ending::Comma))
    }
}

/// Returns `text` with runs of white space folded to one space, cut to at most `max`
/// chars on a char boundary, with "…" if it was cut. For quoting text in messages.
#[must_use]
pub(crate) fn excerpt(text: &str, max: usize) -> String {
    let mut out = String::with_capacity(text.len().min(max * 4));
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
    match out.char_indices().nth(max) {
        None => out,
        Some((cut, _)) => format!("{}…", out[..cut].trim_end()),
    }
}

/// Flags negation and condition words, and marks the sentences that ask something.
fn mark_shared_cues(shared: &[Hit], words: &mut [Word], sentences: &mut [Sentence]) {
    for s in sentences.iter_mut() {
        s.asks = s.ending == Ending::Question;
    }
    for h in shared {
        let s = h.sentence as usize;
        match h.tag {
            cue::NEGATION => {
                for w in &mut words[h.first as usize..h.end as usize] {
                    w.flags |= flag::NEGATION;
                }
            }
            cue::CONDITIONAL => {
                for w in &mut words[h.first as usize..h.end as usize] {
                    w.flags |= flag::CONDITIONAL;
                }
            }
            cue::ASKING => sentences[s].asks = true,
            cue::QUESTION_OPENER if h.first as usize == sentences[s].first => {
                sentences[s].asks = true
            }
            _ => {}
        }
    }
}

/// Marks the sentences that speak in the first person.
fn mark_first_person(words: &[Word], cues: &[Cues], sentences: &mut [Sentence]) {
    for s in sentences.iter_mut() {
        s.first_person = (s.first..s.end)
            .any(|w| layers::has(cues, w, cue::FIRST_PERSON) && !words[w].is_placeholder());
    }
}

/// Flags the words between quotation marks, sentence by sentence, in one pass.
fn mark_quotations(text: &str, words: &mut [Word], sentences: &[Sentence]) {
    for s in sentences {
        let mut straight = 0usize;
        let mut curly = 0isize;
        let mut at = s.span.start;
        for word in &mut words[s.first..s.end] {
            let gap = text.get(at..word.span.start).unwrap_or("");
            for c in gap.chars() {
                match c {
                    '"' => straight += 1,
                    '\u{201C}' => curly += 1,
                    '\u{201D}' => curly -= 1,
                    _ => {}
                }
            }
            if straight % 2 == 1 || curly > 0 {
                word.flags |= flag::QUOTATION;
            }
            at = word.span.end;
        }
    }
}

/// Flags the words that lie inside a template slot.
fn mark_placeholders(slots: &[Span], words: &mut [Word]) {
    let mut i = 0;
    for w in words.iter_mut() {
        while i < slots.len() && slots[i].end <= w.span.start {
            i += 1;
        }
        if i < slots.len() && slots[i].start <= w.span.start && w.span.end <= slots[i].end {
            w.flags |= flag::PLACEHOLDER;
        }
    }
}
