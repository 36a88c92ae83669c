//! The report's JSON Schemas (feature `schema`) against real output.
#![cfg(feature = "schema")]

use followup_lint::{Draft, Linter};
use serde_json::Value;

fn drafts() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/drafts");
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("drafts")
        .map(|e| {
            let path = e.expect("entry").path();
            let text = std::fs::read_to_string(&path).expect("utf-8");
            (path.display().to_string(), text)
        })
        .collect();
    out.sort();
    assert!(out.len() >= 8, "bundled drafts missing");
    out
}

fn validator(schema: &schemars::Schema) -> jsonschema::Validator {
    jsonschema::validator_for(&serde_json::to_value(schema).expect("schema"))
        .expect("a valid JSON Schema")
}

fn errors(v: &jsonschema::Validator, json: &Value) -> Vec<String> {
    v.iter_errors(json)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect()
}

#[test]
fn every_bundled_drafts_report_matches_both_schemas() {
    let plain = validator(&followup_lint::schema::report());
    let positioned = validator(&followup_lint::schema::positioned_report());
    let linter = Linter::new();
    let mut diagnostics = 0;
    for (name, text) in drafts() {
        let report = linter.check(&Draft::new(&text));
        diagnostics += report.diagnostics.len();
        let json = serde_json::to_value(&report).expect("serialises");
        assert_eq!(errors(&plain, &json), Vec::<String>::new(), "{name}");
        // A plain report lacks the positions the positioned schema requires.
        if report.diagnostics.iter().any(|d| d.span().is_some()) {
            assert!(
                !errors(&positioned, &json).is_empty(),
                "{name}: positions not required"
            );
        }
        let json = serde_json::to_value(report.with_positions(&text)).expect("serialises");
        assert_eq!(errors(&positioned, &json), Vec::<String>::new(), "{name}");
    }
    assert!(diagnostics > 20, "the drafts should exercise many rules");
}

#[cfg(feature = "timing")]
#[test]
fn timeline_diagnostics_match_the_diagnostic_schema() {
    use followup_lint::timing::Timeline;
    let plain = validator(&followup_lint::schema::report());
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/timelines");
    let now = "2026-12-20T12:00:00-05:00[America/New_York]"
        .parse()
        .expect("now");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).expect("timelines") {
        let json = std::fs::read_to_string(entry.expect("entry").path()).expect("read");
        let timeline: Timeline = serde_json::from_str(&json).expect("timeline");
        let diagnostics = Linter::new().check_timeline(&timeline, &now);
        seen += diagnostics.len();
        // A report made of them: the schema of a diagnostic is the report's.
        let report = serde_json::json!({
            "kind": "follow-up", "kind_detected": false, "diagnostics": diagnostics,
            "checklist": [], "stats": {"bytes": 0, "words": 0, "sentences": 0, "paragraphs": 0},
            "truncated": false,
        });
        assert_eq!(errors(&plain, &report), Vec::<String>::new());
    }
    assert!(seen > 0);
}

#[test]
fn the_schemas_reject_what_a_report_never_holds() {
    let plain = validator(&followup_lint::schema::report());
    let text = "Hi Ana,\n\nThanks for the the interview today.\n";
    let report = Linter::new().check(&Draft::new(text));
    let good = serde_json::to_value(&report).expect("serialises");
    assert!(errors(&plain, &good).is_empty());
    let i = report
        .diagnostics
        .iter()
        .position(|d| d.span().is_some())
        .expect("a text diagnostic");
    type Break = fn(&mut Value);
    let broken: [(&str, Break); 5] = [
        ("unknown severity", |d| d["severity"] = "fatal".into()),
        ("text without span", |d| {
            d.as_object_mut().expect("object").remove("span");
        }),
        ("unknown location", |d| d["location"] = "margin".into()),
        ("negative offset", |d| d["span"]["start"] = (-1).into()),
        ("fix with unknown applicability", |d| {
            d["suggestions"] =
                serde_json::json!([{"title": "t", "edits": [], "applicability": "yolo"}]);
        }),
    ];
    for (what, breaks) in broken {
        let mut json = good.clone();
        breaks(&mut json["diagnostics"][i]);
        assert!(!errors(&plain, &json).is_empty(), "accepted: {what}");
    }
}

#[test]
fn the_schema_files_in_docs_are_the_generated_ones() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/docs");
    for (file, schema) in [
        ("report.schema.json", followup_lint::schema::report()),
        (
            "report-with-positions.schema.json",
            followup_lint::schema::positioned_report(),
        ),
    ] {
        let generated = serde_json::to_string_pretty(&schema).expect("json") + "\n";
        let path = format!("{dir}/{file}");
        if std::env::var_os("UPDATE_DOCS").is_some() {
            std::fs::write(&path, &generated).expect("write");
        }
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            on_disk == generated,
            "{file} is stale: run UPDATE_DOCS=1 cargo test --all-features --test schema"
        );
    }
}
