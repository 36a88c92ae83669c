//! Applies the fixes the linter suggests and shows what changed.
//!
//! ```text
//! cargo run --example fix -- [--unsafe] [--kind thank-you|follow-up|call-script] FILE | -
//! ```
//!
//! By default only safe fixes are applied (those that cannot change the meaning: a
//! doubled word, a known misspelling, a capital letter, a stray space). `--unsafe` also
//! applies fixes that need a look (an inserted full stop, a corrected sign-off). Fixes
//! with placeholders such as `[Your Name]` are never applied. Prints the corrected draft,
//! then a unified diff. Exit status: 0 on success, 2 for bad usage or an unreadable file.

use std::io::Write;
use std::process::ExitCode;

mod common;

use followup_lint::{Applicability, Draft, Linter, MessageKind};
use similar::TextDiff;

const USAGE: &str = "usage: fix [--unsafe] [--kind thank-you|follow-up|call-script] FILE | -";

fn main() -> ExitCode {
    common::exit_status(run())
}

fn run() -> Result<ExitCode, String> {
    let mut at_least = Applicability::Safe;
    let mut kind: Option<MessageKind> = None;
    let mut path: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => return common::print_ok(USAGE),
            "-V" | "--version" => return common::print_ok(&common::version("fix")),
            "--unsafe" => at_least = Applicability::NeedsReview,
            "--kind" => {
                let k = args
                    .next()
                    .ok_or_else(|| format!("--kind needs a value\n{USAGE}"))?;
                kind = Some(k.parse().map_err(|e| format!("{e}"))?);
            }
            s if s.starts_with("--") => return Err(format!("unknown option `{s}`\n{USAGE}")),
            _ if path.is_some() => return Err(format!("only one FILE can be fixed\n{USAGE}")),
            _ => path = Some(arg),
        }
    }
    let path = path.ok_or_else(|| USAGE.to_owned())?;
    let text = common::read_text(&path)?;

    let linter = Linter::new();
    let mut draft = Draft::new(&text);
    if let Some(k) = kind {
        draft = draft.kind(k);
    }
    let fixed = linter.fix(&draft, at_least);

    let diff = TextDiff::from_lines(&text, &fixed.text);
    let out = format!(
        "{}\n--- changes ({} applied, {} left for a second look) ---\n{}",
        fixed.text,
        fixed.applied.len(),
        fixed.skipped.len(),
        diff.unified_diff()
            .context_radius(2)
            .header(&path, &format!("{path} (fixed)"))
    );
    // A closed pipe (`| head`) is not worth a panic.
    let _ = std::io::stdout().write_all(out.as_bytes());
    Ok(ExitCode::SUCCESS)
}
