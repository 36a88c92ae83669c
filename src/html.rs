//! HTML input (feature `html`): the visible text of an HTML body, and the way back from
//! its byte offsets to the HTML source.
//!
//! Email clients hold drafts as HTML. [`VisibleText::new`] reads the markup with
//! html5gum (a WHATWG tokenizer), keeps what a reader sees, and lays it out as the plain
//! text a person would have typed: paragraphs separated by a blank line, `<br>` and
//! block elements as line breaks, runs of white space as one space. It leaves out what
//! a reader does not see as the message (`<head>`, `<style>`, `<script>`, comments) and
//! quoted replies: `<blockquote>`, and the containers mail clients wrap a quoted message
//! in (Gmail's `gmail_quote`, Yahoo's `yahoo_quoted`, Thunderbird's `moz-cite-prefix`,
//! and everything from Outlook's `divRplyFwdMsg` / `appendonsend` /
//! `<hr id="stopSpelling">` to the end).
//!
//! Every byte of the visible text maps back to the source: [`VisibleText::source_span`]
//! turns a span of the text into a span of the HTML. `Draft::new(html).html()` does all
//! of it inside [`Linter::check`](crate::Linter::check) and
//! [`Linter::fix`](crate::Linter::fix): the report's spans point into the HTML, and
//! only fixes that replace plain text (no markup, no character reference) are kept,
//! with their replacement escaped for HTML.

use std::collections::HashMap;

use html5gum::{DefaultEmitter, Token, Tokenizer};

use crate::diagnostic::{Diagnostic, Edit, Location, Span, Suggestion};
use crate::linter::Report;

/// One stretch of the visible text and the source bytes it comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Segment {
    /// Where the stretch starts in the visible text.
    out: usize,
    /// Its length in the visible text.
    len: usize,
    /// The source bytes it comes from.
    src: Span,
    /// True if the stretch is a copy of its source bytes, byte for byte; false for a
    /// decoded character reference, a collapsed run of white space, a `\r\n`, or a line
    /// break made from markup.
    literal: bool,
}

/// The text a reader sees in an HTML body, with a map back to the source.
///
/// ```
/// use followup_lint::html::VisibleText;
///
/// let html = "<p>Hi Zo&euml;,</p>\n<p>Thanks   for <b>the</b> tour.</p>";
/// let visible = VisibleText::new(html);
/// assert_eq!(visible.text(), "Hi Zoë,\n\nThanks for the tour.");
/// let at = visible.text().find("the tour").unwrap();
/// let span = visible.source_span(followup_lint::Span::new(at, at + 8));
/// assert_eq!(span.slice(html), "the</b> tour");
/// ```
#[derive(Clone, Debug)]
pub struct VisibleText {
    text: String,
    segments: Vec<Segment>,
    source_len: usize,
}

/// Elements whose content a reader never sees as the message.
const HIDDEN: &[&[u8]] = &[
    b"head",
    b"style",
    b"script",
    b"title",
    b"template",
    b"noscript",
];

/// Elements that start a paragraph: a blank line before and after.
const PARAGRAPH: &[&[u8]] = &[b"p", b"h1", b"h2", b"h3", b"h4", b"h5", b"h6"];

/// Elements that start a line.
const LINE: &[&[u8]] = &[
    b"address",
    b"article",
    b"aside",
    b"blockquote",
    b"center",
    b"dd",
    b"details",
    b"dialog",
    b"div",
    b"dl",
    b"dt",
    b"fieldset",
    b"figcaption",
    b"figure",
    b"footer",
    b"form",
    b"header",
    b"hr",
    b"li",
    b"main",
    b"nav",
    b"ol",
    b"pre",
    b"section",
    b"summary",
    b"table",
    b"tr",
    b"ul",
];

/// Elements that never have content or an end tag.
const VOID: &[&[u8]] = &[
    b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta",
    b"source", b"track", b"wbr",
];

/// Class names of the containers mail clients put a quoted message in.
const QUOTE_CLASSES: &[&str] = &["gmail_quote", "yahoo_quoted", "moz-cite-prefix"];

