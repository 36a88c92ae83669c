//! Every rule in the catalogue is checked here: its id, its docs, its file, its options,
//! its phrase tables, its checklist element, and its examples (each flagged example fires
//! exactly once, each accepted one stays quiet, safe fixes silence it).

use std::collections::HashSet;
use std::path::Path;

use followup_lint::{
    Applicability, Config, Criterion, Diagnostic, Draft, Example, Linter, MessageKind, Rule,
    RuleKind, apply_fixes, catalogue, is_kebab_case, normalize_phrase,
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

fn text_rules() -> impl Iterator<Item = (&'static Rule, &'static followup_lint::TextRule)> {
    catalogue()
        .iter()
        .filter_map(|r| r.as_text().map(|t| (r, t)))
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
        let (flagged, accepted) = match rule.kind {
            RuleKind::Text(t) => (t.flagged.len(), t.accepted.len()),
            #[cfg(feature = "timing")]
            RuleKind::Timeline(t) => (t.flagged.len(), t.accepted.len()),
            _ => unreachable!("a rule kind this test does not know"),
        };
        assert!(flagged > 0, "{}: needs a flagged example", rule.id);
        assert!(accepted > 0, "{}: needs an accepted example", rule.id);
    }
}

#[test]
fn options_are_declared_once_and_their_defaults_come_from_the_declaration() {
    let mut seen = Vec::new();
    for rule in catalogue() {
        for o in rule.options {
            assert!(is_kebab_case(o.name), "{}: option {:?}", rule.id, o.name);
            assert!(
                o.accepts(o.default),
                "{}: option {} default is not a valid value",
                rule.id,
                o.name
            );
            // `Linter::option` finds an option by its declaration: no two rules may declare
            // the same one.
            assert!(
                !seen.contains(o),
                "{}: option {} is declared by two rules",
                rule.id,
                o.name
            );
            seen.push(*o);
        }
        // Every `${name}` in the summary names a declared option, and no default is written
        // out by hand (it would drift from the declaration).
        let mut plain = String::new();
        let mut rest = rule.summary;
        while let Some(open) = rest.find("${") {
            plain.push_str(&rest[..open]);
            let close = rest[open..].find('}').expect("closing brace") + open;
            let name = &rest[open + 2..close];
            assert!(
                rule.options.iter().any(|o| o.name == name),
                "{}: summary names `${{{name}}}`, which is not an option",
                rule.id
            );
            rest = &rest[close + 1..];
        }
        plain.push_str(rest);
        for o in rule.options {
            let written = o.display_default();
            let bounded = plain.match_indices(&written).any(|(i, _)| {
                let before = plain[..i].chars().next_back();
                let after = plain[i + written.len()..].chars().next();
                !before.is_some_and(|c| c.is_ascii_digit())
                    && !after.is_some_and(|c| c.is_ascii_digit())
            });
            assert!(
                !bounded,
                "{}: the summary writes option {}'s default ({written}) by hand; use ${{{}}}",
                rule.id, o.name, o.name
            );
        }
    }
}

#[test]
fn phrases_are_written_as_they_are_matched() {
    for (rule, t) in text_rules() {
        for (tag, list) in t.phrases {
            let mut seen = HashSet::new();
            for phrase in *list {
                // `word+` stands for every form of the word.
                let plain = phrase.replace('+', "");
                assert_eq!(
                    normalize_phrase(&plain).as_deref(),
                    Some(plain.as_str()),
                    "{}: phrase {phrase:?} must be lower case, single-spaced words without punctuation",
                    rule.id
                );
                assert!(
                    phrase
                        .split(' ')
                        .all(|w| !w.trim_end_matches('+').contains('+')),
                    "{}: phrase {phrase:?} has a `+` inside a word",
                    rule.id
                );
                assert!(
                    seen.insert(phrase),
                    "{}: phrase {phrase:?} listed twice in table {tag}",
                    rule.id
                );
                // Tables from tag 64 on are word classes: each entry marks one word.
                assert!(
                    *tag < 64 || !phrase.contains(' '),
                    "{}: word-class table {tag} holds the phrase {phrase:?}",
                    rule.id
                );
            }
        }
    }
}

