//! Lines and words, found in one pass over the bytes.
//!
//! ASCII stretches take a fast path; a stretch holding any other character (up to the
//! next ASCII white space) is handed to `unicode-segmentation`, which knows combining
//! marks, emoji sequences and the many scripts a byte loop does not.

use unicode_segmentation::UnicodeSegmentation;

use crate::diagnostic::Span;

/// One line of the text, without its line break.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Line {
    /// The bytes of the line, without the line break.
    pub(crate) span: Span,
    /// Index of the first word on the line.
    pub(crate) first_word: usize,
    /// Index one past the last word on the line.
    pub(crate) end_word: usize,
}

impl Line {
    /// Returns true if and only if the line holds no word.
    #[must_use]
    pub(crate) fn is_blank(&self) -> bool {
        self.first_word == self.end_word
    }

    /// Returns the index of the first word on the line (the next line's first word if
    /// the line is blank).
    #[must_use]
    pub(crate) fn first_word_index(&self) -> usize {
        self.first_word
    }

    /// Returns the number of words on the line.
    #[must_use]
    pub(crate) fn word_count(&self) -> usize {
        self.end_word - self.first_word
    }
}

/// Bit flags describing a word's letters.
pub(crate) mod flag {
    /// The first character is an upper-case letter.
    pub(crate) const UPPER_FIRST: u16 = 1;
    /// Some letter is upper case.
    pub(crate) const HAS_UPPER: u16 = 1 << 1;
    /// Some letter is lower case.
    pub(crate) const HAS_LOWER: u16 = 1 << 2;
    /// Some character is a digit.
    pub(crate) const HAS_DIGIT: u16 = 1 << 3;
    /// The word holds a character outside ASCII.
    pub(crate) const NON_ASCII: u16 = 1 << 4;
    /// The word holds an apostrophe (straight or curly).
    pub(crate) const APOSTROPHE: u16 = 1 << 5;
    /// The word lies inside a template slot such as `[Company]`.
    pub(crate) const PLACEHOLDER: u16 = 1 << 6;
    /// The word lies in a quoted reply (`> ` lines or below an "… wrote:" line).
    pub(crate) const QUOTED: u16 = 1 << 7;
    /// The word is part of a URL or an email address.
    pub(crate) const URL: u16 = 1 << 9;
    /// The word negates: "not", "never", "don't".
    pub(crate) const NEGATION: u16 = 1 << 10;
    /// The word makes a wish or a condition: "would", "I'd", "if".
    pub(crate) const CONDITIONAL: u16 = 1 << 11;
    /// The word lies between quotation marks.
    pub(crate) const QUOTATION: u16 = 1 << 12;
}

/// One word: letters, digits and the apostrophes and dots joining them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Word {
    /// The bytes of the word.
    pub span: Span,
    /// Index of the line the word is on.
    pub(crate) line: u32,
    /// Bits from [`flag`].
    pub(crate) flags: u16,
}

impl Word {
    pub(crate) fn has(&self, bits: u16) -> bool {
        self.flags & bits != 0
    }

    /// Returns true if and only if the word starts with an upper-case letter.
    #[must_use]
    pub fn is_capitalized(&self) -> bool {
        self.has(flag::UPPER_FIRST)
    }

    /// Returns true if and only if the word has letters and all of them are upper case.
    #[must_use]
    pub fn is_all_caps(&self) -> bool {
        self.has(flag::HAS_UPPER) && !self.has(flag::HAS_LOWER)
    }

    /// Returns true if and only if the word lies inside a template slot like `[Company]`.
    #[must_use]
    pub fn is_placeholder(&self) -> bool {
        self.has(flag::PLACEHOLDER)
    }

    /// Returns the index of the line the word is on.
    #[must_use]
    pub fn line(&self) -> usize {
        self.line as usize
    }

    /// Returns true if and only if the word is part of a URL or an email address.
    #[must_use]
    pub fn is_url(&self) -> bool {
        self.has(flag::URL)
    }

    /// Returns true if and only if the word has at least one digit.
    #[must_use]
    pub fn has_digit(&self) -> bool {
        self.has(flag::HAS_DIGIT)
    }
}