/// Ids after which everything is the quoted message (Outlook puts the quote after, not
/// inside, these).
const QUOTE_REST_IDS: &[&str] = &["divRplyFwdMsg", "appendonsend", "stopSpelling"];

/// Builds the visible text and its segments.
struct Builder<'s> {
    source: &'s str,
    text: String,
    segments: Vec<Segment>,
    /// The source of a run of white space not yet written: written as one space before
    /// the next visible character on the same line.
    pending_space: Option<Span>,
    /// Inside `<pre>`: white space is kept as it is.
    pre: usize,
}

impl Builder<'_> {
    fn push(&mut self, s: &str, src: Span, literal: bool) {
        if s.is_empty() {
            return;
        }
        let out = self.text.len();
        self.text.push_str(s);
        if let Some(last) = self.segments.last_mut() {
            // A literal stretch that continues the previous one in both texts joins it.
            if literal && last.literal && last.out + last.len == out && last.src.end == src.start {
                last.len += s.len();
                last.src.end = src.end;
                return;
            }
        }
        self.segments.push(Segment {
            out,
            len: s.len(),
            src,
            literal,
        });
    }

    /// Writes a visible character (or a decoded reference) from `src`.
    fn visible(&mut self, s: &str, src: Span, literal: bool) {
        if let Some(space) = self.pending_space.take() {
            if !self.text.is_empty() && !self.text.ends_with('\n') {
                let exact =
                    space.len() == 1 && self.source.as_bytes().get(space.start) == Some(&b' ');
                self.push(" ", space, exact);
            }
        }
        self.push(s, src, literal);
    }

    /// Ends the line (`newlines` = 1) or the paragraph (2) at markup `src`, unless the
    /// text already does or nothing was written yet.
    fn brk(&mut self, newlines: usize, src: Span) {
        self.pending_space = None;
        if self.text.is_empty() {
            return;
        }
        // At most two line ends are ever needed, so only two are looked at.
        let have = self
            .text
            .as_bytes()
            .iter()
            .rev()
            .take(2)
            .take_while(|&&b| b == b'\n')
            .count();
        for _ in have..newlines {
            self.push("\n", src, false);
        }
    }

    /// A `<br>`: always a new line.
    fn line_break(&mut self, src: Span) {
        self.pending_space = None;
        self.push("\n", src, false);
    }

    /// Writes the decoded text `value` of the source stretch `src`, collapsing white
    /// space outside `<pre>`, and mapping each character to its source bytes.
    fn string(&mut self, value: &str, src: Span) {
        let raw = src.slice(self.source);
        if value == raw {
            self.chars(value, src.start);
            return;
        }
        // Decoded character references or normalised line ends: align the two.
        let mut aligner = Aligner {
            raw,
            at: 0,
            failed: false,
        };
        self.chars_aligned(value, src, &mut aligner);
    }

    /// Writes `value`, whose characters are copies of the source from `start` on.
    fn chars(&mut self, value: &str, start: usize) {
        let mut i = 0;
        while i < value.len() {
            let rest = &value[i..];
            let ws = rest
                .char_indices()
                .find(|&(_, c)| !is_space(c))
                .map_or(rest.len(), |(k, _)| k);
            if ws > 0 {
                self.space(Span::new(start + i, start + i + ws), &rest[..ws]);
                i += ws;
                continue;
            }
            let word = rest
                .char_indices()
                .find(|&(_, c)| is_space(c))
                .map_or(rest.len(), |(k, _)| k);
            self.visible(&rest[..word], Span::new(start + i, start + i + word), true);
            i += word;
        }
    }

    /// White space `s` at source `src`.
    fn space(&mut self, src: Span, s: &str) {
        if self.pre > 0 {
            for (k, c) in s.char_indices() {
                let at = Span::new(src.start + k, src.start + k + c.len_utf8());
                if c == '\n' {
                    self.line_break(at);
                } else {
                    self.visible(c.encode_utf8(&mut [0; 4]), at, true);
                }
            }
            return;
        }
        self.pending_space = Some(match self.pending_space {
            Some(p) => p.cover(src),
            None => src,
        });
    }

    fn chars_aligned(&mut self, value: &str, src: Span, aligner: &mut Aligner<'_>) {
        for (k, c) in value.char_indices() {
            let rest = &value[k + c.len_utf8()..];
            let (from, to, literal) = aligner.next(c, rest);
            let at = Span::new(src.start + from, src.start + to);
            if is_space(c) {
                self.space(at, if literal { at.slice(self.source) } else { " " });
            } else {
                self.visible(c.encode_utf8(&mut [0; 4]), at, literal);
            }
        }
    }
}