#[test]
fn every_criterion_is_checked_and_the_catalogue_lists_them_in_the_guides_order() {
    let mut previous: Option<Criterion> = None;
    let mut checked = HashSet::new();
    for rule in catalogue() {
        let Some(c) = rule.criterion() else { continue };
        checked.insert(c);
        // Content rules are listed in the guide's order (structure rules such as
        // `missing-closing` sit with their category).
        if rule.category != followup_lint::Category::Content {
            continue;
        }
        if let Some(p) = previous {
            assert!(
                p <= c,
                "{}: criterion `{c}` is listed after `{p}`, against the guide's order",
                rule.id
            );
        }
        previous = Some(c);
    }
    for c in Criterion::ALL {
        assert!(checked.contains(&c), "no rule checks for `{c}`");
    }
    // The report's checklist follows the same order.
    let linter = Linter::new();
    for kind in MessageKind::ALL {
        let report = linter.check(&Draft::new("Hello.").kind(kind));
        let order: Vec<Criterion> = report.checklist.iter().map(|i| i.criterion).collect();
        let mut sorted = order.clone();
        sorted.sort();
        assert_eq!(order, sorted, "checklist of a {kind}");
    }
}

/// The linter an example is checked with.
fn linter_for(ex: &Example) -> Linter {
    match ex.max_input_bytes {
        Some(n) => Linter::with_config(Config::new().max_input_bytes(n)).expect("valid"),
        None => Linter::new(),
    }
}

/// How often `rule` fires on text example `ex`, and the diagnostics rendered.
fn fired(rule: &Rule, ex: &Example) -> (usize, String) {
    let context = ex.build_context();
    let report = linter_for(ex).check(&Draft::new(ex.text).kind(ex.kind).context(&context));
    let n = report
        .diagnostics
        .iter()
        .filter(|d| d.rule == rule.id)
        .count();
    (n, render(ex.text, &report))
}

#[test]
fn flagged_text_examples_fire_exactly_once() {
    for (rule, t) in text_rules() {
        for ex in t.flagged {
            assert_ne!(
                t.levels.get(ex.kind),
                followup_lint::Level::Allow,
                "{}: flagged example for a kind it does not run on",
                rule.id
            );
            let (n, rendered) = fired(rule, ex);
            assert_eq!(
                n, 1,
                "{} should fire once on {:?} ({}), fired {n}:\n{rendered}",
                rule.id, ex.text, ex.kind
            );
        }
    }
}

#[test]
fn accepted_text_examples_stay_quiet() {
    for (rule, t) in text_rules() {
        for ex in t.accepted {
            let (n, rendered) = fired(rule, ex);
            assert_eq!(
                n, 0,
                "{} should not fire on {:?} ({}):\n{rendered}",
                rule.id, ex.text, ex.kind
            );
        }
    }
}

#[cfg(feature = "timing")]
#[test]
fn timeline_examples_fire_once_or_stay_quiet() {
    let linter = Linter::new();
    for rule in catalogue() {
        let Some(t) = rule.as_timeline() else {
            continue;
        };
        for (examples, expected) in [(t.flagged, 1), (t.accepted, 0)] {
            for ex in examples {
                let timeline = ex
                    .timeline()
                    .unwrap_or_else(|e| panic!("{}: example timeline: {e}", rule.id));
                let now = ex.now().unwrap_or_else(|e| panic!("{}: {e}", rule.id));
                let diagnostics = linter.check_timeline(&timeline, &now);
                let n = diagnostics.iter().filter(|d| d.rule == rule.id).count();
                let rendered: Vec<String> = diagnostics
                    .iter()
                    .map(|d| format!("[{}] {:?}: {}", d.rule, d.contact(), d.message))
                    .collect();
                assert_eq!(
                    n, expected,
                    "{} fired {n} times on {ex:?}, expected {expected}:\n{rendered:#?}",
                    rule.id
                );
            }
        }
    }
}

#[test]
fn safe_fixes_silence_their_rule() {
    let mut rules_with_safe_fixes = HashSet::new();
    for (rule, t) in text_rules() {
        for ex in t.flagged {
            let linter = linter_for(ex);
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
