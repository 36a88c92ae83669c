//! Inputs every release must survive: each test checks the invariants (no panic, spans
//! in bounds and on char boundaries, sorted and repeatable output, fixes that apply,
//! positions that round-trip) and that the result makes sense for the input.

use followup_lint::{
    Applicability, Config, Draft, LineIndex, Linter, MessageKind, Report, apply_non_overlapping,
};

/// Checks `text` as a thank-you note and asserts the invariants.
fn check(text: &str) -> Report {
    check_with(&Linter::new(), text)
}

fn check_with(linter: &Linter, text: &str) -> Report {
    let draft = Draft::new(text).kind(MessageKind::ThankYou);
    let report = linter.check(&draft);
    invariants(text, &report);
    assert_eq!(
        linter.check(&draft),
        report,
        "checking twice gives the same report"
    );
    report
}

fn on_boundary(text: &str, at: usize) -> bool {
    at <= text.len() && text.is_char_boundary(at)
}

fn invariants(text: &str, report: &Report) {
    let index = LineIndex::new(text);
    let mut last = (0, String::new());
    for d in &report.diagnostics {
        let span = d.span().expect("text diagnostics have spans");
        assert!(span.start <= span.end, "{}: {span}", d.rule);
        assert!(
            on_boundary(text, span.start) && on_boundary(text, span.end),
            "{}: {span} in {} bytes",
            d.rule,
            text.len()
        );
        let key = (span.start, d.rule.to_string());
        assert!(
            key >= last,
            "diagnostics out of order: {key:?} after {last:?}"
        );
        last = key;
        for s in &d.suggestions {
            for e in &s.edits {
                assert!(
                    on_boundary(text, e.span.start) && on_boundary(text, e.span.end),
                    "{}: edit {}",
                    d.rule,
                    e.span
                );
            }
        }
        // Positions round-trip through line/column and UTF-16.
        let lc = index.line_col(span.start);
        let lsp = index.utf16(span.start);
        assert_eq!(index.offset_of_utf16(lsp), index.offset_of_line_col(lc));
    }
    for item in &report.checklist {
        if let Some(e) = item.evidence {
            assert!(
                on_boundary(text, e.start) && on_boundary(text, e.end),
                "{}",
                item.criterion
            );
        }
    }
    // Safe fixes apply and the result checks again without trouble.
    let fixed = apply_non_overlapping(text, &report.diagnostics, Applicability::Safe);
    let _ = Linter::new().check(&Draft::new(&fixed.text).kind(MessageKind::ThankYou));
}

fn rules(report: &Report) -> Vec<&str> {
    report.diagnostics.iter().map(|d| d.rule.as_ref()).collect()
}

fn fires(report: &Report, rule: &str) -> bool {
    rules(report).contains(&rule)
}

/// A complete, ordinary note to vary.
const NOTE: &str = "Dear Ms. Park,\n\nThank you for meeting with me yesterday about the analyst role. I enjoyed hearing about the new reporting dashboard, and I am very interested in the position.\n\nBest regards,\nLeo Grant";

#[test]
fn empty_text_gets_one_clear_diagnostic() {
    let report = check("");
    assert_eq!(rules(&report), ["empty-draft"]);
    assert_eq!(report.diagnostics[0].message, "The draft is empty.");
}

#[test]
fn whitespace_only_gets_one_clear_diagnostic() {
    for text in [" ", "\n\n\n", "\t \r\n \u{a0}\u{2028}"] {
        assert_eq!(rules(&check(text)), ["empty-draft"], "{text:?}");
    }
}

#[test]
fn one_character() {
    for text in ["a", "é", "?", "\u{0}"] {
        let report = check(text);
        assert!(!report.diagnostics.is_empty(), "{text:?}");
    }
    assert_eq!(rules(&check("🙂")), ["empty-draft"]);
}

#[test]
fn no_trailing_newline_and_a_trailing_newline_read_alike() {
    let a = check(NOTE);
    let b = check(&format!("{NOTE}\n"));
    assert_eq!(rules(&a), rules(&b));
    assert!(
        a.checklist
            .iter()
            .find(|c| c.criterion == followup_lint::Criterion::Closing)
            .is_some_and(|c| c.satisfied)
    );
}

