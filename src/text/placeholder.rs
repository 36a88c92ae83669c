//! Template slots left in a draft: `[Name]`, `{company}`, `{{role}}`, `<Job Title>`,
//! `${expr}`, `(Company Name)`, `____`, `XXX`.
//!
//! Found by one byte scan. A slot stands for content ("my experience with [skill]" is a
//! qualification), so rules read the words inside it as well as knowing it is a slot.

use super::layers::Cues;
use super::lexicon::cue;
use super::tokenize::Word;
use crate::diagnostic::Span;

/// Longest slot, in bytes, between its brackets.
const MAX_SLOT: usize = 120;

/// The words of the text and their shared-lexicon classes, to read what a bracket holds.
pub(crate) struct Words<'a> {
    pub words: &'a [Word],
    pub cues: &'a [Cues],
}

impl Words<'_> {
    /// The indices of the words lying inside `span`.
    fn inside(&self, span: Span) -> std::ops::Range<usize> {
        let a = self.words.partition_point(|w| w.span.start < span.start);
        let b = self.words.partition_point(|w| w.span.start < span.end);
        a..b.max(a)
    }

    fn is(&self, w: usize, tag: u8) -> bool {
        super::layers::has(self.cues, w, tag)
    }
}

/// Finds the slots in `text`, in order, without overlaps.
pub(crate) fn find(text: &str, words: &Words<'_>, out: &mut Vec<Span>) {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let found = match b[i] {
            b'[' => bracketed(text, i, b'[', b']').filter(|s| !is_markdown_link(b, s.end)),
            b'{' => bracketed(text, i, b'{', b'}'),
            b'$' if b.get(i + 1) == Some(&b'{') => {
                bracketed(text, i + 1, b'{', b'}').map(|s| Span::new(i, s.end))
            }
            b'<' => bracketed(text, i, b'<', b'>').filter(|s| is_angle_slot(text, *s, words)),
            b'(' => bracketed(text, i, b'(', b')').filter(|s| is_paren_slot(text, *s, words)),
            b'_' => run(b, i, b'_', 3),
            b'X' | b'x' => xs(b, i).or_else(|| letter_name(b, i)),
            b'Y' | b'Z' => letter_name(b, i),
            _ => None,
        };
        match found {
            Some(span) => {
                out.push(span);
                i = span.end;
            }
            None => i += 1,
        }
    }
}

/// Returns the span from `open` at `start` to its matching `close` on the same line,
/// if the content is non-empty, short, and holds a letter, digit or underscore.
fn bracketed(text: &str, start: usize, open: u8, close: u8) -> Option<Span> {
    let b = text.as_bytes();
    let mut depth = 0usize;
    let limit = (start + MAX_SLOT + 4).min(b.len());
    let mut has_word = false;
    for (j, &c) in b.iter().enumerate().take(limit).skip(start) {
        match c {
            b'\n' | b'\r' => return None,
            _ if c == open => depth += 1,
            _ if c == close => {
                // Nested brackets count, so `{{role}}` is one slot.
                depth -= 1;
                if depth == 0 {
                    return has_word.then(|| Span::new(start, j + 1));
                }
            }
            _ => {
                if c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80 {
                    has_word = true;
                }
            }
        }
    }
    None
}

/// Returns true if a `(` follows the `]` that ends at `end`: `[text](url)` is a link.
fn is_markdown_link(b: &[u8], end: usize) -> bool {
    b.get(end) == Some(&b'(')
}

/// `<Job Title>` is a slot; `<p>`, `</div>` and `<jane@example.com>` are not.
fn is_angle_slot(text: &str, span: Span, words: &Words<'_>) -> bool {
    let inner = &text[span.start + 1..span.end - 1];
    if inner.contains(['@', '/', '=', '"', ':']) {
        return false;
    }
    // The tag name is the first word, right after the bracket.
    let first = words.inside(span).start;
    let tag_first = words
        .words
        .get(first)
        .is_some_and(|w| w.span.start == span.start + 1);
    if tag_first && words.is(first, cue::HTML_TAG) {
        return false;
    }
    inner.starts_with(|c: char| c.is_uppercase()) || inner.contains(' ') || inner.contains('_')
}

