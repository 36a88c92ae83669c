//! The public API contract other tools code against.

use followup_lint::{
    Category, Config, ConfigError, Context, CustomRule, Draft, Finding, Findings, Level, Linter,
    MessageKind, Rule, RuleContext, RuleOption, Severity,
};

#[test]
fn linter_is_send_sync_and_shareable_across_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Linter>();
    let linter = std::sync::Arc::new(Linter::new());
    let text = "What is the salary range for the role?";
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let linter = linter.clone();
            std::thread::spawn(move || linter.check(&Draft::new(text).kind(MessageKind::FollowUp)))
        })
        .collect();
    let first = linter.check(&Draft::new(text).kind(MessageKind::FollowUp));
    for h in handles {
        assert_eq!(h.join().expect("no panic"), first);
    }
}

#[test]
fn reports_the_given_kind_or_the_detected_one() {
    let linter = Linter::new();
    let given = linter.check(&Draft::new("Thank you for your time.").kind(MessageKind::FollowUp));
    assert_eq!(
        (given.kind, given.kind_detected),
        (MessageKind::FollowUp, false)
    );
    let detected = linter.check(&Draft::new("Thank you for meeting with me today."));
    assert_eq!(
        (detected.kind, detected.kind_detected),
        (MessageKind::ThankYou, true)
    );
}

#[test]
fn diagnostics_are_sorted_by_position_then_rule() {
    let text = "Hey,\n\nWhat is the salary? And what about the bonus?\n";
    let report = Linter::new().check(&Draft::new(text).kind(MessageKind::ThankYou));
    assert!(report.diagnostics.len() >= 2, "{:?}", report.diagnostics);
    let keys: Vec<_> = report
        .diagnostics
        .iter()
        .map(|d| (d.span().expect("text span").start, d.rule.clone()))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
}

#[test]
fn spans_point_into_exactly_the_given_text() {
    let text = "Héllo 👋🏽,\r\n\r\nCould you share the salary range, s’il vous plaît?\r\n";
    let report = Linter::new().check(&Draft::new(text).kind(MessageKind::FollowUp));
    let d = report
        .diagnostics
        .iter()
        .find(|d| d.rule == "salary-question")
        .expect("fires");
    let span = d.span().expect("text span");
    assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
    assert!(
        span.slice(text)
            .starts_with("Could you share the salary range")
    );
}

#[test]
fn unknown_rule_names_the_closest_known_id() {
    let err =
        Linter::with_config(Config::new().level("missing-gratitud", Level::Warning)).unwrap_err();
    assert_eq!(
        err,
        ConfigError::UnknownRule {
            id: "missing-gratitud".into(),
            closest: "missing-gratitude".into()
        }
    );
    let message = err.to_string();
    assert!(
        message.contains("`missing-gratitud`") && message.contains("`missing-gratitude`"),
        "{message}"
    );
}

#[test]
fn levels_can_be_set_per_kind_or_turned_off() {
    let config = Config::new()
        .level("salary-question", Level::Allow)
        .kind_level("missing-closing", MessageKind::ThankYou, Level::Info);
    let linter = Linter::with_config(config).expect("valid");
    assert_eq!(
        linter.level("salary-question", MessageKind::FollowUp),
        Some(Level::Allow)
    );
    assert_eq!(
        linter.level("missing-closing", MessageKind::ThankYou),
        Some(Level::Info)
    );
    assert_eq!(
        linter.level("missing-closing", MessageKind::FollowUp),
        Some(Level::Error)
    );
    let report = linter.check(&Draft::new("What is the salary?").kind(MessageKind::ThankYou));
    assert!(
        report
            .diagnostics
            .iter()
            .all(|d| d.rule != "salary-question")
    );
    let closing = report
        .diagnostics
        .iter()
        .find(|d| d.rule == "missing-closing")
        .expect("fires");
    assert_eq!(closing.severity, Severity::Info);
}

#[test]
fn unknown_options_name_the_valid_ones() {
    let err =
        Linter::with_config(Config::new().option("salary-question", "max-words", 3.0)).unwrap_err();
    assert!(matches!(err, ConfigError::UnknownOption { .. }), "{err:?}");
    assert!(err.to_string().contains("takes no options"), "{err}");
}

#[test]
fn custom_phrase_rules_from_configuration_fire_with_their_message() {
    let config = Config::new().custom(CustomRule::new(
        "buzzword",
        "Drop the buzzword \"{match}\"",
        vec!["synergy".into(), "circle back".into()],
    ));
    let linter = Linter::with_config(config).expect("valid");
    let text = "Happy to circle-back on the Synergy we discussed.";
    let report = linter.check(&Draft::new(text).kind(MessageKind::FollowUp));
    let hits: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.rule == "buzzword")
        .map(|d| (d.message.clone(), d.category, d.severity))
        .collect();
    assert_eq!(
        hits,
        [
            (
                "Drop the buzzword \"circle-back\"".to_owned(),
                Category::Custom,
                Severity::Warning
            ),
            (
                "Drop the buzzword \"Synergy\"".to_owned(),
                Category::Custom,
                Severity::Warning
            ),
        ]
    );
}

#[test]
fn invalid_custom_rules_are_rejected_with_the_reason() {
    let bad_id = Config::new().custom(CustomRule::new("Buzz Word", "x", vec!["a".into()]));
    assert!(matches!(
        Linter::with_config(bad_id),
        Err(ConfigError::InvalidRuleId { .. })
    ));
    let taken = Config::new().custom(CustomRule::new("salary-question", "x", vec!["a".into()]));
    assert!(matches!(
        Linter::with_config(taken),
        Err(ConfigError::DuplicateRule { .. })
    ));
    let empty = Config::new().custom(CustomRule::new("empty-phrase", "x", vec!["--".into()]));
    let err = Linter::with_config(empty).unwrap_err();
    assert!(err.to_string().contains("`empty-phrase`"), "{err}");
    let none = Config::new().custom(CustomRule::new("no-phrases", "x", vec![]));
    assert!(matches!(
        Linter::with_config(none),
        Err(ConfigError::NothingToMatch { .. })
    ));
}

