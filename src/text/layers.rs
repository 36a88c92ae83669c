//! The layers of a draft that the part finder and the sentence cutter both read.

use super::tokenize::{Line, Word};

/// Lines, words, their normalised forms and their shared-lexicon classes.
pub(crate) struct Layers<'a> {
    pub text: &'a str,
    pub lines: &'a [Line],
    pub words: &'a [Word],
    /// Each word's normalised text, as a range of `buf`.
    pub norm: &'a [(u32, u32)],
    pub buf: &'a str,
    /// Each word's shared-lexicon classes, as bits of `lexicon::cue` tags.
    pub cues: &'a [u64],
}

impl Layers<'_> {
    /// Word `w` lower-cased, with curly apostrophes made straight.
    pub(crate) fn norm(&self, w: usize) -> &str {
        let (s, e) = self.norm[w];
        self.buf.get(s as usize..e as usize).unwrap_or("")
    }

    /// True if word `w` belongs to the shared word class `tag`.
    pub(crate) fn is(&self, w: usize, tag: u8) -> bool {
        tag < 64 && self.cues.get(w).is_some_and(|c| c & (1 << tag) != 0)
    }
}