/// White space that HTML collapses (not U+00A0, which is a character a writer typed).
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}')
}

/// Walks the source of a text token beside its decoded value, one character at a time.
struct Aligner<'s> {
    raw: &'s str,
    at: usize,
    /// Set when the two could not be matched: the rest of the value maps to the rest
    /// of the source as a whole.
    failed: bool,
}

impl Aligner<'_> {
    /// The source bytes `(from, to, literal)` that produced `c`, followed in the value
    /// by `rest`.
    fn next(&mut self, c: char, rest: &str) -> (usize, usize, bool) {
        let src = &self.raw[self.at.min(self.raw.len())..];
        if self.failed || src.is_empty() {
            self.failed = true;
            return (self.at.min(self.raw.len()), self.raw.len(), false);
        }
        let from = self.at;
        if c == '\n' && src.starts_with("\r\n") {
            self.at += 2;
            return (from, self.at, false);
        }
        if c == '\n' && src.starts_with('\r') {
            self.at += 1;
            return (from, self.at, false);
        }
        if src.starts_with('&') {
            if let Some(len) = reference_len(src, rest) {
                self.at += len;
                return (from, self.at, false);
            }
        }
        if src.starts_with(c) {
            self.at += c.len_utf8();
            return (from, self.at, true);
        }
        // Not a form we know (a reference decoding to two characters, a NUL replaced):
        // give up precision, never correctness.
        self.failed = true;
        self.at = self.raw.len();
        (from, self.raw.len(), false)
    }
}

/// The length of the character reference at the start of `src` (which starts with
/// `&`), given that the decoded text continues with `rest`; `None` if `&` stands for
/// itself.
fn reference_len(src: &str, rest: &str) -> Option<usize> {
    let b = src.as_bytes();
    let continues = |end: usize| {
        let after = &src[end..];
        match (after.chars().next(), rest.chars().next()) {
            (None, _) | (_, None) => true,
            (Some(a), Some(r)) => a == r || a == '&' || a == '\r',
        }
    };
    let digits = |from: usize, hex: bool| {
        b[from..]
            .iter()
            .take_while(|x| {
                if hex {
                    x.is_ascii_hexdigit()
                } else {
                    x.is_ascii_digit()
                }
            })
            .count()
    };
    if b.get(1) == Some(&b'#') {
        let hex = matches!(b.get(2), Some(b'x' | b'X'));
        let from = if hex { 3 } else { 2 };
        let n = digits(from, hex);
        if n == 0 {
            return None;
        }
        let end = from + n;
        let end = if b.get(end) == Some(&b';') {
            end + 1
        } else {
            end
        };
        return Some(end);
    }
    let name = b[1..]
        .iter()
        .take_while(|x| x.is_ascii_alphanumeric())
        .count();
    if name == 0 {
        return None;
    }
    if b.get(1 + name) == Some(&b';') && continues(name + 2) {
        return Some(name + 2);
    }
    // A legacy reference without its semicolon ("&copy2"): the longest name after which
    // the source goes on as the decoded text does.
    (2..=1 + name).rev().find(|&end| continues(end))
}

/// A tag name's class or id attribute, lower-cased.
fn attr<'t>(tag: &'t html5gum::StartTag<usize>, name: &[u8]) -> Option<&'t [u8]> {
    tag.attributes
        .iter()
        .find(|(k, _)| k.as_slice() == name)
        .map(|(_, v)| v.value.as_slice())
}