/// Splits `text` into lines at `\n`, `\r\n`, `\r`, U+0085, U+2028 and U+2029.
///
/// Jumps from break to break with `memchr`; U+0085 (rare) takes a byte-by-byte path.
pub(crate) fn lines(text: &str, out: &mut Vec<Line>) {
    let b = text.as_bytes();
    let mut push = |start: usize, end: usize| {
        out.push(Line {
            span: Span::new(start, end),
            first_word: 0,
            end_word: 0,
        });
    };
    let nel = text.contains('\u{85}');
    let mut start = 0;
    let mut resume = 0;
    let mut handle = |i: usize, start: &mut usize, resume: &mut usize| {
        let len = match b[i] {
            b'\n' => 1,
            b'\r' if b.get(i + 1) == Some(&b'\n') => 2,
            b'\r' => 1,
            0xC2 if b.get(i + 1) == Some(&0x85) => 2,
            0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xA8 | 0xA9)) => 3,
            _ => return,
        };
        push(*start, i);
        *start = i + len;
        *resume = i + len;
    };
    if nel {
        for i in 0..b.len() {
            if i >= resume {
                handle(i, &mut start, &mut resume);
            }
        }
    } else {
        for i in memchr::memchr3_iter(b'\n', b'\r', 0xE2, b) {
            if i >= resume {
                handle(i, &mut start, &mut resume);
            }
        }
    }
    out.push(Line {
        span: Span::new(start, b.len()),
        first_word: 0,
        end_word: 0,
    });
}

/// Byte classes for the ASCII fast path, looked up once per byte.
mod class {
    pub(crate) const WORD: u8 = 1;
    pub(crate) const UPPER: u8 = 2;
    pub(crate) const LOWER: u8 = 4;
    pub(crate) const DIGIT: u8 = 8;
}

/// The class bits of every byte: letters, digits and `_` are word bytes.
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = if c.is_ascii_uppercase() {
            class::WORD | class::UPPER
        } else if c.is_ascii_lowercase() {
            class::WORD | class::LOWER
        } else if c.is_ascii_digit() {
            class::WORD | class::DIGIT
        } else if c == b'_' {
            class::WORD
        } else {
            0
        };
        i += 1;
    }
    t
};

/// Returns true for the bytes that make up a word on the ASCII fast path.
#[inline]
fn is_word_byte(c: u8) -> bool {
    CLASS[c as usize] & class::WORD != 0
}

/// Word flags from the class bits gathered over a word's bytes.
#[inline]
fn class_flags(acc: u8) -> u16 {
    let mut flags = 0;
    if acc & class::UPPER != 0 {
        flags |= flag::HAS_UPPER;
    }
    if acc & class::LOWER != 0 {
        flags |= flag::HAS_LOWER;
    }
    if acc & class::DIGIT != 0 {
        flags |= flag::HAS_DIGIT;
    }
    flags
}

/// Returns the end of the stretch starting at `from` that holds no ASCII white space.
fn chunk_end(b: &[u8], from: usize) -> usize {
    b[from..]
        .iter()
        .position(u8::is_ascii_whitespace)
        .map_or(b.len(), |p| from + p)
}

/// Flags for a word that holds non-ASCII characters.
fn unicode_flags(word: &str) -> u16 {
    let mut flags = flag::NON_ASCII;
    for (i, c) in word.chars().enumerate() {
        if c.is_uppercase() {
            flags |= flag::HAS_UPPER;
            if i == 0 {
                flags |= flag::UPPER_FIRST;
            }
        } else if c.is_lowercase() {
            flags |= flag::HAS_LOWER;
        } else if c.is_numeric() {
            flags |= flag::HAS_DIGIT;
        } else if matches!(c, '\'' | '\u{2019}' | '\u{02BC}') {
            flags |= flag::APOSTROPHE;
        }
    }
    flags
}

