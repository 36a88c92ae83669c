//! Properties over arbitrary and generated drafts: no panic, valid spans, sorted and
//! repeatable output (also across threads sharing one linter), fixes that reach a fixed
//! point, positions that round-trip.

use std::sync::{Arc, LazyLock};

use followup_lint::{
    Applicability, Draft, LineCol, LineIndex, Linter, MessageKind, Report, Utf16Position,
    apply_non_overlapping,
};
use proptest::prelude::*;

static LINTER: LazyLock<Linter> = LazyLock::new(Linter::new);

/// Pieces real drafts are made of, with the faults and oddities they carry.
const PIECES: &[&str] = &[
    // Shapes the reliability review broke things with: sign-offs split across lines,
    // emoticons (also in quoted lines), runs of URL and e-mail markers, long indents.
    "Best\nwishes, Sam",
    "With\nappreciation,",
    ":)",
    " :)",
    ";)",
    "<3",
    "@",
    "a@b.",
    "://",
    "é://",
    "www.",
    "é\u{a0}@",
    "                ",
    "Thanks!",
    "Best.",
    "Thank you",
    "thank you",
    "for",
    "the",
    "the",
    "The",
    "interview",
    "i",
    "I",
    "i'm",
    "i’m",
    "recieve",
    "definately",
    "teh",
    "Sincerly",
    "really",
    "great",
    "role",
    "team",
    "Dear Ms. Park",
    "Best regards",
    "Leo",
    "[Name]",
    "{company}",
    "____",
    "https://example.com/a.b",
    "jo@example.com",
    "😀",
    "👩🏽\u{200d}💻",
    "🇺🇸🇬🇧",
    "❤\u{fe0f}",
    "résumé",
    "re\u{301}sume\u{301}",
    "U.S.",
    "e.g.",
    "…",
    "..",
    ".",
    ",",
    "!",
    "?",
    ":",
    ";",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\u{2028}",
    "\u{85}",
    "\u{0}",
    "\u{202e}",
    "\u{a0}",
    "\u{ad}",
    "\u{200b}",
    "> quoted",
    "-",
    "NASA",
    "VERY",
    "salary",
    "Could you tell me the salary?",
    "sorry",
    "Hey",
    "Cheers,",
    "Subject: Hi",
    "On Mon, Jo wrote:",
    "שלום",
    "مرحبا",
];

fn draft() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|parts| {
        let mut out = String::new();
        for p in parts {
            if !out.is_empty()
                && !p.starts_with([' ', '\n', '\r', '.', ',', '!', '?', ':', ';'])
                && !out.ends_with([' ', '\n'])
            {
                out.push(' ');
            }
            out.push_str(p);
        }
        out
    })
}

fn kind() -> impl Strategy<Value = Option<MessageKind>> {
    prop::option::of(prop::sample::select(MessageKind::ALL.to_vec()))
}

fn check(text: &str, kind: Option<MessageKind>) -> Report {
    let mut draft = Draft::new(text);
    if let Some(k) = kind {
        draft = draft.kind(k);
    }
    LINTER.check(&draft)
}