#[test]
fn crlf_line_breaks() {
    let text = NOTE.replace('\n', "\r\n");
    assert_eq!(rules(&check(&text)), rules(&check(NOTE)));
}

#[test]
fn lone_cr_line_breaks() {
    let text = NOTE.replace('\n', "\r");
    assert_eq!(rules(&check(&text)), rules(&check(NOTE)));
}

#[test]
fn unicode_line_and_paragraph_separators() {
    for sep in ["\u{85}", "\u{2028}", "\u{2029}"] {
        let text = NOTE.replace('\n', sep);
        assert_eq!(rules(&check(&text)), rules(&check(NOTE)), "{sep:?}");
    }
}

#[test]
fn nul_and_control_characters_are_text_not_the_end() {
    let text = "Thank you\u{0} for the interview.\u{1}\u{7f} What is the salary range?\u{0}";
    let report = check(text);
    assert!(
        fires(&report, "salary-question"),
        "text after a NUL is still checked: {:?}",
        rules(&report)
    );
    assert!(!fires(&report, "missing-gratitude"));
}

#[test]
fn emoji_sequences_skin_tones_and_flags() {
    let text = "Thank you for the interview 👩🏽\u{200d}💻 ❤\u{fe0f} 👍🏽 🇺🇸🇬🇧🇫🇷! I enjoyed it.";
    let report = check(text);
    let emoji = report
        .diagnostics
        .iter()
        .find(|d| d.rule == "informal-language")
        .expect("emoji flagged");
    assert!(emoji.span().is_some_and(|s| !s.slice(text).is_empty()));
}

#[test]
fn long_runs_of_flags() {
    let text = format!("Thank you. {}", "🇺🇸🇬🇧🇫🇷🇩🇪🇯🇵".repeat(2000));
    let report = check(&text);
    assert!(report.diagnostics.len() < 20, "{:?}", rules(&report));
}

#[test]
fn combining_marks_and_nfd_text() {
    let text = "Thank you for reading my re\u{301}sume\u{301} and my cafe\u{301} story.";
    let report = check(text);
    assert!(!fires(&report, "misspelling"), "{:?}", rules(&report));
}

#[test]
fn right_to_left_text_is_fine() {
    let text = "Thank you for the interview. שלום לצוות and مرحبا to the team in Cairo.";
    assert!(!fires(&check(text), "hidden-characters"));
}

#[test]
fn bidi_controls_are_flagged_as_hidden_characters() {
    let text = "Thank you for the interview.\u{202e}gnirts neddih\u{202c} I enjoyed it.";
    let report = check(text);
    let hidden: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.rule == "hidden-characters")
        .collect();
    assert_eq!(hidden.len(), 2, "{:?}", rules(&report));
    assert!(hidden[0].message.contains("U+202E"));
}

#[test]
fn nbsp_zwsp_soft_hyphen_and_curly_apostrophes_inside_phrases() {
    let text = "Dear Ms. Park,\n\nThank\u{a0}you for the inter\u{ad}view. I’m very\u{200b} interested in the role.\n\nBest,\nLeo";
    let report = check(text);
    assert!(!fires(&report, "missing-gratitude"), "{:?}", rules(&report));
    assert!(
        !fires(&report, "missing-interest"),
        "I’m matches like I'm: {:?}",
        rules(&report)
    );
}

#[test]
fn a_one_megabyte_draft() {
    let text = NOTE.repeat(1_000_000 / NOTE.len() + 1);
    let mut cut = 1_000_000;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let report = check(&text[..cut]);
    assert!(!report.truncated);
    assert!(report.stats.words > 100_000);
}

#[test]
fn above_the_size_limit_the_start_is_checked_and_the_report_says_so() {
    let text = NOTE.repeat((2 << 20) / NOTE.len() + 1);
    let report = check(&text);
    assert!(report.truncated);
    assert!(fires(&report, "input-truncated"));
    let small = Linter::with_config(Config::new().max_input_bytes(64)).expect("valid");
    let report = check_with(&small, NOTE);
    assert!(report.truncated && report.stats.bytes <= 64);
}

