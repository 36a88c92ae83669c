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

#[cfg(feature = "spelling")]
fn prints(report: &Report) -> Vec<(String, String)> {
    report
        .diagnostics
        .iter()
        .map(|d| (d.rule.to_string(), d.fingerprint().to_owned()))
        .collect()
}

/// Uses `misspelling`, which needs the `spelling` feature.
#[cfg(feature = "spelling")]
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

#[test]
fn utf16_and_code_point_offsets_slice_exactly_the_flagged_text() {
    use followup_lint::{LineIndex, Span};
    let text = "Dear Zoë,\r\n\r\nThank you 🙂 for the the tour of the café 👩🏽‍💻 lab. i recieve your notes gladly!!\r\n\r\nBest regards,\r\nDana";
    let report = check(text, &[]);
    assert!(report.diagnostics.len() >= 3);
    let view = report.with_positions(text);
    let units: Vec<u16> = text.encode_utf16().collect();
    let chars: Vec<char> = text.chars().collect();
    let index = LineIndex::new(text);
    let mut spans: Vec<Span> = Vec::new();
    for d in &report.diagnostics {
        spans.extend(d.span());
        spans.extend(
            d.suggestions
                .iter()
                .flat_map(|s| s.edits.iter().map(|e| e.span)),
        );
    }
    for span in spans {
        let at = view.map().positions(span);
        let js = String::from_utf16(&units[at.utf16.start..at.utf16.end]).expect("whole units");
        let py: String = chars[at.chars.start..at.chars.end].iter().collect();
        assert_eq!(js, span.slice(text), "utf16 {at:?}");
        assert_eq!(py, span.slice(text), "chars {at:?}");
        let lc = index.line_col(span.start);
        assert_eq!((at.line, at.column), (lc.line, lc.column), "{at:?}");
    }
}

#[cfg(feature = "serde")]
#[test]
fn the_positioned_json_carries_every_unit_on_diagnostics_and_edits() {
    let report = check(NOTE, &[]);
    let json = serde_json::to_value(report.with_positions(NOTE)).expect("serialises");
    let d = json["diagnostics"]
        .as_array()
        .expect("array")
        .iter()
        .find(|d| d["rule"] == "repeated-word")
        .expect("fires");
    for key in [
        "span",
        "utf16",
        "chars",
        "line",
        "column",
        "end_line",
        "end_column",
        "fingerprint",
    ] {
        assert!(d.get(key).is_some(), "diagnostic lacks {key}");
    }
    let edit = &d["suggestions"][0]["edits"][0];
    for key in [
        "span",
        "utf16",
        "chars",
        "line",
        "column",
        "end_line",
        "end_column",
        "replacement",
    ] {
        assert!(edit.get(key).is_some(), "edit lacks {key}");
    }
    // The checklist's evidence is positioned too: its UTF-16 range slices the sentence
    // that satisfies the item, as JavaScript would.
    let units: Vec<u16> = NOTE.encode_utf16().collect();
    let mut evidenced = 0;
    for (item, plain) in json["checklist"]
        .as_array()
        .expect("array")
        .iter()
        .zip(&report.checklist)
    {
        let (Some(span), Some(e)) = (
            plain.evidence,
            item.get("evidence").filter(|e| !e.is_null()),
        ) else {
            continue;
        };
        let at = |k: &str| e["utf16"][k].as_u64().expect("offset") as usize;
        let sliced = String::from_utf16(&units[at("start")..at("end")]).expect("utf-16");
        assert_eq!(sliced, span.slice(NOTE));
        evidenced += 1;
    }
    assert!(evidenced >= 2, "{}", json["checklist"]);
}

/// Uses `misspelling`, which needs the `spelling` feature.
#[cfg(feature = "spelling")]
#[test]
fn accepted_words_are_left_alone_by_the_proofreading_rules() {
    use followup_lint::Config;
    // Two words a writer may mean: a product spelled its own way, a closed compound.
    let text = "Thank you for the tour. I enjoyed the demo of recieve and the userfriendly setup.";
    let ours = ["recieve", "userfriendly"];
    let plain = Linter::new().check(&Draft::new(text).kind(MessageKind::ThankYou));
    let on_ours = |r: &Report| {
        r.diagnostics
            .iter()
            .filter(|d| d.span().is_some_and(|s| ours.contains(&s.slice(text))))
            .count()
    };
    assert_eq!(on_ours(&plain), 2, "{:?}", plain.diagnostics);
    let linter = Linter::with_config(Config::new().accept_words(["RECIEVE", "userFriendly"]))
        .expect("valid");
    let report = linter.check(&Draft::new(text).kind(MessageKind::ThankYou));
    assert_eq!(on_ours(&report), 0);
    // Everything else is still reported.
    assert_eq!(report.diagnostics.len() + 2, plain.diagnostics.len());
}

#[test]
fn every_rule_links_to_its_own_section_of_the_reference() {
    let reference = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/RULES.md"))
        .expect("docs/RULES.md");
    for rule in followup_lint::catalogue() {
        let url = rule.url();
        assert!(url.starts_with(followup_lint::RULES_DOCS), "{url}");
        let anchor = url.rsplit('#').next().expect("an anchor");
        // GitHub anchors a "## `id`" heading as "#id".
        assert!(
            reference.contains(&format!("\n## `{anchor}`\n")),
            "no section for {anchor}"
        );
    }
    let report = check(NOTE, &[]);
    let d = &report.diagnostics[0];
    assert_eq!(d.url(), followup_lint::find_rule(&d.rule).map(|r| r.url()));
}

#[cfg(feature = "serde")]
#[test]
fn reports_read_back_from_their_json_plain_or_with_positions() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/drafts");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).expect("drafts") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("utf-8");
        let report = Linter::new().check(&Draft::new(&text));
        let plain: Report =
            serde_json::from_str(&serde_json::to_string(&report).expect("serialises"))
                .expect("reads back");
        assert_eq!(plain, report, "{}", path.display());
        let positioned: Report = serde_json::from_str(
            &serde_json::to_string(&report.with_positions(&text)).expect("serialises"),
        )
        .expect("reads back");
        assert_eq!(positioned, report, "{}", path.display());
        n += 1;
    }
    assert!(n >= 8);
    let bad = r#"{"rule":"x","category":"custom","severity":"warning","location":"text","message":"m","help":null,"suggestions":[]}"#;
    let err = serde_json::from_str::<followup_lint::Diagnostic>(bad).unwrap_err();
    assert!(err.to_string().contains("`text` needs `span`"), "{err}");
}

/// Uses `misspelling`, which needs the `spelling` feature.
#[cfg(feature = "spelling")]
#[test]
fn accepted_words_do_not_use_up_the_per_rule_limit() {
    use followup_lint::Config;
    let config = Config::new()
        .accept_words(["adress"])
        .max_diagnostics_per_rule(1);
    let linter = Linter::with_config(config).expect("valid");
    let text = "My adress and adress book are new. I recieve mail there.";
    let report = linter.check(&Draft::new(text).kind(MessageKind::ThankYou));
    let slips: Vec<&str> = report
        .diagnostics
        .iter()
        .filter(|d| d.rule == "misspelling")
        .filter_map(|d| d.span().map(|s| s.slice(text)))
        .collect();
    assert_eq!(slips, ["recieve"], "{:?}", report.diagnostics);
}
