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
