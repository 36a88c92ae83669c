//! Generated text shapes for the scaling checks: each shape is a short unit that is
//! repeated to any size. Shared by `examples/scaling.rs` (operation counts under
//! callgrind, run in CI) and `benches/shapes.rs` (wall time at 64 KiB – 1 MiB).
//!
//! The family aims at what a scanner could treat specially: every phrase of every
//! rule's tables, every ASCII punctuation character alone and between letters, the
//! characters the tokenizer and the part finder look for (quotes, apostrophes, dashes,
//! no-break and zero-width spaces, line separators, emoji, combining marks), sign-offs
//! and greetings split and repeated, emoticons in quoted lines, URL and e-mail markers;
//! each also with a non-ASCII character in front, which sends the tokenizer down its
//! Unicode path.

use followup_lint::{RuleKind, catalogue};

/// Every shape as `(name, unit)`.
pub(crate) fn shapes() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut add = |name: String, unit: String| {
        out.push((format!("é+{name}"), format!("é{unit}")));
        out.push((name, unit));
    };
    // Every rule's phrase tables: the phrases of one rule, joined, as one shape.
    for rule in catalogue() {
        if let RuleKind::Text(t) = &rule.kind {
            let phrases: Vec<String> = t
                .phrases
                .iter()
                .flat_map(|(_, list)| list.iter())
                .map(|p| p.replace('+', ""))
                .collect();
            if !phrases.is_empty() {
                add(format!("phrases of {}", rule.id), phrases.join(". ") + ". ");
            }
        }
    }
    // ASCII punctuation alone, after a letter, and between words.
    for c in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".chars() {
        add(format!("{c:?} alone"), c.to_string());
        add(format!("{c:?} after a letter"), format!("a{c}"));
        add(format!("{c:?} between words"), format!("word{c} "));
    }
    // Characters the tokenizer, sentence splitter and part finder look for.
    for (name, unit) in [
        ("no-break space", "a\u{a0}"),
        ("zero-width space", "a\u{200b}"),
        ("soft hyphen", "a\u{ad}"),
        ("curly apostrophe", "don\u{2019}t "),
        ("curly quotes", "\u{201c}a\u{201d} "),
        ("en dash", "a \u{2013} "),
        ("em dash", "a\u{2014}"),
        ("ellipsis", "a\u{2026} "),
        ("line separator", "a\u{2028}"),
        ("paragraph separator", "a\u{2029}"),
        ("bidi control", "a\u{202e}b "),
        ("combining mark", "e\u{301} "),
        ("emoji", "\u{1f642}"),
        ("emoji sequence", "\u{1f469}\u{200d}\u{1f4bb} "),
        ("flags", "\u{1f1fa}\u{1f1f8}"),
        ("cjk", "\u{4f60}\u{597d}"),
        ("right to left", "\u{5e9}\u{5dc}\u{5d5}\u{5dd} "),
        ("crlf lines", "Thanks again.\r\n"),
        ("lone cr lines", "Thanks again.\r"),
        ("blank lines", "\n\n"),
        ("one-letter words", "i "),
        ("unknown words", "zqxv "),
        ("a word repeated", "aaaa "),
        ("capitals", "WORD "),
        ("digits", "555-0148 "),
        (
            "ordinary prose",
            "Thank you for meeting with me about the analyst role; I enjoyed it. ",
        ),
        ("one sentence", "and the "),
        ("slots", "[Name] "),
        ("braces", "{{role}} "),
        ("angle slots", "<Job Title> "),
        ("underscores", "____ "),
        ("html", "<p>Thank you.</p>"),
        ("greeting", "Hi, "),
        ("greeting lines", "Hi Sam,\n"),
        ("sign-off", "Best."),
        ("sign-off lines", "Best regards,\nSam\n"),
        ("split sign-off", "Best\nwishes, Sam\n"),
        ("thanks!", "Thanks! "),
        ("emoticon", " :)"),
        ("quoted emoticons", "> :) :( ;)\n"),
        ("quoted reply", "> x\n"),
        ("wrote line", "On Monday, Sam wrote:\n> thanks\n"),
        ("email", "a@b."),
        ("url", "é://"),
        ("url www", "www."),
        ("no-break email", "é\u{a0}@"),
        ("subject line", "Subject: "),
        ("list", "- item\n"),
    ] {
        add(name.to_owned(), unit.to_owned());
    }
    out
}

/// `unit` repeated to at least `bytes` bytes (whole units).
pub(crate) fn repeat_to(unit: &str, bytes: usize) -> String {
    let n = bytes.div_ceil(unit.len().max(1));
    unit.repeat(n.max(1))
}

/// A shape that starts with a long indent and one `>`: a quoted line that never ends.
pub(crate) fn indented_quote(bytes: usize) -> String {
    let mut t = " ".repeat(bytes / 2);
    t.push('>');
    t.push_str(&" :)".repeat(bytes / 6));
    t
}
