//! Measures detection accuracy on the labelled corpus and on our challenge sets.
//!
//! ```text
//! cargo run --release --example evaluate -- [CORPUS_DIR] [--challenge DIR]
//!                                           [--config FILE.json] [--misses SET]
//!                                           [--proofreading]
//! ```
//!
//! CORPUS_DIR defaults to `../shared/corpus`, `--challenge` to `tests/challenge`. The
//! corpus comes in two batches: batch 1 to tune on, batch 2 (other sources) to validate
//! on; the challenge sets are ours, written blind to the rules, split by id into a
//! development half (even ids) and a held-out half (odd ids). Each is reported in its own
//! column, so the gap between what was tuned on and what was not stays visible.
//! `--misses SET` (`batch1`, `batch2`, `dev`, `held-out`) lists every disagreement in that
//! set, and `--misses clean` every false alarm on the clean drafts of
//! `tests/challenge/clean`; `--proofreading` lists every proofreading diagnostic on the corpus messages.
//!
//! The corpus is third-party text: it is read at run time, never copied. Every rule is
//! switched on for every kind (at `info` where its default is `allow`). Each criterion is
//! `--config FILE.json` scores the linter of that configuration instead, as its users
//! would meet it (rules it allows stay off). Each criterion is
//! scored by its two-class F1 (the mean of the positive and the negative class's F1);
//! the macro covers criteria with at least three of each class in that column.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

mod common;
mod score;

use followup_lint::{Category, Draft};
use score::{
    CATEGORIES, CRITERIA, CategoryScore, Counts, Message, Passage, all_rules_on, macro_bf1,
    read_messages, read_passages, score_messages, score_passages,
};

/// Batch 2 of the corpus (its README lists them): the validation part.
const BATCH2_MESSAGES: &[&str] = &[
    "001", "005", "006", "007", "011", "012", "019", "024", "030", "031", "032", "033", "037",
    "039", "040", "042", "043", "044", "046", "047", "048", "050", "051", "052", "058", "064",
    "065", "068", "069", "rm005", "rm008", "rm010", "rm012", "rm013", "rm016", "rm017", "rm020",
];
const BATCH2_PASSAGES: &[&str] = &[
    "s009", "s010", "s017", "s018", "s021", "s022", "s023", "s024", "s027", "s030", "s031", "s032",
    "s038", "s048", "s052", "s053", "s054", "s055", "s058", "s059", "s067", "s077", "s082", "s086",
    "s089", "s091", "s095", "s096", "s102", "s103", "s105", "s106", "s115", "s116", "s123", "s124",
    "s125", "s127", "s128", "s129", "s130", "s131", "s137", "s138", "s139", "s140", "s141", "s142",
    "s143", "s144", "s145",
];

/// The sets reported, in column order.
const SETS: [&str; 4] = ["batch1", "batch2", "dev", "held-out"];

/// The set a corpus or challenge item belongs to.
fn set_of(id: &str, challenge: bool) -> &'static str {
    if challenge {
        let n: u32 = id
            .rsplit(|c: char| !c.is_ascii_digit())
            .next()
            .and_then(|d| d.parse().ok())
            .unwrap_or(0);
        if n % 2 == 0 { "dev" } else { "held-out" }
    } else if BATCH2_MESSAGES.contains(&id) || BATCH2_PASSAGES.contains(&id) {
        "batch2"
    } else {
        "batch1"
    }
}

fn main() -> ExitCode {
    let mut corpus = PathBuf::from("../shared/corpus");
    let mut challenge = PathBuf::from("tests/challenge");
    let mut misses: Option<String> = None;
    let mut proofreading = false;
    let mut config: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--version" | "-V" => {
                println!("evaluate (followup-lint {})", env!("CARGO_PKG_VERSION"));
                return ExitCode::SUCCESS;
            }
            "--help" | "-h" => {
                println!(
                    "usage: evaluate [CORPUS_DIR] [--challenge DIR] [--config FILE.json] [--misses batch1|batch2|dev|held-out|clean] [--proofreading]"
                );
                return ExitCode::SUCCESS;
            }
            "--challenge" => match args.next() {
                Some(d) => challenge = PathBuf::from(d),
                None => return usage("--challenge needs a directory"),
            },
            "--misses" => match args.next() {
                Some(s) if SETS.contains(&s.as_str()) || s == "clean" => misses = Some(s),
                _ => return usage("--misses needs one of batch1, batch2, dev, held-out, clean"),
            },
            "--proofreading" => proofreading = true,
            "--config" => match args.next() {
                Some(f) => config = Some(f),
                None => return usage("--config needs a file"),
            },
            _ if a.starts_with('-') => return usage(&format!("unknown option {a}")),
            _ => corpus = PathBuf::from(a),
        }
    }
    let linter = match &config {
        None => all_rules_on(),
        Some(path) => match common::linter(Some(path)) {
            Ok(linter) => linter,
            Err(e) => return usage(&e),
        },
    };
    match run(
        &linter,
        &corpus,
        &challenge,
        misses.as_deref(),
        proofreading,
    ) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