/// Splits `text` into words, appending them to `out` in order.
///
/// `lines` must come from [`lines`] on the same text; each word records its line.
pub(crate) fn words(text: &str, lines: &[Line], out: &mut Vec<Word>) {
    let b = text.as_bytes();
    let n = b.len();
    let mut line = 0;
    let mut i = 0;
    let mut push = |span: Span, flags: u16, out: &mut Vec<Word>| {
        while line + 1 < lines.len() && lines[line + 1].span.start <= span.start {
            line += 1;
        }
        // Line indices fit 32 bits up to 4 GiB of text, as word indices do elsewhere.
        let line = u32::try_from(line).unwrap_or(u32::MAX);
        out.push(Word { span, line, flags });
    };
    while i < n {
        let c = b[i];
        if c < 0x80 {
            if !is_word_byte(c) {
                i += 1;
                continue;
            }
            // ASCII fast path.
            let start = i;
            let mut flags = if c.is_ascii_uppercase() {
                flag::UPPER_FIRST
            } else {
                0
            };
            let mut j = i;
            let mut slow = false;
            let mut acc = 0u8;
            loop {
                while j < n {
                    let c = CLASS[b[j] as usize];
                    if c & class::WORD == 0 {
                        break;
                    }
                    acc |= c;
                    j += 1;
                }
                if j + 1 < n {
                    let (prev, here, next) = (b[j - 1], b[j], b[j + 1]);
                    let joins = match here {
                        b'\'' => prev.is_ascii_alphanumeric() && next.is_ascii_alphabetic(),
                        b'.' => {
                            prev.is_ascii_alphanumeric()
                                && (next.is_ascii_lowercase() || next.is_ascii_digit())
                        }
                        b',' => prev.is_ascii_digit() && next.is_ascii_digit(),
                        _ => false,
                    };
                    if joins {
                        if here == b'\'' {
                            flags |= flag::APOSTROPHE;
                        }
                        j += 1;
                        continue;
                    }
                }
                // A curly apostrophe between letters: "I’m".
                if j + 3 < n
                    && b[j] == 0xE2
                    && b[j + 1] == 0x80
                    && b[j + 2] == 0x99
                    && b[j + 3].is_ascii_alphabetic()
                {
                    flags |= flag::APOSTROPHE | flag::NON_ASCII;
                    j += 3;
                    continue;
                }
                if j < n && b[j] >= 0x80 && !is_curly_quote_at(b, j) {
                    slow = true;
                }
                break;
            }
            if slow {
                i = unicode_chunk(text, start, &mut push, out);
                continue;
            }
            // A word needs a letter or a digit ("___" is a blank, not a word).
            if acc & (class::UPPER | class::LOWER | class::DIGIT) != 0 {
                push(Span::new(start, j), flags | class_flags(acc), out);
            }
            i = j;
        } else {
            i = unicode_chunk(text, i, &mut push, out);
        }
    }
}

/// Flags the words inside URLs and email addresses: any run of text between white space
/// that holds `@` or `://`, or starts with `www.`.
///
/// Looks only around the markers, so text without them costs one search per marker.
pub(crate) fn mark_urls(text: &str, words: &mut [Word]) {
    let b = text.as_bytes();
    let mut markers: Vec<usize> = memchr::memchr_iter(b'@', b)
        .chain(memchr::memmem::find_iter(b, b"://"))
        .chain(memchr::memmem::find_iter(b, b"www."))
        .collect();
    markers.sort_unstable();
    // Linear in the text: every run is measured once, however many markers it holds.
    // `done`: the end of the last run handled; `run`: the current run between ASCII
    // white space (start, end, all ASCII).
    let mut done = 0;
    let mut run: Option<(usize, usize, bool)> = None;
    for at in markers {
        if at < done {
            continue;
        }
        let (run_start, run_end, ascii) = match run {
            Some(r) if at < r.1 => r,
            _ => {
                let s = b[done..at]
                    .iter()
                    .rposition(u8::is_ascii_whitespace)
                    .map_or(done, |p| done + p + 1);
                let e = b[at..]
                    .iter()
                    .position(u8::is_ascii_whitespace)
                    .map_or(b.len(), |p| at + p);
                let r = (s, e, text[s..e].is_ascii());
                run = Some(r);
                r
            }
        };
        // A run that is not ASCII is cut at any other white space too (a no-break space).
        let (mut start, mut end) = (run_start.max(done), run_end);
        if !ascii {
            if let Some((i, c)) = text[start..at]
                .char_indices()
                .rfind(|(_, c)| c.is_whitespace())
            {
                start += i + c.len_utf8();
            }
            if let Some((i, _)) = text[at..end]
                .char_indices()
                .find(|(_, c)| c.is_whitespace())
            {
                end = at + i;
            }
        }
        done = end;
        let chunk = &text[start..end];
        if !(chunk.contains('@') || chunk.contains("://") || chunk.starts_with("www.")) {
            continue;
        }
        let first = words.partition_point(|w| w.span.end <= start);
        for w in words[first..].iter_mut().take_while(|w| w.span.start < end) {
            w.flags |= flag::URL;
        }
    }
}

/// Returns true if a closing curly quote (`’` or `”`) starts at `j`.
fn is_curly_quote_at(b: &[u8], j: usize) -> bool {
    b.len() >= j + 3 && b[j] == 0xE2 && b[j + 1] == 0x80 && matches!(b[j + 2], 0x99 | 0x9D)
}

