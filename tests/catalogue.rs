//! Every rule in the catalogue is checked here: its id, its docs, its file, its phrase
//! tables, and its examples (each flagged example fires exactly once, each accepted one
//! stays quiet).

use std::collections::HashSet;
use std::path::Path;

use followup_lint::text::normalize_phrase;
use followup_lint::{
    Applicability, Diagnostic, Draft, Example, Level, Linter, Rule, apply_fixes, catalogue,
    is_kebab_case,
};

fn render(text: &str, report: &followup_lint::Report) -> String {
    report
        .diagnostics
        .iter()
        .map(|d| {
            let quoted = d.span().map_or("", |s| s.slice(text));
            format!("  {} [{}] {quoted:?}: {}\n", d.severity, d.rule, d.message)
        })
        .collect()
}

#[test]
fn ids_are_unique_kebab_case_and_name_their_file() {
    let mut seen = HashSet::new();
    for rule in catalogue() {
        assert!(is_kebab_case(rule.id), "`{}` is not kebab-case", rule.id);
        assert!(seen.insert(rule.id), "`{}` is listed twice", rule.id);
        let file = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("src/rules")
            .join(format!("{}.rs", rule.id.replace('-', "_")));
        assert!(
            file.is_file(),
            "`{}` should live in {}",
            rule.id,
            file.display()
        );
    }
}

#[test]
fn every_rule_is_documented() {
    for rule in catalogue() {
        assert!(
            rule.summary.starts_with("Flags ") && rule.summary.ends_with('.'),
            "{}: summary {:?}",
            rule.id,
            rule.summary
        );
        assert!(
            !rule.summary.contains('\n'),
            "{}: summary must be one line",
            rule.id
        );
        assert!(
            rule.why.len() > 40,
            "{}: why is missing or too short",
            rule.id
        );
        assert!(!rule.help.is_empty(), "{}: help is missing", rule.id);
        // `input-truncated` fires only past the size limit (1 MiB by default); its unit
        // tests exercise it with a small limit.
        let needs_flagged = rule.id != "input-truncated";
        assert!(
            !needs_flagged || !rule.flagged.is_empty(),
            "{}: needs at least one flagged example",
            rule.id
        );
        assert!(
            !rule.accepted.is_empty(),
            "{}: needs at least one accepted example",
            rule.id
        );
        for o in rule.options {
            assert!(is_kebab_case(o.name), "{}: option {:?}", rule.id, o.name);
            assert!(
                o.min <= o.default && o.default <= o.max,
                "{}: option {} default out of range",
                rule.id,
                o.name
            );
        }
    }
}

#[test]
fn example_contexts_use_known_fields() {
    for rule in catalogue() {
        for ex in rule.flagged.iter().chain(rule.accepted) {
            for (field, _) in ex.context {
                assert!(
                    Example::CONTEXT_FIELDS.contains(field),
                    "{}: unknown context field {field:?}",
                    rule.id
                );
            }
        }
    }
}

#[test]
fn phrases_are_written_as_they_are_matched() {
    for rule in catalogue() {
        for (_, list) in rule.phrases {
            for phrase in *list {
                assert_eq!(
                    normalize_phrase(phrase).as_deref(),
                    Some(*phrase),
                    "{}: phrase {phrase:?} must be lower case, single-spaced words without punctuation",
                    rule.id
                );
            }
        }
        for (tag, list) in rule.phrases {
            let mut seen = HashSet::new();
            for p in *list {
                assert!(
                    seen.insert(p),
                    "{}: phrase {p:?} listed twice in table {tag}",
                    rule.id
                );
            }
        }
    }
}

