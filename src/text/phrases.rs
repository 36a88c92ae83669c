//! Phrase matching: every phrase table compiled into one automaton, scanned once over
//! the draft's normalised word stream.
//!
//! The stream holds each word lower-cased, with curly apostrophes made straight and
//! invisible format characters dropped, separated by single spaces: `" thank you for "`.
//! A phrase is compiled as `" thank you "`, so every match starts and ends on a word
//! boundary, and line breaks, hyphens, runs of spaces and punctuation between words
//! never stop a match. Matches that cross a sentence boundary are dropped later.

use std::collections::HashMap;
use std::ops::Range;

use aho_corasick::{AhoCorasick, MatchKind};

use super::layers::Cues;
use super::tokenize::{self, Word};
use crate::diagnostic::Span;

/// Appends the normalised form of `word` to `out`.
pub(crate) fn normalize_into(word: &str, out: &mut String) {
    if word.is_ascii() {
        let start = out.len();
        out.push_str(word);
        if let Some(tail) = out.get_mut(start..) {
            tail.make_ascii_lowercase();
        }
        return;
    }
    for c in word.chars() {
        match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' | '`' => out.push('\''),
            // Invisible format characters: soft hyphen, zero-width space/joiners, BOM.
            '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}' => {}
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
}

/// Returns the normalised form of a phrase (`"Follow-Up"` → `"follow up"`), or `None`
/// if it holds no word.
#[must_use]
pub fn normalize_phrase(phrase: &str) -> Option<String> {
    let mut lines = Vec::new();
    tokenize::lines(phrase, &mut lines);
    let mut words = Vec::new();
    tokenize::words(phrase, &lines, &mut words);
    if words.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(phrase.len());
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        normalize_into(w.span.slice(phrase), &mut out);
    }
    Some(out)
}

/// A phrase match before it is tied to a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RawHit {
    pub first: u32,
    pub end: u32,
    pub owner: u16,
    pub tag: u8,
    /// The word-class bit the match marks its word with, or [`NO_CLASS`].
    pub class: u8,
}

/// The class of a match that marks no word class.
pub(crate) const NO_CLASS: u8 = u8::MAX;

/// The first tag of a word-class table (see [`PhraseSet::build`]).
pub(crate) const FIRST_CLASS_TAG: u8 = 64;

/// Why a phrase could not be compiled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum PhraseError {
    /// The phrase holds no word.
    Empty(String),
    /// The automaton could not be built (too large).
    Build(String),
}

/// Many phrase tables compiled into one automaton.
#[derive(Clone, Debug)]
pub(crate) struct PhraseSet {
    ac: Option<AhoCorasick>,
    /// Per pattern: the range of `owners` it belongs to and its word count.
    patterns: Vec<(u32, u32, u32)>,
    /// `(owner, tag, class)` triples, grouped by pattern.
    owners: Vec<(u16, u8, u8)>,
    /// The word-class bit of each `(owner, tag)` table that has one.
    classes: Vec<(u16, u8, u8)>,
}

impl PhraseSet {
    /// Compiles `(owner, tag, phrase)` triples. A word ending in `+` stands for all its
    /// forms (see `lemma`); phrases are normalised first; the same phrase in several
    /// tables is compiled once.
    ///
    /// With `word_classes`, a table whose tag is [`FIRST_CLASS_TAG`] or more is a word
    /// class: its single-word entries mark their word with a class bit instead of being
    /// kept as matches. The shared tables' classes keep their tags as bits; other owners'
    /// classes get bits from 255 down to 128, and beyond those 128 stay matches.
    pub(crate) fn build<'p>(
        entries: impl IntoIterator<Item = (u16, u8, &'p str)>,
        word_classes: bool,
    ) -> Result<PhraseSet, PhraseError> {
        let mut by_phrase: HashMap<String, Vec<(u16, u8)>> = HashMap::new();
        let mut order: Vec<String> = Vec::new();
        for (owner, tag, phrase) in entries {
            // `pay+` stands for every form of the word.
            for form in super::lemma::expand(phrase) {
                let norm =
                    normalize_phrase(&form).ok_or_else(|| PhraseError::Empty(phrase.into()))?;
                let slot = by_phrase.entry(norm.clone()).or_insert_with(|| {
                    order.push(norm);
                    Vec::new()
                });
                if !slot.contains(&(owner, tag)) {
                    slot.push((owner, tag));
                }
            }
        }
        // Class bits: the shared tables' own tags, then the rules' from the top down.
        let mut classes: Vec<(u16, u8, u8)> = Vec::new();
        if word_classes {
            let mut tables: Vec<(u16, u8)> = by_phrase
                .values()
                .flatten()
                .copied()
                .filter(|&(_, tag)| tag >= FIRST_CLASS_TAG)
                .collect();
            tables.sort_unstable();
            tables.dedup();
            let shared_top = tables
                .iter()
                .filter(|t| t.0 == 0)
                .map(|t| t.1)
                .max()
                .unwrap_or(FIRST_CLASS_TAG - 1);
            // Rules' classes take the bits from 255 down, above the shared tags.
            let mut next = Some(u8::MAX);
            for (owner, tag) in tables {
                if owner == 0 && tag < 128 {
                    classes.push((owner, tag, tag));
                } else if let Some(bit) = next.filter(|&b| owner != 0 && b > shared_top.max(127)) {
                    classes.push((owner, tag, bit));
                    next = bit.checked_sub(1);
                }
            }
        }
        let class_of = |owner: u16, tag: u8, words: usize| {
            if words != 1 {
                return NO_CLASS;
            }
            classes
                .iter()
                .find(|c| c.0 == owner && c.1 == tag)
                .map_or(NO_CLASS, |c| c.2)
        };
        let mut patterns = Vec::with_capacity(order.len());
        let mut owners = Vec::new();
        let mut compiled = Vec::with_capacity(order.len());
        for phrase in &order {
            let start = owners.len() as u32;
            let words = phrase.split(' ').count();
            owners.extend(
                by_phrase[phrase]
                    .iter()
                    .map(|&(o, t)| (o, t, class_of(o, t, words))),
            );
            patterns.push((start, owners.len() as u32, words as u32));
            compiled.push(format!(" {phrase} "));
        }
        let ac = if compiled.is_empty() {
            None
        } else {
            Some(
                AhoCorasick::builder()
                    .match_kind(MatchKind::Standard)
                    .build(&compiled)
                    .map_err(|e| PhraseError::Build(e.to_string()))?,
            )
        };
        Ok(PhraseSet {
            ac,
            patterns,
            owners,
            classes,
        })
    }

    /// Returns the word-class bit of table `tag` of `owner`, if it is a word class.
    pub(crate) fn class_of(&self, owner: u16, tag: u8) -> Option<u8> {
        self.classes
            .iter()
            .find(|c| c.0 == owner && c.1 == tag)
            .map(|c| c.2)
    }

    /// Scans the normalised stream `buf` of `words`, appending every match, and marking
    /// in `cues` each word's classes: the word classes it belongs to (which are not
    /// appended) and the tags of the shared tables' single-word phrases.
    pub(crate) fn scan(
        &self,
        buf: &str,
        words: &[Word],
        norm: &[(u32, u32)],
        out: &mut Vec<RawHit>,
        cues: &mut [Cues],
    ) {
        let Some(ac) = &self.ac else { return };
        debug_assert_eq!(words.len(), norm.len());
        // Matches come in order of their ends, so their first words are close to one
        // another: walk a cursor instead of searching the whole list each time.
        let mut first = 0usize;
        for m in ac.find_overlapping_iter(buf) {
            // The match starts at the space before its first word.
            let at = m.start() as u32 + 1;
            while first < norm.len() && norm[first].0 < at {
                first += 1;
            }
            while first > 0 && norm[first - 1].0 >= at {
                first -= 1;
            }
            let (o_start, o_end, n) = self.patterns[m.pattern().as_usize()];
            let end = first + n as usize;
            if end > words.len() {
                continue;
            }
            for &(owner, tag, class) in &self.owners[o_start as usize..o_end as usize] {
                let bit = if class != NO_CLASS {
                    class
                } else if owner == 0 && n == 1 && tag < FIRST_CLASS_TAG {
                    tag
                } else {
                    NO_CLASS
                };
                if bit != NO_CLASS {
                    if let Some(c) = cues.get_mut(first) {
                        c[usize::from(bit / 64)] |= 1 << (bit % 64);
                    }
                }
                // A word class marks its words; no match is kept.
                if class != NO_CLASS {
                    continue;
                }
                out.push(RawHit {
                    first: first as u32,
                    end: end as u32,
                    owner,
                    tag,
                    class,
                });
            }
        }
    }
}

/// A phrase-table match: a run of words, tied to the sentence it lies in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Hit {
    pub(crate) first: u32,
    pub(crate) end: u32,
    pub(crate) sentence: u32,
    pub(crate) owner: u16,
    pub(crate) tag: u8,
    /// The tags of every match of the same owner in the same sentence, as bits.
    pub(crate) mask: u64,
}

impl Hit {
    /// Returns the tag of the phrase table that matched.
    #[must_use]
    pub const fn tag(&self) -> u8 {
        self.tag
    }

    /// Returns the indices of the matched words.
    #[must_use]
    pub fn words(&self) -> Range<usize> {
        self.first as usize..self.end as usize
    }

    /// Returns the index of the first matched word.
    #[must_use]
    pub const fn first_word(&self) -> usize {
        self.first as usize
    }

    /// Returns the index one past the last matched word.
    #[must_use]
    pub const fn end_word(&self) -> usize {
        self.end as usize
    }

    /// Returns the index of the sentence the match lies in.
    #[must_use]
    pub const fn sentence(&self) -> usize {
        self.sentence as usize
    }

    /// Returns true if and only if a match of the same phrase tables with `tag` lies in
    /// the same sentence (this one included). Constant time.
    #[must_use]
    pub const fn sentence_has(&self, tag: u8) -> bool {
        tag < 64 && self.mask & (1 << tag) != 0
    }
}

/// The normalised word stream `" w1 w2 w3 "` of `words`, and each word's range in it.
pub(crate) fn normalized_stream(text: &str, words: &[Word]) -> (String, Vec<(u32, u32)>) {
    let mut buf = String::with_capacity(text.len() + 2);
    let mut norm = Vec::with_capacity(words.len());
    buf.push(' ');
    for word in words {
        let start = buf.len() as u32;
        normalize_into(word.span.slice(text), &mut buf);
        norm.push((start, buf.len() as u32));
        buf.push(' ');
    }
    (buf, norm)
}

/// Ties matches to the sentences their words lie in (`word_sentence`, `u32::MAX` for a
/// quoted word), drops those in quoted replies or across a sentence boundary, and
/// groups them by owner in text order. Returns the hits and where each owner's start
/// (one more entry than owners). Each hit learns the tags its owner matched in the same
/// sentence.
/// Above this many hits, [`group`] sorts them in place rather than into a second buffer.
const IN_PLACE_ABOVE: usize = 1 << 16;

pub(crate) fn group(
    raw: Vec<RawHit>,
    word_sentence: &[u32],
    owners: usize,
) -> (Vec<Hit>, Vec<u32>) {
    let mut counts = vec![0u32; owners + 1];
    let mut kept = Vec::with_capacity(raw.len());
    for h in raw {
        let (first, end) = (h.first as usize, h.end as usize);
        let s = word_sentence[first];
        if s == u32::MAX || word_sentence[end - 1] != s || (h.owner as usize) >= owners {
            continue;
        }
        counts[h.owner as usize + 1] += 1;
        kept.push(Hit {
            first: h.first,
            end: h.end,
            sentence: s,
            owner: h.owner,
            tag: h.tag,
            mask: 0,
        });
    }
    for i in 1..counts.len() {
        counts[i] += counts[i - 1];
    }
    let owner_starts = counts.clone();
    // By owner, each owner's run by start. Hits with equal keys are equal in every field.
    let mut hits = if kept.len() <= IN_PLACE_ABOVE {
        // A counting sort by owner, then a sort of each (short) run: fast.
        let mut hits = vec![Hit::default(); kept.len()];
        for h in kept {
            let slot = &mut counts[h.owner as usize];
            hits[*slot as usize] = h;
            *slot += 1;
        }
        for o in 0..owners {
            hits[owner_starts[o] as usize..owner_starts[o + 1] as usize]
                .sort_unstable_by_key(|h| (h.first, h.end, h.tag));
        }
        hits
    } else {
        // In place, so that a draft with millions of hits holds one copy of them.
        let mut hits = kept;
        hits.sort_unstable_by_key(|h| (h.owner, h.first, h.end, h.tag));
        hits
    };
    for o in 0..owners {
        let run = &mut hits[owner_starts[o] as usize..owner_starts[o + 1] as usize];
        for group in run.chunk_by_mut(|a, b| a.sentence == b.sentence) {
            let mask = group
                .iter()
                .fold(0u64, |m, h| if h.tag < 64 { m | 1 << h.tag } else { m });
            for h in group {
                h.mask = mask;
            }
        }
    }
    (hits, owner_starts)
}

/// Matches `sets` against `text` on its own (a subject line given apart from the draft),
/// appending every match.
pub(crate) fn scan_apart(text: &str, sets: &[&PhraseSet], out: &mut Vec<RawHit>) {
    let mut lines = Vec::new();
    tokenize::lines(text, &mut lines);
    let mut words = Vec::new();
    tokenize::words(text, &lines, &mut words);
    let (buf, norm) = normalized_stream(text, &words);
    let mut cues = vec![[0u64; 4]; words.len()];
    for set in sets {
        set.scan(&buf, &words, &norm, out, &mut cues);
    }
}

/// Returns the span from the first to the last word of a match.
pub(crate) fn words_span(words: &[Word], first: usize, end: usize) -> Span {
    match (
        words.get(first),
        end.checked_sub(1).and_then(|e| words.get(e)),
    ) {
        (Some(a), Some(b)) => Span::new(a.span.start, b.span.end),
        _ => Span::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_case_apostrophes_hyphens_and_space() {
        assert_eq!(normalize_phrase("Follow-Up"), Some("follow up".into()));
        assert_eq!(normalize_phrase("I’m  GLAD"), Some("i'm glad".into()));
        assert_eq!(normalize_phrase(" Thank\nyou! "), Some("thank you".into()));
        assert_eq!(normalize_phrase("soft\u{ad}ware"), Some("software".into()));
        assert_eq!(normalize_phrase(" , "), None);
    }

    #[test]
    fn dedupes_phrases_shared_by_tables() {
        let set = PhraseSet::build(
            [(1, 0, "thank you"), (2, 3, "Thank you"), (1, 1, "thanks")],
            true,
        )
        .expect("builds");
        assert_eq!(set.patterns.len(), 2);
    }
}
