//! Fixes never damage a draft: the cases that once did, each as a test. The property
//! test over generated drafts is in `tests/properties.rs`.

use followup_lint::{Applicability, Config, Context, Draft, Linter, MessageKind};

fn fix(linter: &Linter, draft: &Draft<'_>, level: Applicability) -> String {
    linter.fix(draft, level).text
}

#[test]
fn an_added_sentence_goes_after_the_full_stop() {
    // Once: "… I received the agenda Please let me know … anything else..".
    let text = "Dear Ms. Park,\n\nThank you for meeting with me yesterday about the analyst role. I received the agenda.\n\nDana";
    let fixed = fix(
        &Linter::new(),
        &Draft::new(text).kind(MessageKind::ThankYou),
        Applicability::NeedsReview,
    );
    assert!(
        fixed.contains("I received the agenda. Please let me know"),
        "{fixed}"
    );
    assert!(!fixed.contains(".."), "{fixed}");
}

#[test]
fn a_sign_off_is_added_once_and_never_inside_a_slot() {
    // Once: "[a topic from the interview.⏎⏎Best regards,⏎[Your Name]]" and a second
    // sign-off below.
    let text = "Hi Sam,\n\nThank you for the interview yesterday. I enjoyed it.";
    let fixed = fix(
        &Linter::new(),
        &Draft::new(text).kind(MessageKind::ThankYou),
        Applicability::HasPlaceholders,
    );
    assert_eq!(fixed.matches("Best regards").count(), 1, "{fixed}");
    assert!(fixed.trim_end().ends_with("[Your Name]"), "{fixed}");
    assert!(!fixed.contains("[Your Name]]"), "{fixed}");
    assert!(
        !fixed.contains("interview.\n\nBest regards,\n[Your Name]]"),
        "{fixed}"
    );
}

#[test]
fn with_the_applicants_name_known_the_sign_off_is_added_once() {
    // Once: the sign-off appended eight times, the question mark after the name.
    let text = "Hi Sam,\n\nIs there any news on the analyst role";
    let context = Context::new().applicant_name("Dana Reyes");
    let draft = Draft::new(text)
        .kind(MessageKind::FollowUp)
        .context(&context);
    let fixed = fix(&Linter::new(), &draft, Applicability::NeedsReview);
    assert_eq!(fixed.matches("Dana Reyes").count(), 1, "{fixed}");
    assert!(
        fixed.contains("analyst role?") || fixed.contains("analyst role."),
        "{fixed}"
    );
    assert!(fixed.trim_end().ends_with("Dana Reyes"), "{fixed}");
}

#[test]
fn a_fix_that_changes_nothing_is_not_offered_and_fixing_stops() {
    // "ĸ" is lower case with no capital: once offered as its own "fix", applied eight
    // times without effect.
    let text = "Thanks. \u{138}eep well.";
    let linter = Linter::new();
    let report = linter.check(&Draft::new(text).kind(MessageKind::ThankYou));
    for d in &report.diagnostics {
        for s in &d.suggestions {
            assert!(
                s.edits.iter().any(|e| e.span.slice(text) != e.replacement),
                "{}: a suggestion that changes nothing",
                d.rule
            );
        }
    }
    let fixed = linter.fix(
        &Draft::new(text).kind(MessageKind::ThankYou),
        Applicability::Safe,
    );
    assert!(fixed.applied.len() <= 2, "{:?}", fixed.applied);
}

#[test]
fn no_fix_touches_the_word_the_size_limit_cut() {
    // Once: "Thanks for the theory." -> "Thanks for theory." at a limit of 18 bytes
    // (`repeated-word` saw "the the"), and insertions in the middle of a word.
    let linter = Linter::with_config(Config::new().max_input_bytes(18)).expect("valid");
    let text = "Thanks for the theory. It was fun.";
    for level in [
        Applicability::Safe,
        Applicability::NeedsReview,
        Applicability::HasPlaceholders,
    ] {
        let fixed = fix(
            &linter,
            &Draft::new(text).kind(MessageKind::ThankYou),
            level,
        );
        assert!(
            fixed.ends_with("the theory. It was fun."),
            "{level:?}: {fixed}"
        );
    }
    let linter = Linter::with_config(Config::new().max_input_bytes(9)).expect("valid");
    let fixed = fix(
        &linter,
        &Draft::new("Lorem i ipsum").kind(MessageKind::ThankYou),
        Applicability::Safe,
    );
    assert!(fixed.ends_with("ipsum"), "{fixed}");
}

#[test]
fn with_no_body_a_missing_sentence_goes_above_the_sign_off() {
    // Once inserted at byte 0 and run into the sign-off: "…position.Best regards,".
    for text in [
        "Best regards,\nDana",
        "Subject: Following up\n\nBest regards,\nDana",
    ] {
        let fixed = fix(
            &Linter::new(),
            &Draft::new(text).kind(MessageKind::FollowUp),
            Applicability::HasPlaceholders,
        );
        assert!(!fixed.contains(".Best"), "{fixed:?}");
        assert!(fixed.contains(".\n\nBest regards,\nDana"), "{fixed:?}");
        if text.starts_with("Subject") {
            assert!(fixed.starts_with("Subject: Following up"), "{fixed:?}");
        }
    }
}
