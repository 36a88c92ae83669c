//! The parts of a message: subject, header block, greeting, body, sign-off, signature,
//! and quoted replies.
//!
//! Read from the lines: a greeting opens one of the first lines (after an optional
//! subject and address block); a sign-off closes the message, followed by a signature of
//! short lines (name, contact details). Everything else is body.

use super::layers::Layers;
use super::lexicon::cue;
use super::phrases::RawHit;
use super::tokenize::{Line, Word, flag};
use crate::diagnostic::Span;

/// The part of the message a word or sentence belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum Part {
    /// A `Subject:` line.
    Subject,
    /// Address or date lines above the greeting.
    Header,
    /// The salutation: "Dear Ms. Okafor,".
    Greeting,
    /// The message itself.
    Body,
    /// The sign-off: "Best regards,".
    Closing,
    /// Name and contact lines after the sign-off.
    Signature,
    /// A quoted reply (`> ` lines, or below an "On … wrote:" line).
    Quoted,
}

/// A salutation found at the top of the message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Greeting {
    /// The whole salutation, without its trailing punctuation: "Dear Ms. Okafor".
    pub span: Span,
    /// The opening word or words: "Dear", "Good morning".
    pub opener: Span,
    /// What follows the opener, if anything: "Ms. Okafor", "`[Name]`".
    pub name: Option<Span>,
}

/// Where the structural parts of a message are.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Parts {
    /// The subject text after `Subject:`, if the draft starts with one.
    pub subject: Option<Span>,
    /// The salutation, if any.
    pub greeting: Option<Greeting>,
    /// The sign-off ("Best regards"), if any.
    pub closing: Option<Span>,
    /// The name and contact lines after the sign-off (or a lone name line at the end).
    pub signature: Option<Span>,
    /// The part of the signature that names the sender.
    pub signature_name: Option<Span>,
    /// Where the body starts and ends (empty at the insertion point if there is none).
    pub body: Span,
}

/// The longest shared-phrase hit with `tag` starting at word `w` and ending on its line
/// (no later than `line_end`), as its end word.
fn hit_at(hits: &[RawHit], tag: u8, w: usize, line_end: usize) -> Option<usize> {
    let from = hits.partition_point(|h| (h.first as usize) < w);
    hits[from..]
        .iter()
        .take_while(|h| h.first as usize == w)
        .filter(|h| h.tag == tag && h.end as usize <= line_end)
        .map(|h| h.end as usize)
        .max()
}

/// Everything the part finder reads: the layers and the shared-lexicon hits.
pub(crate) struct Input<'a> {
    pub layers: &'a Layers<'a>,
    /// Shared-lexicon hits only, sorted by first word.
    pub shared: &'a [RawHit],
}

impl<'a> std::ops::Deref for Input<'a> {
    type Target = Layers<'a>;

    fn deref(&self) -> &Layers<'a> {
        self.layers
    }
}

impl Input<'_> {
    /// The bytes between word `w` and the next word (or the end of the line).
    fn gap_after(&self, w: usize) -> &str {
        let start = self.words[w].span.end;
        let end = match self.words.get(w + 1) {
            Some(next) if next.line() == self.words[w].line() => next.span.start,
            _ => self.lines[self.words[w].line()].span.end,
        };
        self.text.get(start..end).unwrap_or("")
    }

    /// The line's text with trailing white space removed.
    fn line_text(&self, l: usize) -> &str {
        self.lines[l].span.slice(self.text).trim_end()
    }

    fn is_title(&self, w: usize) -> bool {
        self.is(w, cue::TITLE)
    }
}

/// Marks quoted-reply lines and the words on them.
///
/// A line is quoted if it starts with `>`, or lies below an "On … wrote:" line or an
/// "-----Original Message-----" line.
pub(crate) fn mark_quoted(text: &str, lines: &[Line], words: &mut [Word]) -> Vec<bool> {
    let mut quoted = vec![false; lines.len()];
    let mut below_marker = false;
    for (i, line) in lines.iter().enumerate() {
        let t = line.span.slice(text).trim();
        if !below_marker
            && ((t.len() > 8
                && t.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("on "))
                && t.ends_with("wrote:"))
                || (t.starts_with("-----") && t.to_ascii_lowercase().contains("original message")))
        {
            below_marker = true;
        }
        if below_marker || t.starts_with('>') {
            quoted[i] = true;
            for w in &mut words[line.first_word..line.end_word] {
                w.flags |= flag::QUOTED;
            }
        }
    }
    quoted
}

