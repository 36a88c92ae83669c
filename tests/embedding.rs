//! What tools that embed the linter rely on: findings they can remember across edits.

use followup_lint::{Draft, Linter, MessageKind, Report};

const NOTE: &str = "Dear Ms. Park,\n\nThank you for the the tour. i enjoyed it, and I recieve your notes gladly.\n\nBest regards,\nDana";

fn check(text: &str, dismissed: &[String]) -> Report {
    Linter::new().check(
        &Draft::new(text)
            .kind(MessageKind::ThankYou)
            .dismissed(dismissed),
    )
}

fn prints(report: &Report) -> Vec<(String, String)> {
    report
        .diagnostics
        .iter()
        .map(|d| (d.rule.to_string(), d.fingerprint().to_owned()))
        .collect()
}

#[test]
fn fingerprints_survive_a_paragraph_added_above() {
    let before = check(NOTE, &[]);
    let edited = NOTE.replace(
        "Dear Ms. Park,\n\n",
        "Dear Ms. Park,\n\nI hope your week is going well after the product launch.\n\n",
    );
    let after = check(&edited, &[]);
    let before = prints(&before);
    let after = prints(&after);
    for rule in ["repeated-word", "lowercase-i", "misspelling"] {
        let a = before
            .iter()
            .find(|(r, _)| r == rule)
            .expect("fires before");
        let b = after.iter().find(|(r, _)| r == rule).expect("fires after");
        assert_eq!(a.1, b.1, "{rule}");
        assert_eq!(a.1.len(), 16, "{rule}");
    }
    // Every fingerprint in one report is distinct.
    let mut all: Vec<&String> = before.iter().map(|(_, f)| f).collect();
    all.sort();
    all.dedup();
    assert_eq!(all.len(), before.len());
}

#[test]
fn repeats_of_one_slip_get_their_own_fingerprints() {
    let report = check("Thanks. i came, and i saw the office.", &[]);
    let mine: Vec<&str> = report
        .diagnostics
        .iter()
        .filter(|d| d.rule == "lowercase-i")
        .map(|d| d.fingerprint())
        .collect();
    assert_eq!(mine.len(), 2);
    assert_ne!(mine[0], mine[1]);
}

#[test]
fn dismissed_findings_are_left_out() {
    let report = check(NOTE, &[]);
    let dismissed: Vec<String> = report
        .diagnostics
        .iter()
        .filter(|d| d.rule == "repeated-word")
        .map(|d| d.fingerprint().to_owned())
        .collect();
    assert_eq!(dismissed.len(), 1);
    let again = check(NOTE, &dismissed);
    assert!(!again.diagnostics.iter().any(|d| d.rule == "repeated-word"));
    assert_eq!(again.diagnostics.len() + 1, report.diagnostics.len());
}
