//! Operation counts that show a super-linear path without timing noise.
//!
//! `scripts/scaling` runs `scaling measure` under callgrind, which counts the
//! instructions of every call of [`measured`] separately, then `scaling report` reads the
//! counts and fails if any shape's work grows faster than linearly with its size.
//!
//! ```text
//! scaling measure SMALL LARGE        check (and fix) every shape at both sizes, in bytes
//! scaling report DIR SMALL LARGE     compare the counts callgrind wrote to DIR
//! scaling list                       the shapes' names
//! ```

use std::path::Path;
use std::process::ExitCode;

use followup_lint::{Applicability, Draft, Linter, MessageKind};

#[path = "shapes/mod.rs"]
mod shapes;

/// Shapes whose fixing is measured too (fixing runs check-and-apply up to 24 times).
const FIXED: &[&str] = &[
    "one-letter words",
    "a word repeated",
    "ordinary prose",
    "sign-off",
];

/// The largest growth allowed per doubling of the input.
const MAX_PER_DOUBLING: f64 = 2.15;

/// One measured call: callgrind collects inside it and dumps its count after it.
#[inline(never)]
fn measured(linter: &Linter, text: &str, fix: bool) -> usize {
    let draft = Draft::new(text).kind(MessageKind::ThankYou);
    if fix {
        linter.fix(&draft, Applicability::Safe).text.len()
    } else {
        linter.check(&draft).diagnostics.len()
    }
}

/// Every measurement in order: (shape, fix?, size).
fn plan(small: usize, large: usize) -> Vec<(String, String, bool, usize)> {
    let mut out = Vec::new();
    let mut shapes = shapes::shapes();
    shapes.push(("indented quote".into(), String::new()));
    for (name, unit) in shapes {
        let fixes: &[bool] = if FIXED.contains(&name.as_str()) {
            &[false, true]
        } else {
            &[false]
        };
        for &fix in fixes {
            for size in [small, large] {
                out.push((name.clone(), unit.clone(), fix, size));
            }
        }
    }
    out
}

fn text_of(name: &str, unit: &str, size: usize) -> String {
    if name == "indented quote" {
        shapes::indented_quote(size)
    } else {
        shapes::repeat_to(unit, size)
    }
}

/// The instruction total of one callgrind dump file.
fn total(path: &Path) -> Result<u64, String> {
    let raw = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    raw.lines()
        .find_map(|l| {
            l.strip_prefix("summary:")
                .or_else(|| l.strip_prefix("totals:"))
        })
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .ok_or_else(|| format!("{}: no instruction total", path.display()))
}

fn report(dir: &Path, small: usize, large: usize) -> Result<bool, String> {
    let plan = plan(small, large);
    // callgrind names the dumps <file>.1, <file>.2, … in call order.
    let mut dumps: Vec<(u32, std::path::PathBuf)> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .filter_map(|e| {
            let p = e.path();
            let n = p.extension()?.to_str()?.parse().ok()?;
            Some((n, p))
        })
        .collect();
    dumps.sort();
    if dumps.len() != plan.len() {
        return Err(format!(
            "{} dumps for {} measurements; was `scaling measure {small} {large}` run under callgrind?",
            dumps.len(),
            plan.len()
        ));
    }
    let doublings = (large as f64 / small as f64).log2();
    let mut rows = Vec::new();
    for (pair, counts) in plan.chunks(2).zip(dumps.chunks(2)) {
        let (a, b) = (total(&counts[0].1)?, total(&counts[1].1)?);
        let per_doubling = (b as f64 / a.max(1) as f64).powf(1.0 / doublings);
        let what = if pair[0].2 { "fix" } else { "check" };
        rows.push((per_doubling, format!("{what} {}", pair[0].0), a, b));
    }
    rows.sort_by(|x, y| y.0.total_cmp(&x.0));
    println!(
        "{} measurements, {} KiB -> {} KiB; the ten steepest:",
        rows.len(),
        small / 1024,
        large / 1024
    );
    for (g, name, a, b) in rows.iter().take(10) {
        println!("  {g:5.2}x per doubling  {a:>12} -> {b:>12} instructions  {name}");
    }
    let bad: Vec<_> = rows.iter().filter(|r| r.0 > MAX_PER_DOUBLING).collect();
    for (g, name, ..) in &bad {
        println!("SUPER-LINEAR: {name}: {g:.2}x per doubling (limit {MAX_PER_DOUBLING})");
    }
    Ok(bad.is_empty())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let size = |i: usize| args.get(i).and_then(|s| s.parse::<usize>().ok());
    match args.first().map(String::as_str) {
        Some("measure") => {
            let (Some(small), Some(large)) = (size(1), size(2)) else {
                return usage();
            };
            let linter = Linter::new();
            let mut sink = 0;
            for (name, unit, fix, size) in plan(small, large) {
                let text = text_of(&name, &unit, size);
                sink += measured(&linter, &text, fix);
            }
            println!("{sink}");
            ExitCode::SUCCESS
        }
        Some("report") => {
            let (Some(dir), Some(small), Some(large)) = (args.get(1), size(2), size(3)) else {
                return usage();
            };
            match report(Path::new(dir), small, large) {
                Ok(true) => ExitCode::SUCCESS,
                Ok(false) => ExitCode::FAILURE,
                Err(e) => {
                    eprintln!("scaling: {e}");
                    ExitCode::from(2)
                }
            }
        }
        Some("list") => {
            for (name, _) in shapes::shapes() {
                println!("{name}");
            }
            ExitCode::SUCCESS
        }
        _ => usage(),
    }
}

fn usage() -> ExitCode {
    eprintln!("usage: scaling measure SMALL LARGE | scaling report DIR SMALL LARGE | scaling list");
    ExitCode::from(2)
}