/// Finds the parts and writes each word's part into `part_of`.
pub(crate) fn find(input: &Input<'_>, quoted: &[bool], part_of: &mut Vec<Part>) -> Parts {
    let words = input.words;
    part_of.clear();
    part_of.extend(words.iter().map(|w| {
        if w.has(flag::QUOTED) {
            Part::Quoted
        } else {
            Part::Body
        }
    }));
    let content: Vec<usize> = (0..input.lines.len())
        .filter(|&l| !quoted[l] && !input.lines[l].is_blank())
        .collect();
    let mut parts = Parts::default();
    let Some(&first_line) = content.first() else {
        return parts;
    };
    let mut next_content = 0;
    let mut inline_greeting = false;

    // Subject line.
    let fl = &input.lines[first_line];
    let fw = fl.first_word;
    if input.norm(fw) == "subject" {
        let mut label_end = fw;
        if fl.word_count() > 1 && input.norm(fw + 1) == "line" {
            label_end = fw + 1;
        }
        if input.gap_after(label_end).trim_start().starts_with(':') {
            // A draft whose line breaks were lost: "Subject: Thank you Dear Ms. Park,
            // Thank you for…" — the subject ends where a greeting with a name starts.
            let inline = (label_end + 2..fl.end_word.min(label_end + 18))
                .filter(|&w| hit_at(input.shared, cue::GREETING, w, fl.end_word).is_some())
                .find_map(|w| {
                    let g = greeting_at(input, fl, w, false)?;
                    (g.0.name.is_some() && g.1 < fl.end_word).then_some((w, g))
                });
            let subject_end = inline.as_ref().map_or(fl.end_word, |(w, _)| *w);
            mark(part_of, fw, subject_end, Part::Subject);
            if label_end + 1 < subject_end {
                let end = if subject_end < fl.end_word {
                    words[subject_end - 1].span.end
                } else {
                    input.line_text(first_line).len() + fl.span.start
                };
                parts.subject = Some(Span::new(words[label_end + 1].span.start, end));
            }
            if let Some((w, (greeting, end))) = inline {
                mark(part_of, w, end, Part::Greeting);
                parts.greeting = Some(greeting);
                inline_greeting = true;
            } else {
                next_content = 1;
            }
        }
    }

    // Greeting, possibly below a header block of short lines.
    let mut greeting_line = None;
    let search = if inline_greeting { 0 } else { 16 };
    for (k, &l) in content.iter().enumerate().skip(next_content).take(search) {
        let line = &input.lines[l];
        if let Some(g) = greeting_on(input, line, k == next_content) {
            for &h in &content[next_content..k] {
                let hl = &input.lines[h];
                mark(part_of, hl.first_word, hl.end_word, Part::Header);
            }
            mark(part_of, line.first_word, g.1, Part::Greeting);
            parts.greeting = Some(g.0);
            greeting_line = Some(k);
            break;
        }
        if !is_header_like(input, l) {
            break;
        }
    }
    // The body starts on the line after the greeting, or on the subject's own line when
    // the greeting was found inside it.
    let body_from = greeting_line.map_or(next_content, |k| k + 1);

    // Sign-off and signature, read upwards from the last line.
    let tail = &content[body_from.min(content.len())..];
    let mut sig_lines: Vec<usize> = Vec::new();
    let mut closing: Option<(usize, usize, usize)> = None; // line, first word, end word
    for (k, &l) in tail.iter().enumerate().rev() {
        if sig_lines.len() >= 6 {
            break;
        }
        // The first body line stays body unless it is a bare sign-off.
        let has_text_above = k > 0;
        if let Some(end) = valediction_line(input, l, !sig_lines.is_empty(), has_text_above) {
            closing = Some((l, input.lines[l].first_word, end));
            break;
        }
        if is_signature_line(input, l) {
            sig_lines.push(l);
        } else {
            break;
        }
    }
    sig_lines.reverse();

    if let Some((l, first, end)) = closing {
        let line = &input.lines[l];
        mark(part_of, first, end, Part::Closing);
        parts.closing = Some(super::phrases::words_span(words, first, end));
        if end < line.end_word {
            // "Thanks, John" on one line.
            mark(part_of, end, line.end_word, Part::Signature);
            let span = super::phrases::words_span(words, end, line.end_word);
            parts.signature_name = Some(span);
            parts.signature = Some(span);
        }
        set_signature(input, &sig_lines, part_of, &mut parts);
    } else if let Some((first, end, name_end, line_end)) = inline_closing(
        input,
        &content[next_content.min(content.len())..],
        &sig_lines,
    )
    .filter(|&(first, ..)| part_of[first] == Part::Body)
    {
        // "… a positive reply. Yours truly, Michael Wilson" at the end of a paragraph.
        mark(part_of, first, end, Part::Closing);
        parts.closing = Some(super::phrases::words_span(words, first, end));
        if end < line_end {
            mark(part_of, end, line_end, Part::Signature);
            parts.signature_name = Some(super::phrases::words_span(words, end, name_end));
            parts.signature = Some(super::phrases::words_span(words, end, line_end));
        }
        set_signature(input, &sig_lines, part_of, &mut parts);
    } else if let Some(&top) = sig_lines.first() {
        // A name with no sign-off above it: "Your Name" as the last line.
        if is_name_like(input, top) && !tail.is_empty() && tail[0] != top {
            let name_lines: Vec<usize> = sig_lines.clone();
            set_signature(input, &name_lines, part_of, &mut parts);
        }
    }

    // Body extent.
    let first_body = part_of.iter().position(|&p| p == Part::Body);
    let last_body = part_of.iter().rposition(|&p| p == Part::Body);
    parts.body = match (first_body.as_ref(), last_body.as_ref()) {
        (Some(&a), Some(&b)) => Span::new(words[a].span.start, words[b].span.end),
        _ => {
            let at = parts.greeting.map_or(0, |g| {
                input.lines[words[first_word_at(words, g.span.start)].line()]
                    .span
                    .end
            });
            Span::empty(at)
        }
    };
    parts
}