#[test]
fn a_five_thousand_word_sentence() {
    let text = format!(
        "Thank you for {}today.",
        "the very long interview and ".repeat(1000)
    );
    let report = check(&text);
    let long: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.rule == "long-sentence")
        .collect();
    assert_eq!(long.len(), 1);
    assert!(
        long[0].message.contains("5004 words"),
        "{}",
        long[0].message
    );
}

#[test]
fn ten_thousand_lines() {
    let text = "Thanks for the interview.\n".repeat(10_000);
    let report = check(&text);
    assert_eq!(report.stats.sentences, 10_000);
}

#[test]
fn a_hundred_kilobyte_base64_blob() {
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let blob: String = (0..100_000u32)
        .map(|i| char::from(alphabet[(i.wrapping_mul(2_654_435_761) >> 26) as usize % 64]))
        .collect();
    let text = format!("{NOTE}\n\n{blob}==");
    let report = check(&text);
    assert!(!fires(&report, "misspelling"), "{:?}", rules(&report));
    assert!(report.diagnostics.len() < 20, "{:?}", rules(&report));
}

#[test]
fn a_quoted_reply_chain_is_not_the_writers_text() {
    let text = format!(
        "{NOTE}\n\nOn Mon, Dec 1, 2026 at 9:00 AM Ms. Park <park@example.com> wrote:\n> What are your salary expectations? Sorry to bother you!!\n>> Thx 4 ur time"
    );
    let report = check(&text);
    for rule in [
        "salary-question",
        "excessive-exclamation",
        "informal-language",
        "excessive-apology",
    ] {
        assert!(
            !fires(&report, rule),
            "{rule} fired inside the quote: {:?}",
            rules(&report)
        );
    }
}

#[test]
fn pasted_html() {
    let text = "<html><body><p>Dear Ms. Park,</p><p>Thank you for the interview yesterday.<br>I am very interested in the role.</p><p>Best regards,<br>Leo</p></body></html>";
    let report = check(text);
    assert!(
        !fires(&report, "unfilled-placeholder"),
        "HTML tags are not slots: {:?}",
        rules(&report)
    );
    assert!(!fires(&report, "missing-gratitude"));
}

#[test]
fn placeholders_next_to_emoji() {
    let text = "Dear [Name]🙂,\n\nThank you for the 🎉[Company] tour.\n\nBest,\n[Your Name]👋";
    let report = check(text);
    let slots: Vec<&str> = report
        .diagnostics
        .iter()
        .filter(|d| d.rule == "unfilled-placeholder")
        .filter_map(|d| d.span().map(|s| s.slice(text)))
        .collect();
    assert_eq!(slots, ["[Name]", "[Company]", "[Your Name]"]);
}

#[test]
fn a_byte_order_mark_is_not_a_word_or_a_slip() {
    let text = format!("\u{feff}{NOTE}");
    let report = check(&text);
    assert!(
        !fires(&report, "missing-greeting") && !fires(&report, "sentence-case"),
        "the BOM hid the greeting: {:?}",
        rules(&report)
    );
    assert_eq!(
        report.stats.words,
        Linter::new()
            .check(&Draft::new(NOTE).kind(MessageKind::ThankYou))
            .stats
            .words
    );
}

#[test]
fn unmatched_brackets_and_braces_are_not_slots_and_do_not_swallow_text() {
    for text in [
        "Dear Ms. Park,\n\nThank you [for the interview yesterday. I am very interested.\n\nBest,\nLeo",
        "Dear Ms. Park,\n\nThank you {{ for the interview yesterday. I am very interested.\n\nBest,\nLeo",
        "Dear Ms. Park,\n\nThank you for the interview ] yesterday }} and > more.\n\nBest,\nLeo",
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
        "{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}",
    ] {
        let report = check(text);
        for d in report
            .diagnostics
            .iter()
            .filter(|d| d.rule == "unfilled-placeholder")
        {
            let slot = d.span().map(|s| s.slice(text)).unwrap_or_default();
            assert!(slot.len() <= 130, "a slot ran on for {} bytes", slot.len());
        }
        if text.starts_with("Dear") {
            assert!(!fires(&report, "missing-gratitude"), "{text:?}");
        }
    }
}