fn is_quote(tag: &html5gum::StartTag<usize>) -> bool {
    tag.name.as_slice() == b"blockquote"
        || attr(tag, b"class").is_some_and(|class| {
            String::from_utf8_lossy(class)
                .split_ascii_whitespace()
                .any(|c| QUOTE_CLASSES.contains(&c))
        })
}

fn starts_quoted_rest(tag: &html5gum::StartTag<usize>) -> bool {
    attr(tag, b"id").is_some_and(|id| QUOTE_REST_IDS.iter().any(|q| q.as_bytes() == id))
        || attr(tag, b"class").is_some_and(|c| c == b"OutlookMessageHeader")
}

/// The open elements, with a count per name so that an end tag with no open element
/// costs nothing, and every search is paid for by the elements it closes.
#[derive(Default)]
struct OpenElements {
    stack: Vec<Vec<u8>>,
    open: HashMap<Vec<u8>, usize>,
}

impl OpenElements {
    fn push(&mut self, name: &[u8]) {
        *self.open.entry(name.to_vec()).or_default() += 1;
        self.stack.push(name.to_vec());
    }

    /// Closes `name` and everything opened inside it; returns the depth left, or `None`
    /// if no such element is open.
    fn close(&mut self, name: &[u8]) -> Option<usize> {
        if self.open.get(name).copied().unwrap_or(0) == 0 {
            return None;
        }
        let at = self.stack.iter().rposition(|n| n == name)?;
        for closed in self.stack.drain(at..) {
            if let Some(n) = self.open.get_mut(&closed) {
                *n = n.saturating_sub(1);
            }
        }
        Some(at)
    }

    fn depth(&self) -> usize {
        self.stack.len()
    }
}

impl VisibleText {
    /// Reads the visible text of `html`. Never fails: markup errors are recovered from
    /// as a browser would.
    #[must_use]
    pub fn new(html: &str) -> VisibleText {
        let mut b = Builder {
            source: html,
            text: String::new(),
            segments: Vec::new(),
            pending_space: None,
            pre: 0,
        };
        let mut open = OpenElements::default();
        // Depth of the element whose content is skipped (hidden or quoted), if any.
        let mut skip_from: Option<usize> = None;
        let mut emitter = DefaultEmitter::<usize>::new_with_span();
        emitter.naively_switch_states(true);
        for token in Tokenizer::new_with_emitter(html, emitter) {
            let Ok(token) = token;
            match token {
                Token::StartTag(tag) => {
                    let name = tag.name.as_slice();
                    let span = Span::new(tag.span.start, tag.span.end);
                    if skip_from.is_none() && starts_quoted_rest(&tag) {
                        break;
                    }
                    let void = VOID.contains(&name);
                    if skip_from.is_none() {
                        if HIDDEN.contains(&name) || is_quote(&tag) {
                            skip_from = Some(open.depth());
                        } else if name == b"br" {
                            b.line_break(span);
                        } else if PARAGRAPH.contains(&name) {
                            b.brk(2, span);
                        } else if LINE.contains(&name) {
                            b.brk(1, span);
                        } else if matches!(name, b"td" | b"th") {
                            b.space(span, " ");
                        }
                        if name == b"pre" {
                            b.pre += 1;
                        }
                    }
                    if !void {
                        open.push(name);
                    }
                }
                Token::EndTag(tag) => {
                    let name = tag.name.as_slice();
                    let span = Span::new(tag.span.start, tag.span.end);
                    let Some(depth) = open.close(name) else {
                        continue;
                    };
                    if let Some(from) = skip_from {
                        if depth <= from {
                            skip_from = None;
                        }
                        continue;
                    }
                    if PARAGRAPH.contains(&name) {
                        b.brk(2, span);
                    } else if LINE.contains(&name) {
                        b.brk(1, span);
                    }
                    if name == b"pre" {
                        b.pre = b.pre.saturating_sub(1);
                    }
                }
                Token::String(s) if skip_from.is_none() => {
                    let value = String::from_utf8_lossy(&s.value);
                    b.string(&value, Span::new(s.span.start, s.span.end));
                }
                _ => {}
            }
        }
        // A trailing line break made from markup is layout, not text.
        while b.text.ends_with('\n') && b.segments.last().is_some_and(|s| !s.literal && s.len == 1)
        {
            b.text.pop();
            b.segments.pop();
        }
        VisibleText {
            text: b.text,
            segments: b.segments,
            source_len: html.len(),
        }
    }