/// Index of the word starting at `offset` (or the next one).
fn first_word_at(words: &[Word], offset: usize) -> usize {
    words
        .partition_point(|w| w.span.start < offset)
        .min(words.len().saturating_sub(1))
}

fn mark(part_of: &mut [Part], from: usize, to: usize, part: Part) {
    for p in &mut part_of[from..to] {
        *p = part;
    }
}

/// Records the signature lines: the first one that is not contact details is the name.
fn set_signature(input: &Input<'_>, sig_lines: &[usize], part_of: &mut [Part], parts: &mut Parts) {
    let (Some(&first), Some(&last)) = (sig_lines.first(), sig_lines.last()) else {
        return;
    };
    for &l in sig_lines {
        let line = &input.lines[l];
        mark(part_of, line.first_word, line.end_word, Part::Signature);
        if parts.signature_name.is_none() && !is_contact_line(input, l) {
            parts.signature_name = Some(Span::new(
                line.span.start + leading_space(input.lines[l].span.slice(input.text)),
                line.span.start + input.line_text(l).len(),
            ));
        }
    }
    let start = input.lines[first].span.start;
    let end = input.lines[last].span.start + input.line_text(last).len();
    let span = Span::new(start, end);
    parts.signature = Some(parts.signature.map_or(span, |s| s.cover(span)));
}

fn leading_space(s: &str) -> usize {
    s.len() - s.trim_start().len()
}

/// A greeting opening `line`: its parts and the end word of the greeting.
fn greeting_on(input: &Input<'_>, line: &Line, first_content: bool) -> Option<(Greeting, usize)> {
    greeting_at(input, line, line.first_word, first_content)
}

