//! The `lint` example as a whole program: output formats and exit codes.
#![cfg(feature = "serde")]

use std::path::Path;
use std::process::{Command, Output};

fn lint(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut cmd = Command::new(env!("CARGO"));
    cmd.current_dir(manifest)
        .args(["run", "--quiet", "--example", "lint", "--"])
        .args(args)
        .env("NO_COLOR", "1");
    if let Some(input) = stdin {
        use std::io::Write;
        cmd.stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        let mut child = cmd.spawn().expect("cargo runs");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input)
            .expect("writes");
        return child.wait_with_output().expect("finishes");
    }
    cmd.output().expect("cargo runs")
}

fn draft(name: &str) -> String {
    format!("{}/examples/drafts/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_bundled_draft_gives_a_readable_report_and_exit_1() {
    let out = lint(&[], None);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    assert!(stdout.contains("error[salary-question]"), "{stdout}");
    assert!(
        stdout.contains("--> examples/drafts/thank-you-flawed.txt:"),
        "{stdout}"
    );
    assert!(stdout.contains("= help:"), "{stdout}");
    assert!(stdout.contains("thank-you note (detected)"), "{stdout}");
}

#[test]
fn json_output_has_the_documented_shape() {
    let out = lint(
        &[
            "--format",
            "json",
            "--kind",
            "thank-you",
            &draft("thank-you-flawed.txt"),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(v["kind"], "thank-you");
    assert_eq!(v["kind_detected"], false);
    let d = &v["diagnostics"][0];
    for key in [
        "rule",
        "severity",
        "category",
        "message",
        "help",
        "span",
        "line",
        "column",
        "suggestions",
    ] {
        assert!(d.get(key).is_some(), "diagnostic lacks {key}: {d}");
    }
    assert!(d["line"].as_u64().expect("number") >= 1);
}

#[test]
fn a_clean_draft_exits_0() {
    let out = lint(&[&draft("thank-you-good.txt")], None);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn standard_input_is_read_with_a_dash() {
    let out = lint(
        &["--kind", "follow-up", "-"],
        Some(b"What is the salary range?"),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("salary-question"));
}

#[test]
fn bad_usage_and_bad_files_exit_2_with_one_line() {
    let out = lint(&["--kind", "letter"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("`thank-you`"));

    let out = lint(&["/no/such/draft.txt"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/no/such/draft.txt"));

    let out = lint(&["-"], Some(b"Thanks \xff\xfe for the chat"));
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("not valid UTF-8") && err.contains("byte offset 7"),
        "{err}"
    );
}

#[test]
fn a_context_file_with_an_offer_in_hand_quiets_questions_about_pay() {
    let dir = std::env::temp_dir().join(format!("followup-lint-ctx-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let context = dir.join("context.json");
    std::fs::write(&context, r#"{"stage": "offer-received"}"#).expect("writes");
    let draft = b"Thanks again for the call. How many vacation days come with the role?";
    let before = lint(&["--kind", "follow-up", "-"], Some(draft));
    let before = String::from_utf8_lossy(&before.stdout).into_owned();
    assert!(before.contains("salary-question"), "{before}");
    let path = context.to_str().expect("utf-8 path");
    let after = lint(
        &["--kind", "follow-up", "--context", path, "-"],
        Some(draft),
    );
    let after = String::from_utf8_lossy(&after.stdout).into_owned();
    assert!(!after.contains("salary-question"), "{after}");
    // A stage the crate does not know is a usage error that names the valid ones.
    std::fs::write(&context, r#"{"stage": "hired"}"#).expect("writes");
    let bad = lint(
        &["--kind", "follow-up", "--context", path, "-"],
        Some(draft),
    );
    assert_eq!(bad.status.code(), Some(2));
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(err.contains("offer-received"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn help_and_version_go_to_standard_output_with_exit_0() {
    for flag in ["--help", "-h"] {
        let out = lint(&[flag], None);
        assert_eq!(out.status.code(), Some(0));
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.starts_with("usage: lint") && text.contains("--config"),
            "{text}"
        );
        assert!(out.stderr.is_empty());
    }
    let out = lint(&["--version"], None);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("lint (followup-lint {})\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn several_files_a_config_file_and_json_lines() {
    let dir = std::env::temp_dir().join(format!("followup-lint-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let config = dir.join("config.json");
    std::fs::write(&config, r#"{"rules": {"salary-question": "allow"}}"#).expect("writes");
    let config = config.to_str().expect("utf-8 path");
    let (good, pushy) = (draft("thank-you-good.txt"), draft("follow-up-pushy.txt"));
    let out = lint(
        &["--config", config, "--format", "jsonl", &good, &pushy],
        None,
    );
    assert_eq!(out.status.code(), Some(1), "the pushy draft has errors");
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON report per line"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["file"], good.as_str());
    assert_eq!(lines[1]["file"], pushy.as_str());
    // The config turned the pay question off.
    let rules: Vec<&str> = lines[1]["diagnostics"]
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|d| d["rule"].as_str())
        .collect();
    assert!(!rules.contains(&"salary-question") && rules.contains(&"demanding-tone"));
    // A bad config is a usage error that names the file and the fix.
    let bad = dir.join("bad.json");
    std::fs::write(&bad, r#"{"rules": {"salary-questoin": "allow"}}"#).expect("writes");
    let out = lint(&["--config", bad.to_str().expect("utf-8"), &good], None);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bad.json") && err.contains("`salary-question`"),
        "{err}"
    );
}

/// Built with every feature, as `cargo test --all-features` builds the examples.
#[cfg(feature = "html")]
#[test]
fn html_files_are_read_as_html_with_spans_in_the_markup() {
    let dir = std::env::temp_dir().join(format!("followup-lint-html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("note.html");
    let html = "<p>Hi Ana,</p>\n<p>Thanks for the the tour of the depot.</p>\n\
                <blockquote>whats the salary</blockquote>";
    std::fs::write(&path, html).expect("writes");
    let out = Command::new(env!("CARGO"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "run",
            "--quiet",
            "--all-features",
            "--example",
            "lint",
            "--",
        ])
        .args(["--format", "json"])
        .arg(&path)
        .output()
        .expect("cargo runs");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let diagnostics = v["diagnostics"].as_array().expect("array");
    let repeated = diagnostics
        .iter()
        .find(|d| d["rule"] == "repeated-word")
        .expect("repeated-word");
    let at = |k: &str| repeated["span"][k].as_u64().expect("offset") as usize;
    assert_eq!(&html[at("start")..at("end")], "the the");
    // The quoted reply is not the writer's: its pay question is not reported.
    assert!(diagnostics.iter().all(|d| d["rule"] != "salary-question"));
    let _ = std::fs::remove_dir_all(&dir);
}