/// How often `rule` fires on its example, and the diagnostics rendered for a failure.
/// Timeline rules' examples are timelines in the documented JSON format, checked at the
/// example's moment.
fn fired(linter: &Linter, rule: &Rule, ex: &Example) -> (usize, String) {
    #[cfg(all(feature = "timing", feature = "serde"))]
    if let Some(now) = ex.now {
        let timeline: followup_lint::timing::Timeline = serde_json::from_str(ex.text)
            .unwrap_or_else(|e| panic!("{}: example timeline: {e}", rule.id));
        let now = followup_lint::timing::parse_timestamp("now", now)
            .unwrap_or_else(|e| panic!("{}: {e}", rule.id));
        let diagnostics = linter.check_timeline(&timeline, &now);
        let rendered = diagnostics
            .iter()
            .map(|d| {
                format!(
                    "  {} [{}] {:?}: {}\n",
                    d.severity,
                    d.rule,
                    d.contact(),
                    d.message
                )
            })
            .collect();
        return (
            diagnostics.iter().filter(|d| d.rule == rule.id).count(),
            rendered,
        );
    }
    let context = ex.build_context();
    let report = linter.check(&Draft::new(ex.text).kind(ex.kind).context(&context));
    let n = report
        .diagnostics
        .iter()
        .filter(|d| d.rule == rule.id)
        .count();
    (n, render(ex.text, &report))
}

#[test]
fn flagged_examples_fire_exactly_once() {
    let linter = Linter::new();
    for rule in catalogue() {
        for ex in rule.flagged {
            assert_ne!(
                rule.levels.get(ex.kind),
                Level::Allow,
                "{}: flagged example for a kind it does not run on",
                rule.id
            );
            let (n, rendered) = fired(&linter, rule, ex);
            assert_eq!(
                n, 1,
                "{} should fire once on {:?} ({}), fired {n}:\n{rendered}",
                rule.id, ex.text, ex.kind
            );
        }
    }
}

#[test]
fn accepted_examples_stay_quiet() {
    let linter = Linter::new();
    for rule in catalogue() {
        for ex in rule.accepted {
            let (n, rendered) = fired(&linter, rule, ex);
            assert_eq!(
                n, 0,
                "{} should not fire on {:?} ({}):\n{rendered}",
                rule.id, ex.text, ex.kind
            );
        }
    }
}

#[test]
fn safe_fixes_silence_their_rule() {
    let linter = Linter::new();
    let mut rules_with_safe_fixes = HashSet::new();
    for rule in catalogue().iter().filter(|r| r.text_check().is_some()) {
        for ex in rule.flagged {
            let context = ex.build_context();
            let report = linter.check(&Draft::new(ex.text).kind(ex.kind).context(&context));
            let own: Vec<Diagnostic> = report
                .diagnostics
                .into_iter()
                .filter(|d| d.rule == rule.id)
                .collect();
            let safe = own.iter().any(|d| {
                d.suggestions
                    .iter()
                    .any(|s| s.applicability == Applicability::Safe)
            });
            if !safe {
                continue;
            }
            rules_with_safe_fixes.insert(rule.id);
            let fixed = apply_fixes(ex.text, &own, Applicability::Safe)
                .unwrap_or_else(|e| panic!("{}: its own safe fixes must not clash: {e}", rule.id));
            let again = linter.check(&Draft::new(&fixed).kind(ex.kind).context(&context));
            let left: Vec<&str> = again
                .diagnostics
                .iter()
                .filter(|d| d.rule == rule.id)
                .map(|d| d.message.as_str())
                .collect();
            assert!(
                left.is_empty(),
                "{}: after its safe fix {fixed:?} it still fires: {left:?}",
                rule.id
            );
        }
    }
    // The rules whose fixes cannot change the meaning.
    let expected = ["repeated-word", "lowercase-i", "sentence-case", "spacing"];
    for id in expected {
        assert!(
            rules_with_safe_fixes.contains(id),
            "{id} should offer a safe fix on its flagged examples"
        );
    }
    #[cfg(feature = "spelling")]
    assert!(rules_with_safe_fixes.contains("misspelling"));
}
