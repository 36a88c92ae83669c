//! The `timeline` example as a whole program: JSON shape and exit codes.
#![cfg(all(feature = "timing", feature = "serde"))]

use std::process::{Command, Output};

fn timeline(args: &[&str]) -> Output {
    Command::new(env!("CARGO"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["run", "--quiet", "--example", "timeline", "--"])
        .args(args)
        .output()
        .expect("cargo runs")
}

const NOW: &str = "2026-12-19T12:00:00-05:00[America/New_York]";

#[test]
fn json_has_the_documented_shape() {
    let out = timeline(&[
        "--format",
        "json",
        "--now",
        NOW,
        "examples/timelines/call-at-8am.json",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let d = &v["diagnostics"][0];
    assert_eq!(d["rule"], "call-outside-hours");
    assert_eq!(d["severity"], "warning");
    assert_eq!(d["contact"], 2);
    assert!(d["message"].as_str().expect("text").contains("08:05"));
    let step = &v["next_step"];
    for key in ["action", "not_before", "not_after", "reason", "advice"] {
        assert!(step.get(key).is_some(), "next_step lacks {key}: {step}");
    }
    assert_eq!(step["action"], "wait");
    assert_eq!(step["advice"][0], "keep-applying");
}

#[test]
fn an_error_exits_1_and_a_bad_timeline_exits_2() {
    let out = timeline(&["--now", NOW, "examples/timelines/late-thank-you.json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("error[thank-you-late] contact 0"));

    let dir = std::env::temp_dir().join(format!("followup-lint-timeline-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let bad = dir.join("bad.json");
    std::fs::write(
        &bad,
        r#"{"interview": {"start": "2026-12-01T10:00:00-05:00[America/New_York]", "end": "2026-12-01T09:00:00-05:00[America/New_York]"}}"#,
    )
    .expect("writes");
    let out = timeline(&["--now", NOW, bad.to_str().expect("utf-8 path")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("ends"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn several_timelines_a_config_and_json_lines() {
    let dir = std::env::temp_dir().join(format!("followup-lint-tl-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let config = dir.join("config.json");
    std::fs::write(&config, r#"{"rules": {"call-outside-hours": "error"}}"#).expect("writes");
    let (early, pushy) = (
        "examples/timelines/call-at-8am.json",
        "examples/timelines/pushy-cadence.json",
    );
    let out = timeline(&[
        "--config",
        config.to_str().expect("utf-8"),
        "--format",
        "jsonl",
        "--now",
        NOW,
        early,
        pushy,
    ]);
    // The config made the early call an error.
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["file"], early);
    assert_eq!(lines[1]["file"], pushy);
    assert_eq!(lines[0]["diagnostics"][0]["severity"], "error");
    assert!(lines[1]["next_step"]["action"].is_string());
    let _ = std::fs::remove_dir_all(&dir);
}
