//! The challenge sets in `tests/challenge/` hold the line: our own passages, messages and
//! clean drafts, written blind to the rules, scored by the same code as the `evaluate`
//! example. A rule change that stops generalising, or starts raising false alarms on
//! clean drafts, fails here.
//!
//! The thresholds sit a little under what the rules score today, so that the test marks
//! a real regression rather than every small movement; `cargo run --release --example
//! evaluate` prints the current figures.

#![allow(dead_code, unreachable_pub)]

use std::path::Path;

#[path = "../examples/score/mod.rs"]
mod score;

use score::{CATEGORIES, all_rules_on, macro_bf1, read_messages, read_passages};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/challenge");

/// Per mistake category over the whole challenge set: recall of the positives and
/// precision against the near misses of every category.
const MIN_RECALL: f64 = 0.90;
const MIN_PRECISION: f64 = 0.95;

#[test]
fn every_mistake_category_is_found_in_wordings_the_rules_never_saw() {
    let linter = all_rules_on();
    let passages = read_passages(&Path::new(DIR).join("mistakes.jsonl")).unwrap();
    assert!(passages.len() >= 500, "the challenge set shrank");
    let refs: Vec<&score::Passage> = passages.iter().collect();
    let (per, _) = score::score_passages(&linter, &refs);
    let mut failures = Vec::new();
    for &(cat, _) in CATEGORIES {
        let c = per.get(cat).copied().unwrap_or_default();
        assert!(c.positives >= 40, "{cat}: only {} positives", c.positives);
        if c.recall() < MIN_RECALL || c.precision() < MIN_PRECISION {
            failures.push(format!(
                "{cat}: recall {:.2} (min {MIN_RECALL}), precision {:.2} (min {MIN_PRECISION})",
                c.recall(),
                c.precision()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn whole_messages_meet_the_macro_target() {
    let linter = all_rules_on();
    let messages = read_messages(&Path::new(DIR).join("messages")).unwrap();
    assert!(messages.len() >= 70, "the challenge messages shrank");
    let refs: Vec<&score::Message> = messages.iter().collect();
    let (counts, _) = score::score_messages(&linter, &refs);
    let (macro_f1, scored) = macro_bf1(&counts);
    assert!(
        scored >= 9,
        "only {scored} criteria had enough of each class"
    );
    assert!(macro_f1 >= 0.90, "macro two-class F1 {macro_f1:.3} < 0.90");
    // Every criterion scored on its own too; spelling and grammar slips need the
    // `spelling` feature's word lists.
    for (label, c) in &counts {
        if c.scored() && (cfg!(feature = "spelling") || *label != "has_typo") {
            assert!(
                c.bf1() >= 0.80,
                "{label}: two-class F1 {:.2} < 0.80",
                c.bf1()
            );
        }
    }
    let kinds = messages
        .iter()
        .filter(|m| linter.check(&followup_lint::Draft::new(&m.text)).kind == m.kind)
        .count();
    assert!(
        kinds * 100 >= messages.len() * 90,
        "kind detected for only {kinds} of {}",
        messages.len()
    );
}

#[test]
fn clean_drafts_raise_no_mistake_alarms() {
    let linter = all_rules_on();
    let (words, alarms) = score::clean_alarms(&linter, &Path::new(DIR).join("clean")).unwrap();
    assert!(words >= 10_000, "the clean drafts shrank to {words} words");
    let mistakes: Vec<_> = alarms
        .iter()
        .filter(|(_, rule, _)| !score::is_proofreading(rule))
        .collect();
    // At most one false alarm per 10,000 words, for mistakes and for proofreading alike.
    assert!(
        mistakes.len() * 10_000 <= words,
        "{} mistake alarms on {words} words of clean drafts: {mistakes:?}",
        mistakes.len()
    );
    let slips: Vec<_> = alarms
        .iter()
        .filter(|(_, rule, _)| score::is_proofreading(rule))
        .collect();
    assert!(
        slips.len() * 10_000 <= words,
        "{} proofreading alarms on {words} words of clean drafts: {slips:?}",
        slips.len()
    );
}

/// Per slip family over the whole slips set: precision against the correct near misses
/// comes first; recall has a floor under which a family is not worth a rule.
const MIN_SLIP_PRECISION: f64 = 0.95;
const MIN_SLIP_RECALL: f64 = 0.60;

/// Needs the `spelling` feature: several families are found with its word lists.
#[cfg(feature = "spelling")]
#[test]
fn grammar_slips_are_found_and_correct_near_misses_left_alone() {
    let linter = all_rules_on();
    let slips = score::read_slips(&Path::new(DIR).join("slips.jsonl")).unwrap();
    let refs: Vec<&score::Slip> = slips.iter().collect();
    let (per, _) = score::score_slips(&linter, &refs);
    assert!(per.len() >= 9, "only {} slip families", per.len());
    let mut failures = Vec::new();
    for (family, c) in &per {
        assert!(
            c.slips >= 20 && c.near >= 20,
            "{family}: {} slips and {} near misses (at least 20 of each)",
            c.slips,
            c.near
        );
        if c.precision() < MIN_SLIP_PRECISION || c.recall() < MIN_SLIP_RECALL {
            failures.push(format!(
                "{family}: recall {:.2} (min {MIN_SLIP_RECALL}), precision {:.2} (min {MIN_SLIP_PRECISION})",
                c.recall(),
                c.precision()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