/// Every way a configuration can be wrong gives its own error, and the message names
/// what was wrong and what would be valid.
#[test]
fn bad_configurations_fail_to_build_with_messages_that_say_why() {
    use followup_lint::{ConfigError, CustomRule, Level};
    let err = |config: Config| Linter::with_config(config).expect_err("must not build");
    let many = (0..1001).fold(Config::new(), |c, i| {
        c.custom(CustomRule::new(
            format!("rule-{i}"),
            "m",
            vec!["word".into()],
        ))
    });
    let cases: Vec<(ConfigError, &[&str])> = vec![
        (err(many), &["custom rules is 1001", "limit of 1000"]),
        (
            err(Config::new().custom(CustomRule::new(
                "long-phrase",
                "m",
                vec!["ab ".repeat(16_000)],
            ))),
            &["a phrase, in bytes,", "limit of 200", "`long-phrase`"],
        ),
        (
            err(Config::new().custom(CustomRule::new(
                "long-message",
                "{match}".repeat(200),
                vec!["word".into()],
            ))),
            &["message", "limit of 1000", "`long-message`"],
        ),
        (
            err(Config::new().level("salary-questoin", Level::Error)),
            &["`salary-questoin`", "`salary-question`"],
        ),
        (
            err(Config::new().option("long-sentence", "max-wrds", 20.0)),
            &["max-wrds", "max-words"],
        ),
        (
            err(Config::new().option("long-sentence", "max-words", 0.0)),
            &["max-words", "between"],
        ),
        (
            err(Config::new().option("long-sentence", "max-words", f64::NAN)),
            &["max-words", "between"],
        ),
        (
            err(Config::new().max_input_bytes(0)),
            &["max_input_bytes", "at least 1"],
        ),
        (
            err(Config::new().custom(CustomRule::new("Buzz Word", "m", vec!["a".into()]))),
            &["`Buzz Word`", "kebab-case"],
        ),
        (
            err(Config::new().custom(CustomRule::new("complaint", "m", vec!["a".into()]))),
            &["`complaint`", "twice"],
        ),
        (
            err(Config::new().custom(CustomRule::new("dashes", "m", vec!["—".into()]))),
            &["`dashes`", "no words"],
        ),
        (
            err(Config::new().custom(CustomRule::new("nothing", "m", vec![]))),
            &["`nothing`", "phrases or patterns"],
        ),
        (
            err(Config::new().custom(CustomRule::new("unclosed", "m", vec![]).pattern("(abc"))),
            &["`unclosed`", "(abc", "unclosed"],
        ),
        (
            err(Config::new().custom(CustomRule::new("huge", "m", vec![]).pattern(r"\w{5000}"))),
            &["`huge`", "size limit"],
        ),
    ];
    for (e, wanted) in &cases {
        let message = e.to_string();
        for w in *wanted {
            assert!(message.contains(w), "{message:?} does not say {w:?}");
        }
    }
}

#[test]
fn custom_patterns_match_in_linear_time_on_hostile_text() {
    use followup_lint::CustomRule;
    let config = Config::new()
        .custom(CustomRule::new("buzzword", "Drop \"{match}\"", vec![]).pattern(r"(?i)\b(a+)+b\b"));
    let linter = Linter::with_config(config).expect("valid");
    // Catastrophic for a backtracking engine; the regex crate stays linear.
    let text = format!("{}c and then aab.", "a".repeat(100_000));
    let report = check_with(&linter, &text);
    let hits: Vec<&str> = report
        .diagnostics
        .iter()
        .filter(|d| d.rule == "buzzword")
        .filter_map(|d| d.span().map(|s| s.slice(&text)))
        .collect();
    assert_eq!(hits, ["aab"]);
}

#[test]
fn two_rules_offering_different_words_for_one_slip_do_not_break_fixing() {
    // A non-word with a verb ending after a modal: once, two rules suggested different
    // words for it and applying both spliced the same bytes twice (a fuzzing find).
    let text = "Hello Ms. Okafor, I am calling. If it helps, you can reaed about the project on my site. Thank you, Dana";
    let report = check(text);
    for level in [
        Applicability::Safe,
        Applicability::NeedsReview,
        Applicability::HasPlaceholders,
    ] {
        let fixed = apply_non_overlapping(text, &report.diagnostics, level);
        assert!(fixed.text.contains("about the project"), "{}", fixed.text);
        let _ = Linter::new().fix(&Draft::new(text).kind(MessageKind::ThankYou), level);
    }
}

