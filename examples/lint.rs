//! Checks follow-up drafts and prints a report for each.
//!
//! ```text
//! cargo run --example lint -- [--kind thank-you|follow-up|call-script]
//!                             [--context FILE.json] [--config FILE.json] [--html]
//!                             [--format human|json|jsonl] [FILE | -]...
//! ```
//!
//! With no FILE it checks a bundled sample draft; `-` reads standard input.
//! Exit status: 0 when nothing has error severity, 1 when something does, 2 for bad
//! usage, an unreadable input or a bad configuration.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

mod common;

use annotate_snippets::{Level, Renderer, Snippet};
use common::Format;
use followup_lint::{Diagnostic, Draft, MessageKind, Report, Severity};
use serde_json::Value;

/// The draft checked when no file is given: a thank-you note with several problems.
const SAMPLE: &str = include_str!("drafts/thank-you-flawed.txt");
const SAMPLE_NAME: &str = "examples/drafts/thank-you-flawed.txt";

const USAGE: &str = "usage: lint [--kind thank-you|follow-up|call-script] [--context FILE.json] \
                     [--config FILE.json] [--html] [--format human|json|jsonl] [FILE | -]...";

const HELP: &str = "Checks job-interview follow-up drafts against the guide's criteria.

Options:
  --kind KIND        thank-you, follow-up or call-script (detected when left out)
  --context FILE     what you know about the interview, as JSON: applicant_name,
                     interviewer_names [..], company, role, interview_date, topics [..],
                     skills [..], other_companies [..], stage
  --config FILE      rule levels, options and rules of your own, as JSON
  --html             read the drafts as HTML bodies (files named *.html or *.htm always
                     are); needs the `html` feature: cargo run --features html --example lint
  --format FORMAT    human (default), json (one report; an array for several files)
                     or jsonl (one report per line, with its file name)
  -h, --help         this text
  -V, --version      the version

With no FILE, checks a bundled sample draft; - reads standard input.
Each JSON report (the object, or each element of the array for several files)
follows docs/report-with-positions.schema.json.
Exit status: 0 if nothing has error severity, 1 if something does, 2 for bad usage,
an unreadable file or a bad configuration.";

struct Args {
    kind: Option<MessageKind>,
    context: Option<String>,
    config: Option<String>,
    html: bool,
    format: Format,
    inputs: Vec<String>,
}

/// What the command line asks for.
enum Asked {
    Check(Args),
    Print(String),
}

fn parse_args() -> Result<Asked, String> {
    let mut args = Args {
        kind: None,
        context: None,
        config: None,
        html: false,
        format: Format::Human,
        inputs: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .ok_or_else(|| format!("{name} needs a value\n{USAGE}"))
        };
        match arg.as_str() {
            "-h" | "--help" => return Ok(Asked::Print(format!("{USAGE}\n\n{HELP}\n"))),
            "-V" | "--version" => return Ok(Asked::Print(common::version("lint") + "\n")),
            "--kind" => args.kind = Some(value("--kind")?.parse().map_err(|e| format!("{e}"))?),
            "--context" => args.context = Some(value("--context")?),
            "--config" => args.config = Some(value("--config")?),
            "--html" => args.html = true,
            "--format" => args.format = Format::parse(it.next())?,
            s if s.starts_with("--") => return Err(format!("unknown option `{s}`\n{USAGE}")),
            _ => args.inputs.push(arg),
        }
    }
    Ok(Asked::Check(args))
}

fn main() -> ExitCode {
    common::exit_status(run())
}

fn run() -> Result<ExitCode, String> {
    let args = match parse_args()? {
        Asked::Print(text) => return common::print_ok(text.trim_end()),
        Asked::Check(args) => args,
    };
    let mut inputs = common::read_inputs(&args.inputs)?;
    if args.inputs.is_empty() {
        inputs.push((SAMPLE_NAME.to_owned(), SAMPLE.to_owned()));
    }
    let context = common::context(args.context.as_deref())?;
    let linter = common::linter(args.config.as_deref())?;

    let mut errors = false;
    let mut out = String::new();
    let mut values = Vec::new();
    for (name, text) in &inputs {
        let mut draft = Draft::new(text);
        if args.html || common::is_html_name(name) {
            draft = common::html(draft, "lint")?;
        }
        if let Some(kind) = args.kind {
            draft = draft.kind(kind);
        }
        if let Some(context) = &context {
            draft = draft.context(context);
        }
        let report = linter.check(&draft);
        errors |= report.has_errors();
        match args.format {
            Format::Human => out.push_str(&human(name, text, &report)),
            Format::Json | Format::Jsonl => values.push((name.clone(), to_json(text, &report))),
        }
    }
    out.push_str(&args.format.render(values)?);
    // A closed pipe (`| head`) is not an error worth a panic.
    let _ = std::io::stdout().write_all(out.as_bytes());
    Ok(if errors {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn level(severity: Severity) -> Level {
    match severity {
        Severity::Error => Level::Error,
        Severity::Warning => Level::Warning,
        _ => Level::Info,
    }
}

/// A rustc-style report: one block per diagnostic, then a summary line.
fn human(name: &str, text: &str, report: &Report) -> String {
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for d in &report.diagnostics {
        out.push_str(&render_one(&renderer, name, text, d));
        out.push_str("\n\n");
    }
    if !report.checklist.is_empty() {
        out.push_str(&format!("checklist for a {}:\n", report.kind.describe()));
        for item in &report.checklist {
            let mark = if item.satisfied { "✓" } else { "✗" };
            out.push_str(&format!("  {mark} {}\n", item.description));
        }
        out.push('\n');
    }
    let (e, w, i) = (
        report.count(Severity::Error),
        report.count(Severity::Warning),
        report.count(Severity::Info),
    );
    let how = if report.kind_detected {
        "detected"
    } else {
        "given"
    };
    out.push_str(&format!(
        "{name}: {} ({how}), {} words: {e} error{}, {w} warning{}, {i} info\n",
        report.kind.describe(),
        report.stats.words,
        plural(e),
        plural(w),
    ));
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn render_one(renderer: &Renderer, name: &str, text: &str, d: &Diagnostic) -> String {
    let lvl = level(d.severity);
    let span = d.span().unwrap_or_default();
    let label = if span.is_empty() { "belongs here" } else { "" };
    let notes: Vec<String> = d
        .suggestions
        .iter()
        .map(|s| {
            let edit = s
                .edits
                .first()
                .map(|e| e.replacement.trim().replace('\n', "⏎"))
                .unwrap_or_default();
            if edit.is_empty() {
                format!("suggestion: {}", s.title)
            } else {
                format!("suggestion: {}: \"{edit}\"", s.title)
            }
        })
        .collect();
    let mut message = lvl.title(&d.message).id(&d.rule).snippet(
        Snippet::source(text)
            .line_start(1)
            .origin(name)
            .fold(true)
            .annotation(lvl.span(span.start..span.end).label(label)),
    );
    if let Some(help) = &d.help {
        message = message.footer(Level::Help.title(help));
    }
    for note in &notes {
        message = message.footer(Level::Note.title(note));
    }
    renderer.render(message).to_string()
}

/// The JSON report: the library's report with every position a client needs (bytes,
/// UTF-16, code points, lines and columns) on each diagnostic and edit.
fn to_json(text: &str, report: &Report) -> Value {
    serde_json::to_value(report.with_positions(text)).unwrap_or(Value::Null)
}