/// Segments the stretch from `from` to the next ASCII white space with Unicode rules.
/// Returns where the stretch ends.
fn unicode_chunk(
    text: &str,
    from: usize,
    push: &mut impl FnMut(Span, u16, &mut Vec<Word>),
    out: &mut Vec<Word>,
) -> usize {
    let end = chunk_end(text.as_bytes(), from);
    // `from` and `end` sit next to ASCII bytes (or the ends), so both are char boundaries.
    let chunk = &text[from..end];
    for (offset, word) in chunk.unicode_word_indices() {
        let start = from + offset;
        push(
            Span::new(start, start + word.len()),
            unicode_flags(word),
            out,
        );
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        let mut ls = Vec::new();
        lines(text, &mut ls);
        let mut ws = Vec::new();
        words(text, &ls, &mut ws);
        ws.iter().map(|w| w.span.slice(text)).collect()
    }

    #[test]
    fn splits_ascii_words_with_inner_apostrophes_and_dots() {
        assert_eq!(
            split("I'm sure it's 3.5 e.g. fine, isn't it? 1,000 x"),
            [
                "I'm", "sure", "it's", "3.5", "e.g", "fine", "isn't", "it", "1,000", "x"
            ]
        );
    }

    #[test]
    fn splits_a_missing_space_before_a_capital() {
        assert_eq!(split("am.Nonetheless"), ["am", "Nonetheless"]);
    }

    #[test]
    fn keeps_curly_apostrophes_inside_words() {
        assert_eq!(
            split("I’m sure you’ll see"),
            ["I’m", "sure", "you’ll", "see"]
        );
        assert_eq!(split("“Quote” done"), ["Quote", "done"]);
    }

    #[test]
    fn hands_non_ascii_words_to_unicode_rules() {
        assert_eq!(
            split("my résumé, naïve café"),
            ["my", "résumé", "naïve", "café"]
        );
        assert_eq!(
            split("re\u{301}sume\u{301} ok"),
            ["re\u{301}sume\u{301}", "ok"]
        );
        assert_eq!(split("thanks 👍🏽 👩‍💻 ok"), ["thanks", "ok"]);
        assert_eq!(split("Thank\u{a0}you"), ["Thank", "you"]);
    }

    #[test]
    fn skips_runs_of_underscores_but_keeps_snake_case() {
        assert_eq!(split("Dear ____, [YOUR_NAME]"), ["Dear", "YOUR_NAME"]);
    }

    #[test]
    fn splits_lines_at_every_break() {
        let text = "a\r\nb\rc\u{85}d\u{2028}e\u{2029}f\n";
        let mut ls = Vec::new();
        lines(text, &mut ls);
        let got: Vec<&str> = ls.iter().map(|l| l.span.slice(text)).collect();
        assert_eq!(got, ["a", "b", "c", "d", "e", "f", ""]);
    }

    #[test]
    fn records_the_line_of_each_word() {
        let text = "one two\n\nthree";
        let mut ls = Vec::new();
        lines(text, &mut ls);
        let mut ws = Vec::new();
        words(text, &ls, &mut ws);
        let got: Vec<usize> = ws.iter().map(|w| w.line()).collect();
        assert_eq!(got, [0, 0, 2]);
    }

    #[test]
    fn flags_words_in_urls_and_emails() {
        let text = "Mail jo@example.com or see https://x.org/a\u{a0}now, www.site.io too";
        let mut ls = Vec::new();
        lines(text, &mut ls);
        let mut ws = Vec::new();
        words(text, &ls, &mut ws);
        mark_urls(text, &mut ws);
        let urls: Vec<&str> = ws
            .iter()
            .filter(|w| w.is_url())
            .map(|w| w.span.slice(text))
            .collect();
        assert_eq!(
            urls,
            ["jo", "example.com", "https", "x.org", "a", "www.site.io"]
        );
    }

    #[test]
    fn flags_capitals_and_digits() {
        let text = "Hello NASA x2 ÉTÉ";
        let mut ls = Vec::new();
        lines(text, &mut ls);
        let mut ws = Vec::new();
        words(text, &ls, &mut ws);
        assert!(ws[0].is_capitalized() && !ws[0].is_all_caps());
        assert!(ws[1].is_all_caps());
        assert!(ws[2].has_digit() && !ws[2].is_capitalized());
        assert!(ws[3].is_all_caps() && ws[3].is_capitalized());
    }
}