#[test]
fn a_sign_off_split_across_lines() {
    // Once an underflow in debug builds (the sign-off's words ran past its line).
    for text in [
        "Hi Sam,\n\nThank you for the interview.\n\nBest\nwishes, Sam",
        "With\nappreciation, Leo",
        "Thanks. Best\nwishes, Sam",
        "Hi,\n\nThank you. Kind\nregards, Ana Ruiz\nana@example.com",
    ] {
        let report = check(text);
        // Below a body, the sign-off and the name are still found, wherever the line
        // broke.
        if text.starts_with("Hi") {
            assert!(
                !fires(&report, "missing-closing"),
                "{text:?}: {:?}",
                rules(&report)
            );
        }
    }
}

#[test]
fn a_rule_whose_own_edits_overlap_cannot_break_fixing() {
    use followup_lint::{Category, Edit, Finding, OwnedRule, Span, Suggestion};
    // A tool's rule with a careless suggestion: two edits of overlapping bytes. Once a
    // panic in `apply_non_overlapping` and so in `Linter::fix`; now it is skipped.
    let rule = OwnedRule::new("careless", Category::Custom, |_, out| {
        out.push(
            Finding::new(Span::new(0, 5), "careless").suggest(Suggestion::with_edits(
                "overlap",
                vec![
                    Edit::new(Span::new(0, 5), "Hello"),
                    Edit::new(Span::new(2, 4), "xx"),
                ],
                Applicability::Safe,
            )),
        );
    });
    let linter = Linter::builder().owned_rule(rule).build().expect("valid");
    let text = "Thank you for the interview.";
    let fixed = linter.fix(
        &Draft::new(text).kind(MessageKind::ThankYou),
        Applicability::Safe,
    );
    assert!(fixed.text.starts_with("Thank you"), "{}", fixed.text);
    assert!(fixed.skipped.iter().any(|(rule, _)| rule == "careless"));
    let report = check_with(&linter, text);
    assert!(fires(&report, "careless"));
}

#[test]
fn a_rule_reports_at_most_its_limit_and_sums_up_the_rest() {
    // 64 KiB of one slip: thousands of findings once, each with its message and fix.
    let text = "i ".repeat(32 * 1024);
    let report = check(&text);
    let mine: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.rule == "lowercase-i")
        .collect();
    assert_eq!(mine.len(), 101, "100 kept and one summary");
    let summary = mine
        .iter()
        .find(|d| d.suggestions.is_empty())
        .expect("a summary without a fix");
    assert!(
        summary.message.starts_with("32668 more"),
        "{}",
        summary.message
    );
    assert!(summary.span().is_some_and(|s| s.start > 0));
    // The limit is configurable and must be at least one.
    let small = Linter::with_config(Config::new().max_diagnostics_per_rule(3)).expect("valid");
    let report = check_with(&small, &text);
    let mut per = std::collections::BTreeMap::<&str, usize>::new();
    for d in &report.diagnostics {
        *per.entry(d.rule.as_ref()).or_default() += 1;
    }
    assert!(per.values().all(|&n| n <= 4), "{per:?}");
    let err = Linter::with_config(Config::new().max_diagnostics_per_rule(0)).unwrap_err();
    assert!(
        err.to_string().contains("max_diagnostics_per_rule"),
        "{err}"
    );
}

#[test]
fn custom_messages_quote_at_most_a_short_stretch_of_the_match() {
    use followup_lint::{CustomRule, MAX_QUOTED_CHARS};
    let config = Config::new()
        .custom(CustomRule::new("everything", "{match} / {match}", vec![]).pattern(r"(?s).+"));
    let linter = Linter::with_config(config).expect("valid");
    let text = "Thank you for the interview. ".repeat(10_000);
    let report = check_with(&linter, &text);
    let d = report
        .diagnostics
        .iter()
        .find(|d| d.rule == "everything")
        .expect("fires");
    assert!(
        d.message.chars().count() <= 2 * (MAX_QUOTED_CHARS + 1) + 3,
        "{}",
        d.message.len()
    );
    assert!(d.message.contains('\u{2026}'));
    assert_eq!(
        d.span().map(|s| s.len()),
        Some(text.len()),
        "the span still covers the match"
    );
}
