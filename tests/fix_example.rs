//! The `fix` example as a whole program.

use std::process::Command;

#[test]
fn fix_prints_the_corrected_draft_and_a_diff() {
    let dir = std::env::temp_dir().join(format!("followup-lint-fix-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("draft.txt");
    std::fs::write(
        &path,
        "Dear Ms. Park,\n\nthank you for the the interview.\n\nSincerly,\nLeo\n",
    )
    .expect("writes");
    let out = Command::new(env!("CARGO"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["run", "--quiet", "--example", "fix", "--"])
        .arg(&path)
        .output()
        .expect("cargo runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        stdout.starts_with("Dear Ms. Park,\n\nThank you for the interview.\n\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("-thank you for the the interview."),
        "{stdout}"
    );
    assert!(stdout.contains("+Thank you for the interview."), "{stdout}");
    #[cfg(feature = "spelling")]
    assert!(stdout.contains("+Sincerely,"), "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn several_files_a_config_and_json_edits_against_the_original() {
    let dir = std::env::temp_dir().join(format!("followup-lint-fixj-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let texts = [
        "Dear Zoë,\n\nthank you 🙂 for the the interview.\n",
        "Hi Sam,\n\ni enjoyed the the tour .\n",
    ];
    let paths: Vec<String> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let p = dir.join(format!("d{i}.txt"));
            std::fs::write(&p, t).expect("writes");
            p.to_str().expect("utf-8").to_owned()
        })
        .collect();
    // The configuration turns repeated-word off: "the the" stays.
    let config = dir.join("config.json");
    std::fs::write(&config, r#"{"rules": {"repeated-word": "allow"}}"#).expect("writes");
    let out = Command::new(env!("CARGO"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "run",
            "--quiet",
            "--example",
            "fix",
            "--",
            "--format",
            "jsonl",
        ])
        .args(["--config", config.to_str().expect("utf-8")])
        .args(&paths)
        .output()
        .expect("cargo runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    assert_eq!(lines.len(), 2);
    for ((line, text), path) in lines.iter().zip(texts).zip(&paths) {
        assert_eq!(line["file"], path.as_str());
        let fixed = line["text"].as_str().expect("text");
        assert!(fixed.contains("the the"), "{fixed}");
        // The edits, sliced in UTF-16 units as JavaScript would, rebuild the fixed text.
        let mut units: Vec<u16> = text.encode_utf16().collect();
        for e in line["edits"].as_array().expect("edits").iter().rev() {
            let at = |k: &str| e["utf16"][k].as_u64().expect("offset") as usize;
            let with: Vec<u16> = e["replacement"]
                .as_str()
                .expect("str")
                .encode_utf16()
                .collect();
            units.splice(at("start")..at("end"), with);
        }
        assert_eq!(String::from_utf16(&units).expect("utf-16"), fixed);
        assert!(!line["applied"].as_array().expect("applied").is_empty());
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn every_example_answers_help_and_version_on_standard_output() {
    for example in ["fix", "timeline", "evaluate", "lint"] {
        for flag in ["--help", "--version"] {
            let out = Command::new(env!("CARGO"))
                .current_dir(env!("CARGO_MANIFEST_DIR"))
                .args(["run", "--quiet", "--example", example, "--", flag])
                .output()
                .expect("cargo runs");
            assert_eq!(out.status.code(), Some(0), "{example} {flag}");
            let text = String::from_utf8_lossy(&out.stdout);
            let wanted = if flag == "--help" { "usage: " } else { example };
            assert!(text.starts_with(wanted), "{example} {flag}: {text}");
        }
    }
}