/// A greeting starting at word `fw` of `line`: its parts and the end word of the greeting.
fn greeting_at(
    input: &Input<'_>,
    line: &Line,
    fw: usize,
    first_content: bool,
) -> Option<(Greeting, usize)> {
    let words = input.words;
    let Some(opener_end) = hit_at(input.shared, cue::GREETING, fw, line.end_word) else {
        // "Dan," alone on the first line is a greeting by name.
        if first_content
            && line.end_word - fw <= 3
            && input
                .line_text(line_index(input, line))
                .ends_with([',', ':'])
        {
            let all_caps =
                (fw..line.end_word).all(|w| words[w].is_capitalized() || words[w].is_placeholder());
            if all_caps {
                let span = super::phrases::words_span(words, fw, line.end_word);
                let g = Greeting {
                    span,
                    opener: Span::empty(span.start),
                    name: Some(span),
                };
                return Some((g, line.end_word));
            }
        }
        return None;
    };
    // "Morning" or "Afternoon" alone only greet when the line is short.
    if opener_end - fw == 1 && input.is(fw, cue::DAYPART) && line.end_word - fw > 3 {
        return None;
    }
    let opener = super::phrases::words_span(words, fw, opener_end);
    // The name runs from after the opener to the first terminator, at most five words.
    let mut end = opener_end;
    let mut terminated =
        opener_end >= line.end_word || ends_greeting(input.gap_after(opener_end - 1), false);
    if !terminated || input.gap_after(opener_end - 1).trim() == "," {
        let mut w = opener_end;
        let mut found = None;
        while w < line.end_word && w - opener_end < 5 {
            if w == opener_end && input.is(w, cue::NOT_A_NAME) {
                break;
            }
            let gap = input.gap_after(w);
            if w + 1 == line.end_word || ends_greeting(gap, input.is_title(w)) {
                found = Some(w + 1);
                break;
            }
            w += 1;
        }
        if let Some(f) = found {
            end = f;
            terminated = true;
        }
    }
    if !terminated && opener_end < line.end_word {
        // "Hey guys what's up with my application" is a sentence, not a greeting line,
        // but its opener still greets; "Hi Carla thanks for your time" (punctuation
        // left out) greets Carla: capitalised words, then a lower-case one.
        let run = (opener_end..line.end_word.min(opener_end + 3))
            .take_while(|&w| {
                words[w].is_capitalized()
                    && !input.is(w, cue::NOT_A_NAME)
                    && !input.is(w, cue::PRONOUN_I)
            })
            .count();
        let next = opener_end + run;
        let lower_after = next < line.end_word && !words[next].is_capitalized();
        end = if run > 0 && lower_after {
            next
        } else {
            opener_end
        };
    }
    let last_text_end = if end < line.end_word {
        words[end - 1].span.end + name_tail(input.gap_after(end - 1))
    } else {
        line.span.start + input.line_text(line_index(input, line)).len()
    };
    let mut span_end = last_text_end;
    // Do not include the greeting's own trailing punctuation in its span.
    let trimmed = input.text[opener.start..span_end]
        .trim_end_matches([',', ':', ';', '!', '.', ' ', '-', '\u{2013}', '\u{2014}']);
    span_end = opener.start + trimmed.len().max(opener.len());
    let name = (span_end > opener.end)
        .then(|| {
            let raw = &input.text[opener.end..span_end];
            let lead = raw.len() - raw.trim_start_matches([',', ' ', '\t']).len();
            Span::new(opener.end + lead, span_end)
        })
        .filter(|s| !s.is_empty());
    Some((
        Greeting {
            span: Span::new(opener.start, span_end),
            opener,
            name,
        },
        end,
    ))
}

/// Bytes of a slot's closing brackets right after a word: `[Name]` → 1.
fn name_tail(gap: &str) -> usize {
    gap.len()
        - gap
            .trim_start_matches([']', '}', ')', '>', '_', '.', '/'])
            .len()
}

fn line_index(input: &Input<'_>, line: &Line) -> usize {
    input.words.get(line.first_word).map_or(0, |w| w.line())
}

/// True if the gap after a word ends a greeting: a comma, colon, dash, `!`, `?`, or a
/// full stop that does not follow a title.
fn ends_greeting(gap: &str, after_title: bool) -> bool {
    let g = gap.trim_start_matches([']', '}', ')', '>', '_', '/']);
    let Some(c) = g.chars().next() else {
        return false;
    };
    match c {
        ',' | ':' | ';' | '!' | '?' | '\u{2013}' | '\u{2014}' => true,
        '-' => g.len() > 1 && g[1..].starts_with(' ') || g.trim() == "-",
        '.' => !after_title || g.starts_with(".."),
        _ => false,
    }
}

/// True for short lines that can sit above a greeting: names, addresses, dates.
fn is_header_like(input: &Input<'_>, l: usize) -> bool {
    let line = &input.lines[l];
    let text = input.line_text(l);
    line.word_count() <= 8
        && !text.ends_with(['?', '!'])
        && !(text.ends_with('.') && line.word_count() > 4)
}

/// True for contact details: an email address, a phone number, a URL, or a slot for one.
pub(crate) fn is_contact_line(input: &Input<'_>, l: usize) -> bool {
    let text = input.line_text(l);
    let digits = text.bytes().filter(u8::is_ascii_digit).count();
    text.contains('@')
        || digits >= 7
        || text.contains("://")
        || text.contains("www.")
        || text.contains("linkedin.com")
        || {
            let lower = text.to_ascii_lowercase();
            lower.contains("phone")
                || lower.contains("email")
                || lower.contains("e-mail")
                || lower.contains("contact")
        }
}

/// True for a short line that can belong to a signature.
fn is_signature_line(input: &Input<'_>, l: usize) -> bool {
    let line = &input.lines[l];
    let text = input.line_text(l);
    if is_contact_line(input, l) && line.word_count() <= 8 {
        return true;
    }
    line.word_count() <= 6
        && !text.ends_with(['.', '!', '?', ':', ';', ','])
        && hit_at(input.shared, cue::GREETING, line.first_word, line.end_word).is_none()
        || (text.ends_with('.') && line.word_count() <= 4 && is_name_like(input, l))
}