const MAX_SENTENCES: RuleOption = RuleOption::count(
    "max-sentences",
    "Sentences allowed per paragraph.",
    3,
    1,
    50,
);

fn long_paragraph(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let limit = cx.count(MAX_SENTENCES);
    let doc = cx.doc();
    let mut count = 0;
    let mut last = None;
    for (_, s) in doc.body_sentences() {
        if Some(s.paragraph) != last {
            count = 0;
            last = Some(s.paragraph);
        }
        count += 1;
        if count == limit + 1 {
            out.push(Finding::new(
                s.span,
                format!("paragraph runs past {limit} sentences"),
            ));
        }
    }
}

const LONG_PARAGRAPH: Rule = Rule::text("long-paragraph", Category::Custom, long_paragraph)
    .summary("Flags a paragraph with too many sentences.")
    .options(&[MAX_SENTENCES]);

#[test]
fn rules_added_in_code_run_with_their_options() {
    let text = "One. Two. Three.\n\nFour.";
    let default = Linter::builder()
        .rule(LONG_PARAGRAPH)
        .build()
        .expect("valid");
    let fired = |l: &Linter| {
        l.check(&Draft::new(text).kind(MessageKind::ThankYou))
            .diagnostics
            .iter()
            .filter(|d| d.rule == "long-paragraph")
            .count()
    };
    assert_eq!(fired(&default), 0);
    let strict = Linter::builder()
        .rule(LONG_PARAGRAPH)
        .config(Config::new().option("long-paragraph", "max-sentences", 2.0))
        .build()
        .expect("valid");
    assert_eq!(fired(&strict), 1);
    let err = Linter::builder()
        .rule(LONG_PARAGRAPH)
        .config(Config::new().option("long-paragraph", "max-sentences", 0.0))
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("between 1 and 50"), "{err}");
    let err = Linter::builder()
        .rule(LONG_PARAGRAPH)
        .config(Config::new().option("long-paragraph", "max-sentences", 2.5))
        .build()
        .unwrap_err();
    assert!(
        matches!(err, ConfigError::OptionNotInteger { ref option, .. } if option == "max-sentences"),
        "{err}"
    );
}

#[test]
fn context_is_optional_and_borrowed() {
    let context = Context::new()
        .applicant_name("Dana Reyes")
        .company("Lumen Freight");
    let linter = Linter::new();
    let report = linter.check(
        &Draft::new("Thank you for your time.")
            .kind(MessageKind::ThankYou)
            .context(&context),
    );
    let closing = report
        .diagnostics
        .iter()
        .find(|d| d.rule == "missing-closing")
        .expect("fires");
    assert!(
        closing.suggestions[0].edits[0]
            .replacement
            .contains("Dana Reyes")
    );
}

#[test]
fn empty_drafts_get_one_diagnostic() {
    let linter = Linter::new();
    for text in ["", "   ", "\n\n\t\n", "> quoted only"] {
        for kind in MessageKind::ALL {
            let report = linter.check(&Draft::new(text).kind(kind));
            let rules: Vec<_> = report
                .diagnostics
                .iter()
                .map(|d| d.rule.to_string())
                .collect();
            assert_eq!(rules, ["empty-draft"], "{text:?} as {kind}");
        }
    }
}

#[cfg(feature = "serde")]
#[test]
fn json_shape_is_pinned() {
    let text = "Hi Jo,\n\nWhat is the salary range?\n";
    let report = Linter::new().check(&Draft::new(text).kind(MessageKind::FollowUp));
    let value = serde_json::to_value(&report).expect("serialises");
    let keys: Vec<&str> = value
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "kind",
            "kind_detected",
            "diagnostics",
            "checklist",
            "stats",
            "truncated"
        ]
    );
    assert_eq!(value["kind"], "follow-up");
    let d = value["diagnostics"]
        .as_array()
        .expect("array")
        .iter()
        .find(|d| d["rule"] == "salary-question")
        .expect("fires");
    let keys: Vec<&str> = d
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "rule",
            "category",
            "severity",
            "location",
            "span",
            "message",
            "help",
            "suggestions",
            "fingerprint",
            "url"
        ]
    );
    assert_eq!(d["category"], "mistake");
    assert_eq!(d["severity"], "error");
    let start = text.find("What").expect("present");
    assert_eq!(
        d["span"],
        serde_json::json!({"start": start, "end": start + "What is the salary range?".len()})
    );
    let closing = value["diagnostics"]
        .as_array()
        .expect("array")
        .iter()
        .find(|d| d["rule"] == "missing-closing")
        .expect("fires");
    let suggestion = &closing["suggestions"][0];
    assert_eq!(suggestion["applicability"], "has-placeholders");
    assert!(suggestion["edits"][0]["span"]["start"].is_u64());
    assert!(suggestion["edits"][0]["replacement"].is_string());
}

#[cfg(feature = "serde")]
#[test]
fn message_kinds_serialise_in_kebab_case() {
    for (kind, name) in [
        (MessageKind::ThankYou, "\"thank-you\""),
        (MessageKind::FollowUp, "\"follow-up\""),
        (MessageKind::CallScript, "\"call-script\""),
    ] {
        assert_eq!(serde_json::to_string(&kind).expect("serialises"), name);
        assert_eq!(
            serde_json::from_str::<MessageKind>(name).expect("parses"),
            kind
        );
    }
}