/// Spans in bounds and on char boundaries; diagnostics sorted by position, then rule.
fn valid(text: &str, report: &Report) -> Result<(), TestCaseError> {
    let ok = |at: usize| at <= text.len() && text.is_char_boundary(at);
    let mut last = (0usize, String::new());
    for d in &report.diagnostics {
        let s = d
            .span()
            .ok_or_else(|| TestCaseError::fail("text diagnostic without a span"))?;
        prop_assert!(
            s.start <= s.end && ok(s.start) && ok(s.end),
            "{}: {} in {:?}",
            d.rule,
            s,
            text
        );
        for e in d.suggestions.iter().flat_map(|s| &s.edits) {
            prop_assert!(
                ok(e.span.start) && ok(e.span.end),
                "{}: edit {} in {:?}",
                d.rule,
                e.span,
                text
            );
        }
        let key = (s.start, d.rule.to_string());
        prop_assert!(key >= last, "unsorted: {:?} after {:?}", key, last);
        last = key;
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_unicode_never_panics_and_gives_valid_sorted_spans(text in any::<String>(), kind in kind()) {
        let report = check(&text, kind);
        valid(&text, &report)?;
        prop_assert_eq!(check(&text, kind), report);
    }

    #[test]
    fn generated_drafts_give_valid_repeatable_reports(text in draft(), kind in kind()) {
        let report = check(&text, kind);
        valid(&text, &report)?;
        prop_assert_eq!(&check(&text, kind), &report);
        // The same linter on another thread gives the same report.
        let shared = Arc::new(text.clone());
        let other = std::thread::spawn(move || check(&shared, kind)).join().expect("no panic");
        prop_assert_eq!(other, report);
    }

    #[test]
    fn safe_fixes_apply_and_recheck(text in draft(), kind in kind()) {
        let report = check(&text, kind);
        let fixed = apply_non_overlapping(&text, &report.diagnostics, Applicability::Safe);
        // A `String` is valid UTF-8 by construction; re-checking must not panic.
        let again = check(&fixed.text, kind);
        valid(&fixed.text, &again)?;
    }

    /// After fixing to a fixed point, no safe fix is left to apply.
    #[test]
    fn safe_fixes_reach_a_fixed_point(text in draft(), kind in prop::sample::select(MessageKind::ALL.to_vec())) {
        let fixed = LINTER.fix(&Draft::new(&text).kind(kind), Applicability::Safe);
        let mut one_step = String::new();
        let mut at = 0;
        for e in &fixed.edits {
            prop_assert!(e.span.start >= at && text.is_char_boundary(e.span.start));
            one_step.push_str(&text[at..e.span.start]);
            one_step.push_str(&e.replacement);
            at = e.span.end;
        }
        one_step.push_str(&text[at..]);
        prop_assert_eq!(&one_step, &fixed.text, "composed edits {:?}", fixed.edits);
        let again = LINTER.check(&Draft::new(&fixed.text).kind(kind));
        let left: Vec<String> = again
            .diagnostics
            .iter()
            .filter(|d| d.suggestions.iter().any(|s| s.applicability == Applicability::Safe))
            .map(|d| format!("{}: {}", d.rule, d.message))
            .collect();
        prop_assert!(left.is_empty(), "fixed {:?} into {:?} but safe fixes remain: {:?}", text, fixed.text, left);
    }

    /// Byte offset → line/column → byte offset, and → UTF-16 position → byte offset.
    #[test]
    fn positions_round_trip(text in "(\\PC|\\r|\\n|\\r\\n|\u{2028}){0,60}") {
        let index = LineIndex::new(&text);
        for offset in text.char_indices().map(|(i, _)| i).chain([text.len()]) {
            let lc: LineCol = index.line_col(offset);
            let lsp: Utf16Position = index.utf16(offset);
            let line_end = index.line_span(lsp.line).end;
            // The '\n' of a "\r\n" sits past the end of its line: it maps to the line end.
            let expected = if offset > line_end { line_end } else { offset };
            prop_assert_eq!(index.offset_of_line_col(lc), expected, "line/col of {}", offset);
            prop_assert_eq!(index.offset_of_utf16(lsp), expected, "UTF-16 of {}", offset);
        }
    }
}

/// Body sentences of our own, each well formed; drafts built from them miss elements
/// on purpose, so that the insertion fixes are exercised.
const SENTENCES: &[&str] = &[
    "Thank you for meeting with me yesterday about the analyst role.",
    "I received the agenda.",
    "It was good to hear about the new dashboard.",
    "The team seemed kind",
    "Could you tell me when you expect to decide?",
    "I enjoyed the tour!",
    "We talked about [topic].",
    "My work at Harbor Logistics cut planning time by a third.",
    "I am still very interested in the position.",
    "Thanks again",
];

fn note() -> impl Strategy<Value = String> {
    (
        prop::sample::select(vec!["Dear Ms. Park,\n\n", "Hi Sam,\n\n", ""]),
        prop::collection::vec(prop::sample::select(SENTENCES), 1..6),
        prop::sample::select(vec!["\n\nBest regards,\nDana Reyes", "\n\nDana", ""]),
        prop::bool::ANY,
    )
        .prop_map(|(greeting, body, closing, one_paragraph)| {
            let joiner = if one_paragraph { " " } else { "\n\n" };
            format!("{greeting}{}{closing}", body.join(joiner))
        })
}

/// Proofreading rules whose findings may rightly appear once sentences are added.
const LENGTH_RULES: &[&str] = &["too-long", "long-sentence", "too-short"];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Every fix at every level, applied to a draft: the result reads as well-formed
    /// text (no proofreading finding it did not have before, one sign-off at most) and
    /// a second fix changes nothing more than the first left.
    #[test]
    fn all_fixes_at_every_level_leave_well_formed_text(
        text in note(),
        kind in prop::sample::select(MessageKind::ALL.to_vec()),
    ) {
        let before = LINTER.check(&Draft::new(&text).kind(kind));
        let had: std::collections::BTreeSet<String> = before
            .diagnostics
            .iter()
            .filter(|d| d.category == followup_lint::Category::Proofreading)
            .map(|d| d.rule.to_string())
            .collect();
        for level in [Applicability::Safe, Applicability::NeedsReview, Applicability::HasPlaceholders] {
            let fixed = LINTER.fix(&Draft::new(&text).kind(kind), level);
            // The composed edits turn the draft into the fixed text in one step.
            let mut one_step = String::new();
            let mut at = 0;
            for e in &fixed.edits {
                prop_assert!(e.span.start >= at, "overlapping edits {:?}", fixed.edits);
                one_step.push_str(&text[at..e.span.start]);
                one_step.push_str(&e.replacement);
                at = e.span.end;
            }
            one_step.push_str(&text[at..]);
            prop_assert_eq!(&one_step, &fixed.text);
            let after = LINTER.check(&Draft::new(&fixed.text).kind(kind));
            let new: Vec<String> = after
                .diagnostics
                .iter()
                .filter(|d| d.category == followup_lint::Category::Proofreading)
                .filter(|d| !had.contains(d.rule.as_ref()) && !LENGTH_RULES.contains(&d.rule.as_ref()))
                .map(|d| format!("{}: {}", d.rule, d.message))
                .collect();
            prop_assert!(new.is_empty(), "{:?} fixed at {:?} into {:?}: {:?}", text, level, fixed.text, new);
            // Every inserted sentence starts a sentence: after end punctuation or a
            // line break, never run into the words before it.
            for added in before
                .diagnostics
                .iter()
                .flat_map(|d| d.suggestions.iter().filter(|s| s.applicability >= level))
                .flat_map(|s| s.edits.iter())
                .filter(|e| e.span.is_empty())
                .map(|e| e.replacement.trim())
                .filter(|r| r.len() > 3)
            {
                for (at, _) in fixed.text.match_indices(added) {
                    let head = fixed.text[..at].trim_end_matches(' ');
                    prop_assert!(
                        head.is_empty() || head.ends_with(['.', '!', '?', '\n', ':']),
                        "{:?} runs into the text before it in {:?}", added, fixed.text
                    );
                }
            }
            prop_assert!(fixed.text.matches("Best regards").count() <= 1, "{:?}", fixed.text);
            prop_assert!(!fixed.text.contains(".."), "{:?}", fixed.text);
            prop_assert!(!fixed.text.contains("[Your Name]]"), "{:?}", fixed.text);
        }
    }
}
