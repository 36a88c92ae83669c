//! Sentences, cut from the words by reading the gaps between them.
//!
//! Unicode sentence rules (UAX #29) do not end a sentence before a lower-case word and
//! do end one after "Mr.", which is the wrong way round for checking drafts ("thanks.
//! it was great" is two sentences with a capital missing). So the body is cut here: at
//! `.`, `!`, `?` and `…` (not after a title, an initial or "e.g."), at blank lines, at
//! list bullets, and where a line without end punctuation is followed by a capitalised
//! line. Subject, greeting, sign-off and each header or signature line are units of
//! their own.

use super::layers::Layers;
use super::lexicon::cue;
use super::parts::Part;
use crate::diagnostic::Span;

/// How a sentence ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Ending {
    /// No end punctuation.
    None,
    /// A full stop.
    Period,
    /// A question mark (also `?!`).
    Question,
    /// An exclamation mark.
    Exclamation,
    /// An ellipsis (`…` or `...`).
    Ellipsis,
    /// A comma, colon or semicolon (greetings and sign-offs).
    Comma,
}

/// A sentence, or a structural unit such as a greeting or a signature line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Sentence {
    /// From the first word to the end punctuation.
    pub span: Span,
    /// The part of the message it belongs to.
    pub part: Part,
    /// How it ends.
    pub ending: Ending,
    /// Paragraph number, counting from 0.
    pub paragraph: usize,
    pub(crate) first: usize,
    pub(crate) end: usize,
    /// It asks something (set once phrases are matched).
    pub(crate) asks: bool,
    /// It speaks in the first person.
    pub(crate) first_person: bool,
}

impl Sentence {
    /// Returns the indices of the sentence's words.
    #[must_use]
    pub fn words(&self) -> std::ops::Range<usize> {
        self.first..self.end
    }
}

/// Everything the sentence cutter reads: the layers and each word's part.
pub(crate) struct Input<'a> {
    pub layers: &'a Layers<'a>,
    pub part_of: &'a [Part],
}

impl<'a> std::ops::Deref for Input<'a> {
    type Target = Layers<'a>;

    fn deref(&self) -> &Layers<'a> {
        self.layers
    }
}

fn is_terminator(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '\u{2026}' | '\u{3002}' | '\u{FF01}' | '\u{FF1F}' | '\u{203D}'
    )
}

/// Cuts the words into sentences, writing each word's sentence index into `word_sentence`
/// (`u32::MAX` for quoted words).
pub(crate) fn cut(input: &Input<'_>, out: &mut Vec<Sentence>, word_sentence: &mut Vec<u32>) {
    let words = input.words;
    word_sentence.clear();
    word_sentence.resize(words.len(), u32::MAX);
    let mut paragraph = 0usize;
    let mut start: Option<usize> = None;
    let mut prev: Option<usize> = None;
    for w in 0..words.len() {
        let part = input.part_of[w];
        if part == Part::Quoted {
            if let (Some(s), Some(p)) = (start.take(), prev) {
                push(input, out, word_sentence, s, p + 1, paragraph);
            }
            continue;
        }
        if let Some(p) = prev.filter(|_| start.is_some()) {
            let line_gap = words[w].line() - words[p].line();
            let new_paragraph = line_gap >= 2 || input.part_of[p] != part;
            let breaks = new_paragraph || breaks_between(input, p, w, part);
            if breaks {
                if let Some(s) = start.take() {
                    push(input, out, word_sentence, s, p + 1, paragraph);
                }
                if new_paragraph {
                    paragraph += 1;
                }
            }
        }
        if start.is_none() {
            start = Some(w);
        }
        prev = Some(w);
    }
    if let (Some(s), Some(p)) = (start, prev) {
        push(input, out, word_sentence, s, p + 1, paragraph);
    }
}