    /// The visible text, laid out as plain text.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The segment holding visible byte `offset` (the last one for the end).
    fn segment(&self, offset: usize) -> Option<&Segment> {
        let i = self.segments.partition_point(|s| s.out <= offset);
        self.segments.get(i.checked_sub(1)?)
    }

    /// The source offset where visible byte `offset` starts.
    fn start_of(&self, offset: usize) -> usize {
        match self.segment(offset) {
            Some(s) if offset < s.out + s.len => {
                if s.literal {
                    s.src.start + (offset - s.out)
                } else {
                    s.src.start
                }
            }
            Some(s) => s.src.end,
            None => self.segments.first().map_or(0, |s| s.src.start),
        }
    }

    /// The source offset where the visible text before `offset` ends.
    fn end_of(&self, offset: usize) -> usize {
        if offset == 0 {
            return self.start_of(0);
        }
        match self.segment(offset - 1) {
            Some(s) if s.literal => s.src.start + (offset - s.out).min(s.len),
            Some(s) => s.src.end,
            None => 0,
        }
    }

    /// The span of the HTML source that `span` of the visible text comes from. A
    /// zero-width span (an insertion point) maps to a zero-width span.
    #[must_use]
    pub fn source_span(&self, span: Span) -> Span {
        let start = self.start_of(span.start).min(self.source_len);
        if span.is_empty() {
            return Span::empty(start);
        }
        let end = self.end_of(span.end).min(self.source_len);
        Span::new(start, end.max(start))
    }

    /// True if `span` of the visible text is a byte-for-byte copy of its source: no
    /// markup, character reference or collapsed white space inside.
    fn is_literal(&self, span: Span) -> bool {
        match self.segment(span.start) {
            Some(s) => s.literal && span.end <= s.out + s.len,
            None => false,
        }
    }

    /// An edit of the visible text as an edit of the source, if it can be made there
    /// without touching markup.
    fn source_edit(&self, edit: &Edit) -> Option<Edit> {
        // An insertion goes wherever its point maps; a replacement only over plain text.
        (edit.span.is_empty() || self.is_literal(edit.span))
            .then(|| Edit::new(self.source_span(edit.span), escape(&edit.replacement)))
    }

    /// A report on the visible text as a report on the HTML source: every span maps
    /// back, and suggestions that would touch markup are dropped.
    pub(crate) fn map_report(&self, mut report: Report) -> Report {
        for d in &mut report.diagnostics {
            self.map_diagnostic(d);
        }
        for item in &mut report.checklist {
            item.evidence = item.evidence.map(|e| self.source_span(e));
        }
        // Two findings apart in the text can start at one place of the source (both
        // in one character reference): keep the report's order.
        report
            .diagnostics
            .sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        report
    }

    fn map_diagnostic(&self, d: &mut Diagnostic) {
        if let Location::Text(span) = d.location {
            d.location = Location::Text(self.source_span(span));
        }
        let suggestions = std::mem::take(&mut d.suggestions);
        d.suggestions = suggestions
            .into_iter()
            .filter_map(|s| {
                let edits = s
                    .edits
                    .iter()
                    .map(|e| self.source_edit(e))
                    .collect::<Option<Vec<Edit>>>()?;
                Some(Suggestion::with_edits(s.title, edits, s.applicability))
            })
            .collect();
    }
}

