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
    pub cues: &'a [Cues],
}

impl Layers<'_> {
    /// Word `w` lower-cased, with curly apostrophes made straight.
    pub(crate) fn norm(&self, w: usize) -> &str {
        let (s, e) = self.norm[w];
        self.buf.get(s as usize..e as usize).unwrap_or("")
    }

    /// True if word `w` belongs to the shared word class `tag`.
    pub(crate) fn is(&self, w: usize, tag: u8) -> bool {
        has(self.cues, w, tag)
    }
}

/// The word-class bits of one word (or, OR-ed, of a sentence): bits below 128 are the
/// shared lexicon's tags, bits from 128 up the rules' word classes.
pub(crate) type Cues = [u64; 4];

/// True if word `w` carries bit `bit` in `cues`.
pub(crate) fn has(cues: &[Cues], w: usize, bit: u8) -> bool {
    cues.get(w)
        .is_some_and(|c| c[usize::from(bit / 64)] & (1 << (bit % 64)) != 0)
}