fn push(
    input: &Input<'_>,
    out: &mut Vec<Sentence>,
    ws: &mut [u32],
    first: usize,
    end: usize,
    paragraph: usize,
) {
    let words = input.words;
    let last = &words[end - 1];
    // The end punctuation (and closing quotes or brackets) right after the last word.
    let line_end = input.lines[last.line()].span.end;
    let after = input.text.get(last.span.end..line_end).unwrap_or("");
    // Spaces before end punctuation ("me .") still end the sentence.
    let spaces = after.len() - after.trim_start_matches([' ', '\t']).len();
    let skip = if after[spaces..].starts_with(is_terminator) {
        spaces
    } else {
        0
    };
    let mut tail = 0;
    let mut ending = Ending::None;
    for (i, c) in after.char_indices().skip_while(|&(i, _)| i < skip) {
        let kind = match c {
            '?' | '\u{FF1F}' => Some(Ending::Question),
            '!' | '\u{FF01}' => Some(Ending::Exclamation),
            '\u{2026}' => Some(Ending::Ellipsis),
            '.' | '\u{3002}' => Some(
                if after[i..].starts_with("..")
                    || matches!(ending, Ending::Period | Ending::Ellipsis)
                {
                    Ending::Ellipsis
                } else {
                    Ending::Period
                },
            ),
            ',' | ':' | ';' => Some(Ending::Comma),
            // Closing quotes and brackets, emphasis marks, and the signs that trail a
            // number or a name ("14%", "40°", "C++", "C#") come before the terminator.
            '"' | '\'' | '\u{201D}' | '\u{2019}' | ')' | ']' | '}' | '>' | '*' | '_' | '%'
            | '\u{2030}' | '\u{00B0}' | '\u{20AC}' | '\u{2122}' | '\u{00AE}' | '+' | '#' => None,
            _ => break,
        };
        if let Some(k) = kind {
            // A question mark anywhere in the run wins: "?!" asks.
            if ending != Ending::Question {
                ending = k;
            }
        }
        tail = i + c.len_utf8();
    }
    let idx = out.len() as u32;
    for s in &mut ws[first..end] {
        *s = idx;
    }
    // Opening brackets and quotes right before the first word belong to the sentence.
    let line_start = input.lines[words[first].line()].span.start;
    let before = input
        .text
        .get(line_start..words[first].span.start)
        .unwrap_or("");
    let lead = before.len()
        - before
            .trim_end_matches([
                '[', '(', '{', '<', '"', '\'', '\u{201C}', '\u{2018}', '$', '*', '_',
            ])
            .len();
    out.push(Sentence {
        span: Span::new(words[first].span.start - lead, last.span.end + tail),
        part: input.part_of[first],
        ending,
        paragraph,
        first,
        end,
        asks: false,
        first_person: false,
    });
}

/// True if a sentence (or a structural unit) ends between words `p` and `w`.
fn breaks_between(input: &Input<'_>, p: usize, w: usize, part: Part) -> bool {
    let words = input.words;
    let same_line = words[w].line() == words[p].line();
    match part {
        Part::Header | Part::Signature => return !same_line,
        Part::Subject | Part::Greeting | Part::Closing => return false,
        Part::Body | Part::Quoted => {}
    }
    let mut gap = input
        .text
        .get(words[p].span.end..words[w].span.start)
        .unwrap_or("");
    let next_capital = words[w].is_capitalized() || words[w].has_digit();
    if words[p].is_placeholder() {
        // Punctuation inside a slot ("[yesterday/Friday/etc.]") ends nothing.
        match gap.rfind([']', '}', ')', '>']) {
            Some(close) => gap = &gap[close + 1..],
            None if words[w].is_placeholder() => gap = "",
            None => {}
        }
    }
    if let Some(t) = gap.find(is_terminator) {
        let dot_first = gap[t..].starts_with('.') && t == 0;
        let ellipsis = gap.contains('\u{2026}') || gap.contains("..");
        if ellipsis {
            return next_capital || !same_line;
        }
        if dot_first && !gap[t..].starts_with(['!', '?']) {
            if input.is(p, cue::NEVER_ENDS) || input.is(p, cue::TITLE) {
                return false;
            }
            if input.is(p, cue::MAYBE_ENDS) && !next_capital {
                return false;
            }
            // An initial: "Rachel L. Arbeit".
            let prev_text = words[p].span.slice(input.text);
            if prev_text.len() == 1
                && words[p].is_capitalized()
                && prev_text != "I"
                && next_capital
                && same_line
            {
                return false;
            }
        }
        return true;
    }
    if same_line {
        return false;
    }
    // A line break without end punctuation.
    let next_line = input.lines[words[w].line()]
        .span
        .slice(input.text)
        .trim_start();
    let bullet = next_line.starts_with(['-', '*', '\u{2022}', '\u{2013}', '\u{2014}'])
        || next_line.split_once(['.', ')']).is_some_and(|(n, _)| {
            !n.is_empty() && n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit())
        });
    if bullet {
        return true;
    }
    // A short line followed by a capitalised one is a unit of its own; a long line is
    // hard-wrapped prose ("… for the UX\nResearcher position …") and runs on.
    let prev_line = input.lines[words[p].line()].span.slice(input.text).trim();
    let short = prev_line.chars().count() < SHORT_LINE;
    let next_is_i = input.is(w, cue::PRONOUN_I);
    short
        && words[w].is_capitalized()
        && !next_is_i
        && !input.is(p, cue::FUNCTION_WORD)
        && !gap.contains(',')
}

/// Lines shorter than this (in chars) are not taken for wrapped prose.
const SHORT_LINE: usize = 40;
