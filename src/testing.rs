//! Test helpers shared by the rule files: check a draft and assert what fires, printing
//! every diagnostic when an assertion fails.

use crate::{Diagnostic, Draft, Linter, MessageKind, Report};

/// Checks `text` as a message of `kind` with the default linter.
pub(crate) fn check(kind: MessageKind, text: &str) -> Report {
    Linter::new().check(&Draft::new(text).kind(kind))
}

/// Renders a report's diagnostics, one per line, for failure messages.
pub(crate) fn render(text: &str, report: &Report) -> String {
    let mut out = String::new();
    for d in &report.diagnostics {
        let quoted = d.span().map_or("", |s| s.slice(text));
        out.push_str(&format!(
            "  {} [{}] {:?} {:?}: {}\n",
            d.severity,
            d.rule,
            d.span(),
            quoted,
            d.message
        ));
    }
    if out.is_empty() {
        out.push_str("  (no diagnostics)\n");
    }
    out
}

/// Asserts that `rule` fires exactly once on `text`.
#[track_caller]
pub(crate) fn assert_flags(rule: &str, kind: MessageKind, text: &str) {
    let report = check(kind, text);
    let n = report.diagnostics.iter().filter(|d| d.rule == rule).count();
    assert_eq!(
        n,
        1,
        "`{rule}` should fire once on {text:?} as {kind}, fired {n} times:\n{}",
        render(text, &report)
    );
}

/// Asserts that `rule` stays quiet on `text`.
#[track_caller]
pub(crate) fn assert_accepts(rule: &str, kind: MessageKind, text: &str) {
    let report = check(kind, text);
    let n = report.diagnostics.iter().filter(|d| d.rule == rule).count();
    assert_eq!(
        n,
        0,
        "`{rule}` should not fire on {text:?} as {kind}:\n{}",
        render(text, &report)
    );
}

/// Returns the first diagnostic `rule` gives on `text`, failing the test if it gives none.
#[track_caller]
pub(crate) fn flagged(rule: &str, kind: MessageKind, text: &str) -> Diagnostic {
    let report = check(kind, text);
    match report.diagnostics.iter().find(|d| d.rule == rule) {
        Some(d) => d.clone(),
        None => panic!(
            "`{rule}` should fire on {text:?} as {kind}:\n{}",
            render(text, &report)
        ),
    }
}