/// Plain text as HTML: the characters markup would read escaped, line breaks as `<br>`.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\n' => out.push_str("<br>"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn visible(html: &str) -> String {
        VisibleText::new(html).text().to_owned()
    }

    #[test]
    fn paragraphs_lines_and_spaces_read_as_typed() {
        assert_eq!(
            visible("<p>Hi Ana,</p><p>Thanks\n  for   the tour.<br>\nSee you</p>"),
            "Hi Ana,\n\nThanks for the tour.\nSee you"
        );
        assert_eq!(
            visible(r#"<div dir="ltr">Hi Ana,<div><br></div><div>Thanks!</div></div>"#),
            "Hi Ana,\n\nThanks!"
        );
        assert_eq!(visible("<pre>a  b\nc</pre>"), "a  b\nc");
    }

    #[test]
    fn hidden_parts_and_quoted_replies_are_left_out() {
        let html = concat!(
            "<html><head><title>t</title><style>p{color:red}</style></head><body>",
            "<p>Thank you.</p><!-- a comment --><script>if (a<b) x()</script>",
            r#"<div class="gmail_quote">On Monday Ana wrote:<blockquote>Old text</blockquote></div>"#,
            "<p>Best,<br>Sam</p>",
            r#"<div id="divRplyFwdMsg">From: Ana</div><div>quoted body</div>"#,
        );
        assert_eq!(visible(html), "Thank you.\n\nBest,\nSam");
    }

    #[test]
    fn references_and_line_ends_map_back_to_their_source() {
        let html = "<p>Zo&euml; &amp; Sam&#x1F642;\r\nrock &copy2 x</p>";
        let v = VisibleText::new(html);
        assert_eq!(v.text(), "Zoë & Sam🙂 rock ©2 x");
        let find = |s: &str| {
            let at = v.text().find(s).expect("present");
            v.source_span(Span::new(at, at + s.len())).slice(html)
        };
        assert_eq!(find("Zoë"), "Zo&euml;");
        assert_eq!(find("& Sam"), "&amp; Sam");
        assert_eq!(find("🙂"), "&#x1F642;");
        assert_eq!(find("rock"), "rock");
        assert_eq!(find("©2"), "&copy2");
        assert_eq!(find("x"), "x");
    }

    #[test]
    fn every_mapped_span_is_a_valid_source_range() {
        for html in [
            "",
            "<",
            "&",
            "&#",
            "<p>a&b;c</p>",
            "<p>\u{0}é&#0;&#xD800;&#99999999;</p>",
            "<div><span></div></span>text",
            "</p></p>x<br/><br>",
            "<p>ab</p>",
        ] {
            let v = VisibleText::new(html);
            let text = v.text();
            for i in 0..=text.len() {
                for j in i..=text.len() {
                    if !(text.is_char_boundary(i) && text.is_char_boundary(j)) {
                        continue;
                    }
                    let s = v.source_span(Span::new(i, j));
                    assert!(s.start <= s.end && s.end <= html.len(), "{html:?} {i}..{j}");
                    assert!(html.is_char_boundary(s.start) && html.is_char_boundary(s.end));
                }
            }
        }
    }

    #[test]
    fn edits_over_markup_or_references_are_not_offered() {
        let html = "<p>Thanks for <b>the</b> the tour &amp; more</p>";
        let v = VisibleText::new(html);
        let at = |s: &str| v.text().find(s).expect("present");
        let plain = Edit::new(Span::new(at("tour"), at("tour") + 4), "visit");
        let edit = v.source_edit(&plain).expect("plain text edits map");
        assert_eq!(edit.span.slice(html), "tour");
        let across = Edit::new(Span::new(at("the"), at("the the") + 7), "the");
        assert_eq!(v.source_edit(&across), None);
        let reference = Edit::new(Span::new(at("&"), at("&") + 1), "and");
        assert_eq!(v.source_edit(&reference), None);
        let insert = Edit::insert(v.text().len(), "\nBest, <Sam>");
        let edit = v.source_edit(&insert).expect("insertions map");
        assert_eq!(edit.replacement, "<br>Best, &lt;Sam&gt;");
        assert_eq!(&html[edit.span.start..], "</p>");
    }
}
