//! Measures detection accuracy on a labelled corpus.
//!
//! ```text
//! cargo run --release --example evaluate -- ../shared/corpus [--verbose] [--proofreading]
//! ```
//!
//! `--proofreading` lists every proofreading diagnostic on the messages with the text it
//! points at, so each can be judged a real error or a false alarm.
//!
//! The corpus directory holds `messages/*.json` (whole messages labelled per criterion)
//! and `sentences.jsonl` (short passages: mistakes and near-misses), in the schema of the
//! corpus README. The corpus is third-party text: it is read at run time, never copied.
//!
//! Every rule is switched on for every kind (at `info` where its default is `allow`), so
//! what is measured is detection, not the per-kind policy. A `has_…` label is predicted
//! true exactly when its `missing-…` rule stays quiet; a mistake label is predicted true
//! exactly when its rule fires. Criteria whose label is `null` are skipped for that
//! message. Each criterion is scored by its two-class macro F1 ("bF1"): the mean of the
//! F1 of the positive class and the F1 of the negative class.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use followup_lint::{Category, Config, Draft, Level, Linter, MessageKind, Report, catalogue};
use serde_json::Value;

/// A criterion: its label, whether the label names a present element (`has_…`) or a
/// mistake, and the rules whose firing decides it.
struct Criterion {
    label: &'static str,
    element: bool,
    rules: &'static [&'static str],
    /// Only scored on messages of this kind.
    only: Option<MessageKind>,
}

const CRITERIA: &[Criterion] = &[
    Criterion {
        label: "has_gratitude",
        element: true,
        rules: &["missing-gratitude"],
        only: None,
    },
    Criterion {
        label: "has_interest",
        element: true,
        rules: &["missing-interest"],
        only: None,
    },
    Criterion {
        label: "has_qualification",
        element: true,
        rules: &["missing-qualification"],
        only: None,
    },
    Criterion {
        label: "has_specific_reference",
        element: true,
        rules: &["missing-specific-reference"],
        only: None,
    },
    Criterion {
        label: "has_offer_to_help",
        element: true,
        rules: &["missing-offer-to-help"],
        only: None,
    },
    Criterion {
        label: "has_closing",
        element: true,
        rules: &["missing-closing", "missing-signature"],
        only: None,
    },
    Criterion {
        label: "has_timeline_inquiry",
        element: true,
        rules: &["missing-timeline-inquiry"],
        only: None,
    },
    Criterion {
        label: "has_interview_date",
        element: true,
        rules: &["missing-interview-date"],
        only: None,
    },
    Criterion {
        label: "has_contact_info",
        element: true,
        rules: &["missing-contact-info"],
        only: None,
    },
    Criterion {
        label: "salary_question",
        element: false,
        rules: &["salary-question"],
        only: None,
    },
    Criterion {
        label: "complaint_or_excuse",
        element: false,
        rules: &["complaint", "excuse"],
        only: None,
    },
    Criterion {
        label: "demanding_or_impatient",
        element: false,
        rules: &["demanding-tone", "impatient-tone"],
        only: None,
    },
    Criterion {
        label: "unfilled_placeholder",
        element: false,
        rules: &["unfilled-placeholder"],
        only: None,
    },
    Criterion {
        label: "has_typo",
        element: false,
        // The issue's mapping, plus `spacing`: a missing space after a full stop
        // ("am.Nonetheless") or a doubled space between words is a typing slip a reader
        // counts as a typo. (Two spaces after a sentence are a convention, not flagged.)
        rules: &[
            "misspelling",
            "repeated-word",
            "lowercase-i",
            "sentence-case",
            "spacing",
        ],
        only: None,
    },
    Criterion {
        label: "is_call_script_intro",
        element: true,
        rules: &["missing-introduction"],
        only: Some(MessageKind::CallScript),
    },
];

/// Sentence categories and the rules that find them.
const CATEGORIES: &[(&str, &[&str])] = &[
    ("salary_question", &["salary-question"]),
    ("complaint", &["complaint"]),
    ("excuse", &["excuse"]),
    (
        "demanding_or_impatient",
        &["demanding-tone", "impatient-tone"],
    ),
    ("desperate", &["desperate-tone"]),
    (
        "informal",
        &[
            "informal-language",
            "unprofessional-greeting",
            "unprofessional-closing",
        ],
    ),
    ("excessive_apology", &["excessive-apology"]),
];

/// Rules a near-miss must not trigger.
const MISTAKE_RULES: &[&str] = &[
    "salary-question",
    "complaint",
    "excuse",
    "demanding-tone",
    "impatient-tone",
    "desperate-tone",
    "informal-language",
    "unprofessional-greeting",
    "unprofessional-closing",
    "excessive-apology",
];

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
    tn: usize,
}

