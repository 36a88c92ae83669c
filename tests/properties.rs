//! Properties over generated drafts.

use followup_lint::{Applicability, Draft, Linter, MessageKind};
use proptest::prelude::*;

/// Pieces real drafts are made of, including the faults the safe fixes repair.
const PIECES: &[&str] = &[
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
    "https://example.com/a.b",
    "jo@example.com",
    "😀",
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
    "> quoted",
    "-",
    "NASA",
    "VERY",
];

fn draft() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|parts| {
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

fn kind() -> impl Strategy<Value = MessageKind> {
    prop::sample::select(MessageKind::ALL.to_vec())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// After fixing to a fixed point, no safe fix is left to apply, and the text is the
    /// same text with the fixes (never lost, always valid UTF-8).
    #[test]
    fn safe_fixes_reach_a_fixed_point(text in draft(), kind in kind()) {
        let linter = Linter::new();
        let fixed = linter.fix(&Draft::new(&text).kind(kind), Applicability::Safe);
        let again = linter.check(&Draft::new(&fixed.text).kind(kind));
        let left: Vec<String> = again
            .diagnostics
            .iter()
            .filter(|d| d.suggestions.iter().any(|s| s.applicability == Applicability::Safe))
            .map(|d| format!("{}: {}", d.rule, d.message))
            .collect();
        prop_assert!(left.is_empty(), "fixed {:?} into {:?} but safe fixes remain: {:?}", text, fixed.text, left);
    }
}