/// `(Company Name)` is a slot; `(which I enjoyed)` is an aside.
fn is_paren_slot(text: &str, span: Span, words: &Words<'_>) -> bool {
    let inner = &text[span.start + 1..span.end - 1];
    if inner.split_whitespace().count() > 4 {
        return false;
    }
    words.inside(span).any(|w| words.is(w, cue::SLOT_WORD))
}

/// A run of at least `min` copies of `c` starting at `i`.
fn run(b: &[u8], i: usize, c: u8, min: usize) -> Option<Span> {
    let len = b[i..].iter().take_while(|&&x| x == c).count();
    (len >= min).then(|| Span::new(i, i + len))
}

/// `XXX` or `xxx` standing alone as a word (not inside "xxxl" or "Xbox").
fn xs(b: &[u8], i: usize) -> Option<Span> {
    if i > 0 && b[i - 1].is_ascii_alphanumeric() {
        return None;
    }
    let c = b[i];
    let span = run(b, i, c, 3)?;
    let after = b.get(span.end).copied().unwrap_or(b' ');
    (!after.is_ascii_alphanumeric()).then_some(span)
}

/// A capital X, Y or Z standing for a name, as in "my interview with X" or "Y's
/// assurances": a lone letter after a lower-case word, or before a possessive.
fn letter_name(b: &[u8], i: usize) -> Option<Span> {
    if !b[i].is_ascii_uppercase() {
        return None;
    }
    let before = i.checked_sub(1).map(|j| b[j]);
    let after = b.get(i + 1).copied();
    let alone = !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == b'-')
        && !after.is_some_and(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'.');
    if !alone {
        return None;
    }
    let possessive =
        b[i + 1..].starts_with(b"'s") || b[i + 1..].starts_with("\u{2019}s".as_bytes());
    // The word before: "with X", "from Y".
    let head = &b[..i];
    let prev_word: Vec<u8> = head
        .iter()
        .rev()
        .skip_while(|c| **c == b' ')
        .take_while(|c| c.is_ascii_alphabetic())
        .copied()
        .collect();
    let after_lower_word = head.last() == Some(&b' ')
        && !prev_word.is_empty()
        && prev_word.iter().all(u8::is_ascii_lowercase);
    (possessive || after_lower_word).then(|| Span::new(i, i + 1))
}

#[cfg(test)]
mod tests {

    fn slots(text: &str) -> Vec<&str> {
        let doc = crate::Linter::new().analyze(&crate::Draft::new(text));
        doc.placeholders().iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn finds_bracket_brace_and_angle_slots() {
        assert_eq!(
            slots("Dear [Name], the {{role}} at {company} as <Job Title> via ${job.title}"),
            [
                "[Name]",
                "{{role}}",
                "{company}",
                "<Job Title>",
                "${job.title}"
            ]
        );
    }

    #[test]
    fn finds_blanks_and_xs() {
        assert_eq!(
            slots("Dear ______, call XXX or xxx."),
            ["______", "XXX", "xxx"]
        );
    }

    #[test]
    fn finds_parenthesised_slot_names_but_not_asides() {
        assert_eq!(
            slots("at (Company Name) and (business name) (which I enjoyed a lot today)"),
            ["(Company Name)", "(business name)"]
        );
        assert_eq!(
            slots("reach me at (phone number) about the (job title) role (as promised)"),
            ["(phone number)", "(job title)"]
        );
    }

    #[test]
    fn ignores_markup_links_emails_and_empty_brackets() {
        assert!(
            slots("<p>Hi</p> <jane@example.com> [see](http://x.y) [] {} Xbox taxxx").is_empty()
        );
    }

    #[test]
    fn finds_single_letters_standing_for_names() {
        assert_eq!(
            slots("my second interview with X, and Y's promise"),
            ["X", "Y"]
        );
        assert!(slots("Generation X-ray, X. Y Combinator").is_empty());
    }

    #[test]
    fn does_not_cross_lines() {
        assert!(slots("[Name\n]").is_empty());
    }
}