impl Counts {
    fn add(&mut self, label: bool, predicted: bool) {
        match (label, predicted) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (true, false) => self.fn_ += 1,
            (false, false) => self.tn += 1,
        }
    }

    fn f1(tp: usize, fp: usize, fn_: usize) -> f64 {
        let denom = 2 * tp + fp + fn_;
        if denom == 0 {
            1.0
        } else {
            2.0 * tp as f64 / denom as f64
        }
    }

    fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// Mean of the positive-class and negative-class F1.
    fn bf1(&self) -> f64 {
        (Counts::f1(self.tp, self.fp, self.fn_) + Counts::f1(self.tn, self.fn_, self.fp)) / 2.0
    }

    fn positives(&self) -> usize {
        self.tp + self.fn_
    }

    fn negatives(&self) -> usize {
        self.tn + self.fp
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        f64::NAN
    } else {
        a as f64 / b as f64
    }
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut dir: Option<PathBuf> = None;
    let mut verbose = false;
    let mut proofreading = false;
    for a in args.by_ref() {
        match a.as_str() {
            "--verbose" | "-v" => verbose = true,
            "--proofreading" => proofreading = true,
            _ => dir = Some(PathBuf::from(a)),
        }
    }
    let Some(dir) = dir else {
        eprintln!("usage: evaluate CORPUS_DIR [--verbose] [--proofreading]");
        return ExitCode::from(2);
    };
    match run(&dir, verbose, proofreading) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

/// Every rule on for every kind: `allow` defaults become `info`.
fn all_rules_on() -> Linter {
    let mut config = Config::new();
    for rule in catalogue() {
        for kind in MessageKind::ALL {
            if rule.as_text().is_some() && rule.default_level(kind) == Level::Allow {
                config = config.kind_level(rule.id, kind, Level::Info);
            }
        }
    }
    Linter::with_config(config).unwrap_or_else(|e| panic!("evaluation config: {e}"))
}

fn fired(report: &Report, rules: &[&str]) -> bool {
    report
        .diagnostics
        .iter()
        .any(|d| rules.iter().any(|r| d.rule == *r))
}