fn usage(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    eprintln!(
        "usage: evaluate [CORPUS_DIR] [--challenge DIR] [--config FILE.json] [--misses batch1|batch2|dev|held-out|clean] [--proofreading]"
    );
    ExitCode::from(2)
}

fn cell(k: Option<&Counts>) -> String {
    match k {
        Some(k) if k.positives() + k.negatives() > 0 => {
            let mark = if k.scored() { " " } else { "*" };
            format!(
                "{:.2}{mark}({:>2}/{:<2})",
                k.bf1(),
                k.positives(),
                k.negatives()
            )
        }
        _ => "      -      ".to_owned(),
    }
}

fn run(
    linter: &followup_lint::Linter,
    corpus: &std::path::Path,
    challenge: &std::path::Path,
    show: Option<&str>,
    proofreading: bool,
) -> Result<(), String> {
    // Whole messages.
    let mut messages: Vec<(&'static str, Message)> = Vec::new();
    for m in read_messages(&corpus.join("messages"))? {
        messages.push((set_of(&m.id, false), m));
    }
    if challenge.join("messages").is_dir() {
        for m in read_messages(&challenge.join("messages"))? {
            messages.push((set_of(&m.id, true), m));
        }
    }
    let mut per_set: BTreeMap<&str, BTreeMap<&'static str, Counts>> = BTreeMap::new();
    for set in SETS {
        let members: Vec<&Message> = messages
            .iter()
            .filter(|(s, _)| *s == set)
            .map(|(_, m)| m)
            .collect();
        let (counts, misses) = score_messages(linter, &members);
        if show == Some(set) {
            for (id, label, value, why) in misses {
                println!("  miss {id} {label:<24} label={value:<5} {why}");
            }
        }
        per_set.insert(set, counts);
    }
    println!(
        "\nWhole messages: two-class F1 (positives/negatives); * = fewer than 3 in a class, not in the macro\n"
    );
    println!(
        "{:<24} {:>15} {:>15} {:>15} {:>15}",
        "criterion", "batch 1 (tune)", "batch 2 (valid)", "challenge dev", "challenge held"
    );
    for c in CRITERIA {
        let cells: Vec<String> = SETS
            .iter()
            .map(|s| cell(per_set.get(s).and_then(|m| m.get(c.label))))
            .collect();
        println!(
            "{:<24} {:>15} {:>15} {:>15} {:>15}",
            c.label, cells[0], cells[1], cells[2], cells[3]
        );
    }
    let macros: Vec<String> = SETS
        .iter()
        .map(|s| {
            let (m, n) = macro_bf1(&per_set[s]);
            format!("{m:.3} ({n})")
        })
        .collect();
    println!(
        "{:<24} {:>15} {:>15} {:>15} {:>15}",
        "macro (criteria)", macros[0], macros[1], macros[2], macros[3]
    );
    // Spelling and grammar slips are the proofreading rules' work; this row shows the
    // rest on its own.
    let macros: Vec<String> = SETS
        .iter()
        .map(|s| {
            let mut rest = per_set[s].clone();
            rest.remove("has_typo");
            let (m, n) = macro_bf1(&rest);
            format!("{m:.3} ({n})")
        })
        .collect();
    println!(
        "{:<24} {:>15} {:>15} {:>15} {:>15}",
        "macro without has_typo", macros[0], macros[1], macros[2], macros[3]
    );
    let kinds: Vec<String> = SETS
        .iter()
        .map(|s| {
            let members: Vec<&Message> = messages
                .iter()
                .filter(|(x, _)| x == s)
                .map(|(_, m)| m)
                .collect();
            let mut right = 0;
            for m in &members {
                let got = linter.check(&Draft::new(&m.text)).kind;
                if got == m.kind {
                    right += 1;
                } else if show == Some(*s) {
                    println!("  kind {} labelled {} detected {got}", m.id, m.kind);
                }
            }
            format!("{right}/{}", members.len())
        })
        .collect();
    println!(
        "{:<24} {:>15} {:>15} {:>15} {:>15}",
        "kind detected", kinds[0], kinds[1], kinds[2], kinds[3]
    );

    // Passages.
    let mut passages: Vec<(&'static str, Passage)> = Vec::new();
    for p in read_passages(&corpus.join("sentences.jsonl"))? {
        passages.push((set_of(&p.id, false), p));
    }
    let mistakes = challenge.join("mistakes.jsonl");
    if mistakes.is_file() {
        for p in read_passages(&mistakes)? {
            passages.push((set_of(&p.id, true), p));
        }
    }
    let mut scores: BTreeMap<&str, BTreeMap<&'static str, CategoryScore>> = BTreeMap::new();
    for set in SETS {
        let members: Vec<&Passage> = passages
            .iter()
            .filter(|(s, _)| *s == set)
            .map(|(_, p)| p)
            .collect();
        let (per, misses) = score_passages(linter, &members);
        if show == Some(set) {
            for (id, cat, positive, wrong, text) in misses {
                if positive {
                    println!("  missed  {id} [{cat}] {text:?}");
                } else {
                    println!("  flagged {id} [{cat}] by {wrong}: {text:?}");
                }
            }
        }
        scores.insert(set, per);
    }
    println!(
        "\nPassages, each alone as a follow-up: recall (positives) / precision (against near misses of every category)\n"
    );
    println!(
        "{:<24} {:>15} {:>15} {:>15} {:>15}",
        "category", "batch 1 (tune)", "batch 2 (valid)", "challenge dev", "challenge held"
    );
    for &(cat, _) in CATEGORIES {
        let cells: Vec<String> = SETS
            .iter()
            .map(|s| {
                let c = scores[s].get(cat).copied().unwrap_or_default();
                if c.positives == 0 {
                    "      -      ".to_owned()
                } else {
                    format!(
                        "{:.2}/{:.2} ({:>2})",
                        c.recall(),
                        c.precision(),
                        c.positives
                    )
                }
            })
            .collect();
        println!(
            "{cat:<24} {:>15} {:>15} {:>15} {:>15}",
            cells[0], cells[1], cells[2], cells[3]
        );
    }
    let nears: Vec<String> = SETS
        .iter()
        .map(|s| {
            let near: usize = scores[s].values().map(|c| c.near).sum();
            let wrong: usize = scores[s].values().map(|c| c.near_flagged).sum();
            format!("{wrong} flags/{near}")
        })
        .collect();
    println!(
        "{:<24} {:>15} {:>15} {:>15} {:>15}",
        "near misses", nears[0], nears[1], nears[2], nears[3]
    );

    let slips_path = challenge.join("slips.jsonl");
    if slips_path.is_file() {
        let slips = score::read_slips(&slips_path)?;
        println!(
            "\nSlips, each alone as a follow-up: recall (slips) / precision (against correct near misses)\n"
        );
        println!(
            "{:<24} {:>15} {:>15}",
            "family", "challenge dev", "challenge held"
        );
        // The slips' ids alternate slip and near miss, so the halves alternate within
        // each family's slips and each family's near misses instead.
        let mut seen: BTreeMap<(String, bool), usize> = BTreeMap::new();
        let half: Vec<&'static str> = slips
            .iter()
            .map(|s| {
                let n = seen.entry((s.family.clone(), s.slip)).or_default();
                *n += 1;
                if *n % 2 == 1 { "dev" } else { "held-out" }
            })
            .collect();
        let mut halves = Vec::new();
        for set in ["dev", "held-out"] {
            let members: Vec<&score::Slip> = slips
                .iter()
                .zip(&half)
                .filter(|&(_, h)| *h == set)
                .map(|(s, _)| s)
                .collect();
            let (per, misses) = score::score_slips(linter, &members);
            if show == Some(set) {
                for (id, family, slip, rules, text) in &misses {
                    let what = if *slip { "missed " } else { "flagged" };
                    println!("  {what} {id} [{family}] {rules} {text:?}");
                }
            }
            halves.push(per);
        }
        let families: std::collections::BTreeSet<&String> =
            halves.iter().flat_map(|h| h.keys()).collect();
        for f in families {
            let cells: Vec<String> = halves
                .iter()
                .map(|h| {
                    let c = h.get(f).copied().unwrap_or_default();
                    format!("{:.2}/{:.2} ({:>2})", c.recall(), c.precision(), c.slips)
                })
                .collect();
            println!("{f:<24} {:>15} {:>15}", cells[0], cells[1]);
        }
    }

    let (words, alarms) = score::clean_alarms(linter, &challenge.join("clean"))?;
    let mistakes = alarms
        .iter()
        .filter(|(_, r, _)| !score::is_proofreading(r))
        .count();
    println!(
        "\nClean prose ({words} words of our own drafts that meet the guide): {mistakes} mistake \
         alarms, {} proofreading alarms ({:.1} and {:.1} per 10,000 words)",
        alarms.len() - mistakes,
        mistakes as f64 * 1e4 / words.max(1) as f64,
        (alarms.len() - mistakes) as f64 * 1e4 / words.max(1) as f64,
    );
    if show == Some("clean") {
        for (file, rule, at) in &alarms {
            println!("  {file} {rule:<24} {at:?}");
        }
    }

    if proofreading {
        println!("\nProofreading diagnostics on the corpus messages:");
        for (_, m) in messages.iter().filter(|(s, _)| s.starts_with("batch")) {
            let report = score::check_message(linter, m);
            for d in report
                .diagnostics
                .iter()
                .filter(|d| d.category == Category::Proofreading)
            {
                let at = d.span().map_or("", |s| s.slice(&m.text));
                println!("  {} {:<24} {at:?}: {}", m.id, d.rule.as_ref(), d.message);
            }
        }
    }
    Ok(())
}
