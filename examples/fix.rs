//! Applies the fixes the linter suggests and shows what changed.
//!
//! ```text
//! cargo run --example fix -- [--unsafe] [--kind thank-you|follow-up|call-script]
//!                            [--context FILE.json] [--config FILE.json] [--html]
//!                            [--format human|json|jsonl] FILE | - ...
//! ```
//!
//! By default only safe fixes are applied (those that cannot change the meaning: a
//! doubled word, a known misspelling, a capital letter, a stray space). `--unsafe` also
//! applies fixes that need a look (an inserted full stop, a corrected sign-off). Fixes
//! with placeholders such as `[Your Name]` are never applied. For people it prints the
//! corrected draft, then a unified diff; as JSON, the corrected text and the edits
//! against the original, each with its positions in every unit. Exit status: 0 on
//! success, 2 for bad usage, an unreadable file or a bad configuration.

use std::io::Write;
use std::process::ExitCode;

mod common;

use common::Format;
use followup_lint::{Applicability, Draft, Fixed, MessageKind, PositionMap};
use serde_json::{Value, json};
use similar::TextDiff;

const USAGE: &str = "usage: fix [--unsafe] [--kind thank-you|follow-up|call-script] \
                     [--context FILE.json] [--config FILE.json] [--html] \
                     [--format human|json|jsonl] FILE | - ...";

const HELP: &str = "Applies the linter's fixes to job-interview follow-up drafts.

Options:
  --unsafe           also apply fixes that need a second look (default: safe fixes only)
  --kind KIND        thank-you, follow-up or call-script (detected when left out)
  --context FILE     what you know about the interview, as JSON
  --config FILE      rule levels, options and rules of your own, as JSON
  --html             read the drafts as HTML bodies (files named *.html or *.htm always
                     are); needs the `html` feature
  --format FORMAT    human (default: the fixed draft and a diff), json or jsonl (the
                     fixed text and the edits against the original, with positions)
  -h, --help         this text
  -V, --version      the version

Exit status: 0 on success, 2 for bad usage, an unreadable file or a bad configuration.";

fn main() -> ExitCode {
    common::exit_status(run())
}

fn run() -> Result<ExitCode, String> {
    let mut at_least = Applicability::Safe;
    let mut kind: Option<MessageKind> = None;
    let (mut context, mut config) = (None, None);
    let mut as_html = false;
    let mut format = Format::Human;
    let mut paths = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .ok_or_else(|| format!("{name} needs a value\n{USAGE}"))
        };
        match arg.as_str() {
            "-h" | "--help" => return common::print_ok(&format!("{USAGE}\n\n{HELP}")),
            "-V" | "--version" => return common::print_ok(&common::version("fix")),
            "--unsafe" => at_least = Applicability::NeedsReview,
            "--kind" => kind = Some(value("--kind")?.parse().map_err(|e| format!("{e}"))?),
            "--context" => context = Some(value("--context")?),
            "--config" => config = Some(value("--config")?),
            "--html" => as_html = true,
            "--format" => format = Format::parse(args.next())?,
            s if s.starts_with("--") => return Err(format!("unknown option `{s}`\n{USAGE}")),
            _ => paths.push(arg),
        }
    }
    if paths.is_empty() {
        return Err(USAGE.to_owned());
    }
    let inputs = common::read_inputs(&paths)?;
    let context = common::context(context.as_deref())?;
    let linter = common::linter(config.as_deref())?;

    let mut out = String::new();
    let mut values = Vec::new();
    for (name, text) in &inputs {
        let mut draft = Draft::new(text);
        if as_html || common::is_html_name(name) {
            draft = common::html(draft, "fix")?;
        }
        if let Some(k) = kind {
            draft = draft.kind(k);
        }
        if let Some(context) = &context {
            draft = draft.context(context);
        }
        let fixed = linter.fix(&draft, at_least);
        match format {
            Format::Human => {
                if inputs.len() > 1 {
                    out.push_str(&format!("==> {name} <==\n"));
                }
                out.push_str(&human(name, text, &fixed));
            }
            Format::Json | Format::Jsonl => values.push((name.clone(), to_json(text, &fixed))),
        }
    }
    out.push_str(&format.render(values)?);
    // A closed pipe (`| head`) is not worth a panic.
    let _ = std::io::stdout().write_all(out.as_bytes());
    Ok(ExitCode::SUCCESS)
}

/// The fixed draft, then a unified diff against the original.
fn human(name: &str, text: &str, fixed: &Fixed) -> String {
    let diff = TextDiff::from_lines(text, &fixed.text);
    format!(
        "{}\n--- changes ({} applied, {} left for a second look) ---\n{}",
        fixed.text,
        fixed.applied.len(),
        fixed.skipped.len(),
        diff.unified_diff()
            .context_radius(2)
            .header(name, &format!("{name} (fixed)"))
    )
}

/// The fixed text and the composed edits against the original, each edit with its
/// positions in bytes, UTF-16 units, code points, lines and columns of the original.
fn to_json(text: &str, fixed: &Fixed) -> Value {
    let map = PositionMap::new(text);
    let edits: Vec<Value> = fixed
        .edits
        .iter()
        .map(|e| {
            let mut value = serde_json::to_value(map.positions(e.span)).unwrap_or_default();
            if let Value::Object(fields) = &mut value {
                fields.insert("replacement".into(), Value::String(e.replacement.clone()));
            }
            value
        })
        .collect();
    let rules = |list: &[(std::borrow::Cow<'static, str>, followup_lint::Span)]| {
        list.iter()
            .map(|(rule, _)| rule.to_string())
            .collect::<Vec<_>>()
    };
    json!({
        "text": fixed.text,
        "edits": edits,
        "applied": rules(&fixed.applied),
        "skipped": rules(&fixed.skipped),
    })
}