fn run(dir: &Path, verbose: bool, proofreading: bool) -> Result<(), String> {
    let linter = all_rules_on();
    let known: Vec<&str> = catalogue().iter().map(|r| r.id).collect();

    // Whole messages.
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("messages"))
        .map_err(|e| format!("{}: {e}", dir.join("messages").display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut counts: BTreeMap<&str, Counts> = BTreeMap::new();
    let mut kinds_right = 0;
    let mut kind_misses = Vec::new();
    for path in &files {
        let raw = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let v: Value =
            serde_json::from_str(&raw).map_err(|e| format!("{}: {e}", path.display()))?;
        let id = v["id"].as_str().unwrap_or("?");
        let text = v["text"].as_str().ok_or_else(|| format!("{id}: no text"))?;
        let kind: MessageKind = v["kind"]
            .as_str()
            .unwrap_or("")
            .parse()
            .map_err(|e| format!("{id}: {e}"))?;
        let report = linter.check(&Draft::new(text).kind(kind));
        if proofreading {
            for d in report
                .diagnostics
                .iter()
                .filter(|d| d.category == Category::Proofreading)
            {
                let at = d.span().map_or("", |s| s.slice(text));
                println!(
                    "  proofreading {id} {:<24} {:?}: {}",
                    d.rule.as_ref(),
                    at,
                    d.message
                );
            }
        }
        let detected = linter.check(&Draft::new(text)).kind;
        if detected == kind {
            kinds_right += 1;
        } else {
            kind_misses.push(format!("{id}: {kind} read as {detected}"));
        }
        for c in CRITERIA {
            if c.only.is_some_and(|k| k != kind) {
                continue;
            }
            let Some(label) = v["labels"][c.label].as_bool() else {
                continue;
            };
            let fires = fired(&report, c.rules);
            let predicted = if c.element { !fires } else { fires };
            counts.entry(c.label).or_default().add(label, predicted);
            if verbose && label != predicted && c.rules.iter().all(|r| known.contains(r)) {
                let why: Vec<String> = report
                    .diagnostics
                    .iter()
                    .filter(|d| c.rules.iter().any(|r| d.rule == *r))
                    .map(|d| format!("{}: {}", d.rule, d.message))
                    .collect();
                println!(
                    "  miss {id} {:<24} label={label:<5} predicted={predicted:<5} {}",
                    c.label,
                    why.join(" | ")
                );
            }
        }
    }

    println!(
        "\nMessages ({} files), every rule on for every kind:\n",
        files.len()
    );
    println!(
        "{:<24} {:>3} {:>3} {:>3} {:>3}  {:>9} {:>6} {:>6} {:>6}",
        "criterion", "TP", "FP", "FN", "TN", "precision", "recall", "F1", "bF1"
    );
    let mut macro_sum = 0.0;
    let mut macro_n = 0;
    let mut below = Vec::new();
    for c in CRITERIA {
        let Some(k) = counts.get(c.label) else {
            continue;
        };
        let implemented = c.rules.iter().all(|r| known.contains(r));
        let scored = k.positives() >= 3 && k.negatives() >= 3;
        let mark = match (implemented, scored) {
            (false, _) => "  (rules not built yet)",
            (true, false) => "  (fewer than 3 in a class: not in the macro)",
            _ => "",
        };
        println!(
            "{:<24} {:>3} {:>3} {:>3} {:>3}  {:>9.2} {:>6.2} {:>6.2} {:>6.2}{mark}",
            c.label,
            k.tp,
            k.fp,
            k.fn_,
            k.tn,
            k.precision(),
            k.recall(),
            Counts::f1(k.tp, k.fp, k.fn_),
            k.bf1()
        );
        if implemented && scored {
            macro_sum += k.bf1();
            macro_n += 1;
            if k.bf1() < 0.80 {
                below.push(c.label);
            }
        }
    }
    println!(
        "\nmacro bF1 over {macro_n} criteria: {:.3}   (below 0.80: {})",
        macro_sum / macro_n.max(1) as f64,
        if below.is_empty() {
            "none".to_owned()
        } else {
            below.join(", ")
        }
    );
    println!(
        "kind detection: {kinds_right}/{} = {:.1} %",
        files.len(),
        100.0 * kinds_right as f64 / files.len().max(1) as f64
    );
    if verbose {
        for m in &kind_misses {
            println!("  {m}");
        }
    }

    // Sentences: mistakes and near-misses, each checked alone as a follow-up.
    let path = dir.join("sentences.jsonl");
    let raw = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut per: BTreeMap<&str, (usize, usize, usize, usize)> = BTreeMap::new(); // pos, found, near, fp
    for line in raw.lines().filter(|l| !l.trim().is_empty()) {
        let v: Value =
            serde_json::from_str(line).map_err(|e| format!("{}: {e}", path.display()))?;
        let text = v["text"].as_str().unwrap_or("");
        let category = v["category"].as_str().unwrap_or("");
        let positive = v["positive"].as_bool().unwrap_or(false);
        let id = v["id"].as_str().unwrap_or("?");
        let report = linter.check(&Draft::new(text).kind(MessageKind::FollowUp));
        let Some(&(cat, rules)) = CATEGORIES.iter().find(|c| c.0 == category) else {
            continue;
        };
        let entry = per.entry(cat).or_default();
        if positive {
            entry.0 += 1;
            if fired(&report, rules) {
                entry.1 += 1;
            } else if verbose {
                println!("  missed {id} [{cat}] {text:?}");
            }
        } else {
            entry.2 += 1;
            let wrong: Vec<&str> = MISTAKE_RULES
                .iter()
                .copied()
                .filter(|r| fired(&report, &[r]))
                .collect();
            if !wrong.is_empty() {
                entry.3 += 1;
                if verbose {
                    println!("  near-miss flagged {id} [{cat}] by {wrong:?}: {text:?}");
                }
            }
        }
    }
    // Precision per category: positives found, against near-misses (of any category)
    // on which that category's rules fire.
    let mut near_fp: BTreeMap<&str, usize> = BTreeMap::new();
    for line in raw.lines().filter(|l| !l.trim().is_empty()) {
        let v: Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
        if v["positive"].as_bool() != Some(false) {
            continue;
        }
        let report =
            linter.check(&Draft::new(v["text"].as_str().unwrap_or("")).kind(MessageKind::FollowUp));
        for &(cat, rules) in CATEGORIES {
            if fired(&report, rules) {
                *near_fp.entry(cat).or_default() += 1;
            }
        }
    }
    println!("\nSentences (each alone, as a follow-up):\n");
    println!(
        "{:<24} {:>9} {:>6} {:>7}  {:>11} {:>9}",
        "category", "positives", "found", "recall", "near-misses", "flagged"
    );
    for &(cat, _) in CATEGORIES {
        let (pos, found, near, fp) = per.get(cat).copied().unwrap_or_default();
        println!(
            "{cat:<24} {pos:>9} {found:>6} {:>7.2}  {near:>11} {fp:>9}",
            ratio(found, pos)
        );
    }
    println!("\nprecision per category (found positives vs near-misses its rules flag):");
    for &(cat, _) in CATEGORIES {
        let (_, found, _, _) = per.get(cat).copied().unwrap_or_default();
        let fp = near_fp.get(cat).copied().unwrap_or(0);
        println!(
            "  {cat:<24} {:.2}  ({found} found, {fp} near-misses flagged)",
            ratio(found, found + fp)
        );
    }
    Ok(())
}
