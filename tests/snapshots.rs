//! Snapshot tests: every bundled draft's report, rendered compactly, compared with the
//! copy committed under `tests/snapshots/`. The good drafts must produce no diagnostic.
//!
//! Run `UPDATE_SNAPSHOTS=1 cargo test --test snapshots` to accept new output (and read
//! the diff before committing it).

use std::fmt::Write;
use std::path::Path;

use followup_lint::{Draft, LineIndex, Linter, Report};

fn render(text: &str, report: &Report) -> String {
    let index = LineIndex::new(text);
    let how = if report.kind_detected {
        "detected"
    } else {
        "given"
    };
    let mut out = format!("kind: {} ({how})\n", report.kind);
    for d in &report.diagnostics {
        let span = d.span().unwrap_or_default();
        let (a, b) = (index.line_col(span.start), index.line_col(span.end));
        let _ = writeln!(
            out,
            "{:<7} {:<26} {}:{}-{}:{} {}",
            d.severity.as_str(),
            d.rule,
            a.line,
            a.column,
            b.line,
            b.column,
            d.message
        );
    }
    out.push_str("checklist:\n");
    for item in &report.checklist {
        let mark = if item.satisfied { 'x' } else { ' ' };
        let _ = writeln!(out, "  [{mark}] {}", item.criterion);
    }
    out
}

fn drafts() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/drafts");
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("drafts folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            let name = p
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("")
                .to_owned();
            (name, std::fs::read_to_string(&p).expect("readable draft"))
        })
        .collect();
    out.sort();
    out
}

#[test]
fn bundled_drafts_match_their_snapshots() {
    let linter = Linter::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut stale = Vec::new();
    for (name, text) in drafts() {
        let got = render(&text, &linter.check(&Draft::new(&text)));
        let path = dir.join(format!("{name}.txt"));
        let want = std::fs::read_to_string(&path).unwrap_or_default();
        if got != want {
            if update {
                std::fs::write(&path, &got).expect("writable snapshot");
            } else {
                stale.push(format!("--- {name}: expected\n{want}--- got\n{got}"));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "snapshots differ (UPDATE_SNAPSHOTS=1 to accept):\n{}",
        stale.join("\n")
    );
}

#[test]
fn good_drafts_have_no_diagnostics_and_meet_every_criterion() {
    let linter = Linter::new();
    let good: Vec<_> = drafts()
        .into_iter()
        .filter(|(n, _)| n.ends_with("-good"))
        .collect();
    assert!(good.len() >= 3, "one good draft per kind");
    for (name, text) in good {
        let report = linter.check(&Draft::new(&text));
        assert!(
            report.diagnostics.is_empty(),
            "{name}:\n{}",
            render(&text, &report)
        );
        assert!(
            report.checklist.iter().all(|i| i.satisfied),
            "{name}:\n{}",
            render(&text, &report)
        );
    }
}