/// True for a line that reads as a name: a few capitalised words or a slot.
fn is_name_like(input: &Input<'_>, l: usize) -> bool {
    let line = &input.lines[l];
    line.word_count() <= 4
        && (line.first_word..line.end_word).all(|w| {
            input.words[w].is_capitalized()
                || input.words[w].is_placeholder()
                || input.words[w].has_digit()
        })
}

/// If `l` is a sign-off line, returns the end word of the sign-off.
///
/// A bare sign-off ("Best regards,", "Thanks!") counts on its own. A closing sentence
/// ("Thank you for your time and consideration.") counts when a name follows it, or
/// when it ends with a comma the way a sign-off does.
fn valediction_line(
    input: &Input<'_>,
    l: usize,
    name_below: bool,
    has_text_above: bool,
) -> Option<usize> {
    let line = &input.lines[l];
    let fw = line.first_word;
    // "With best wishes," wraps a sign-off in "with".
    let end = hit_at(input.shared, cue::VALEDICTION, fw, line.end_word).or_else(|| {
        (input.norm(fw) == "with" && fw + 1 < line.end_word)
            .then(|| hit_at(input.shared, cue::VALEDICTION, fw + 1, line.end_word))
            .flatten()
    })?;
    let text = input.line_text(l);
    if end == line.end_word {
        // A bare sign-off; a lone "Thanks." as the only body line is still body.
        return (has_text_above || name_below || text.ends_with(',')).then_some(end);
    }
    // "Thanks, John" on one line.
    let gap = input.gap_after(end - 1);
    if gap.trim() == "," && line.end_word - end <= 3 {
        let all_caps = (end..line.end_word)
            .all(|w| input.words[w].is_capitalized() || input.words[w].is_placeholder());
        if all_caps && !text.ends_with(['.', '!', '?']) {
            return Some(end);
        }
    }
    if line.word_count() > 10 || !has_text_above {
        return None;
    }
    if text.ends_with(',') || (name_below && !text.ends_with('?')) {
        return Some(line.end_word);
    }
    None
}

/// A sign-off at the end of the last paragraph: "… reply. Yours truly, Michael Wilson",
/// or "… learn more. Thanks again for your time," above a name line.
/// Returns the sign-off's first and end words and the end words of the name and of the
/// signature.
fn inline_closing(
    input: &Input<'_>,
    tail: &[usize],
    sig_lines: &[usize],
) -> Option<(usize, usize, usize, usize)> {
    let last = *tail.iter().rev().find(|l| !sig_lines.contains(l))?;
    let line = &input.lines[last];
    let text = input.line_text(last);
    let from = input
        .shared
        .partition_point(|h| (h.first as usize) < line.first_word);
    for h in input.shared[from..]
        .iter()
        .take_while(|h| (h.first as usize) < line.end_word)
    {
        let (first, end) = (h.first as usize, h.end as usize);
        if h.tag != cue::VALEDICTION || first == line.first_word || end > line.end_word {
            continue;
        }
        // The sign-off must start a sentence.
        if !input.gap_after(first - 1).contains(['.', '!', '?']) {
            continue;
        }
        let rest = line.end_word - end;
        let after = if rest > 0 {
            input.gap_after(end - 1)
        } else {
            ""
        };
        if sig_lines.is_empty() {
            // "Yours truly, Michael Wilson" closing the paragraph, perhaps followed by
            // an address or a number when line breaks were lost.
            if after.trim() != "," || rest == 0 || rest > 12 || text.ends_with(['.', '!', '?']) {
                continue;
            }
            let name_end = (end..line.end_word)
                .take_while(|&w| input.words[w].is_capitalized() || input.words[w].is_placeholder())
                .last()
                .map_or(end, |w| w + 1);
            let tail_text = input
                .text
                .get(input.words[name_end.min(line.end_word - 1)].span.start..line.span.end)
                .unwrap_or("");
            let contact_after = name_end == line.end_word
                || tail_text.contains('@')
                || (name_end..line.end_word).all(|w| input.words[w].has_digit());
            if (1..=4).contains(&(name_end - end)) && contact_after {
                return Some((first, end, name_end, line.end_word));
            }
        } else if rest <= 8 && (rest == 0 || text.ends_with(',')) {
            // "Thanks again for your time," with the name on the next line.
            return Some((first, line.end_word, line.end_word, line.end_word));
        }
    }
    None
}
