//! Checks a follow-up history against the guide's timing and says what to do next.
//!
//! ```text
//! cargo run --example timeline -- [--config FILE.json] [--format human|json|jsonl]
//!                                 [--now TIMESTAMP] FILE.json ...
//! ```
//!
//! Each `FILE.json` is a timeline in the documented format (see `examples/timelines/`).
//! `--now` is an RFC 9557 timestamp such as `2026-12-10T09:00:00-05:00[America/New_York]`;
//! without it, the system clock is used (the library itself never reads the clock).
//! Exit status: 0 when nothing has error severity, 1 when something does, 2 for bad usage
//! or an invalid timeline.

use std::io::Write;
use std::process::ExitCode;

mod common;

use common::Format;
use followup_lint::timing::{Timeline, TimelineSpec, parse_timestamp};
use followup_lint::{Linter, Severity};
use serde_json::json;

const USAGE: &str = "usage: timeline [--config FILE.json] [--format human|json|jsonl] \
                     [--now TIMESTAMP] FILE.json ...";

const HELP: &str = "Checks follow-up histories against the guide's timing and says what to do next.

Options:
  --now TIMESTAMP    the moment to judge at, RFC 9557 (e.g.
                     2026-12-10T09:00:00-05:00[America/New_York]); default: now
  --config FILE      rule levels and options (days between follow-ups, ...), as JSON
  --format FORMAT    human (default), json (one object; an array for several files) or
                     jsonl (one object per line, with its file name)
  -h, --help         this text
  -V, --version      the version

Exit status: 0 if nothing has error severity, 1 if something does, 2 for bad usage,
an invalid timeline or a bad configuration.";

fn main() -> ExitCode {
    common::exit_status(run())
}

fn run() -> Result<ExitCode, String> {
    let mut format = Format::Human;
    let mut now_arg: Option<String> = None;
    let mut config: Option<String> = None;
    let mut paths = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => return common::print_ok(&format!("{USAGE}\n\n{HELP}")),
            "-V" | "--version" => return common::print_ok(&common::version("timeline")),
            "--format" => format = Format::parse(args.next())?,
            "--config" => {
                config = Some(
                    args.next()
                        .ok_or_else(|| format!("--config needs a file\n{USAGE}"))?,
                )
            }
            "--now" => {
                now_arg = Some(
                    args.next()
                        .ok_or_else(|| format!("--now needs a timestamp\n{USAGE}"))?,
                )
            }
            s if s.starts_with("--") => return Err(format!("unknown option `{s}`\n{USAGE}")),
            _ => paths.push(arg),
        }
    }
    if paths.is_empty() {
        return Err(USAGE.to_owned());
    }
    let linter = common::linter(config.as_deref())?;
    let now_given = match &now_arg {
        Some(s) => Some(parse_timestamp("--now", s).map_err(|e| e.to_string())?),
        None => None,
    };
    let mut out = String::new();
    let mut values = Vec::new();
    let mut errors = false;
    for (path, raw) in common::read_inputs(&paths)? {
        let spec: TimelineSpec = serde_json::from_str(&raw).map_err(|e| format!("{path}: {e}"))?;
        let timeline = Timeline::try_from(spec).map_err(|e| format!("{path}: {e}"))?;
        let now = now_given.clone().unwrap_or_else(|| {
            jiff::ZonedDateTime::now().with_time_zone(timeline.recipient_zone().clone())
        });
        let (text, value, has_errors) = one(&linter, &path, &timeline, &now);
        errors |= has_errors;
        match format {
            Format::Human => out.push_str(&text),
            Format::Json | Format::Jsonl => values.push((path, value)),
        }
    }
    out.push_str(&format.render(values)?);
    let _ = std::io::stdout().write_all(out.as_bytes());
    Ok(if errors {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// One timeline's report for people, as JSON, and whether it has errors.
fn one(
    linter: &Linter,
    path: &str,
    timeline: &Timeline,
    now: &jiff::ZonedDateTime,
) -> (String, serde_json::Value, bool) {
    let diagnostics = linter.check_timeline(timeline, now);
    let step = linter.next_step(timeline, now);
    let value = json!({"diagnostics": diagnostics, "next_step": step});
    let errors = diagnostics.iter().any(|d| d.severity == Severity::Error);
    let text = {
        let mut out = format!(
            "{path}: {} contacts, checked at {}\n\n",
            timeline.contacts().len(),
            timeline.local(now).strftime("%a %b %-d %Y, %H:%M %Z")
        );
        for d in &diagnostics {
            let place = match d
                .contact()
                .and_then(|i| timeline.contacts().get(i).map(|c| (i, c)))
            {
                Some((i, c)) => format!("contact {i} ({})", c.kind),
                None => "timeline".to_owned(),
            };
            out.push_str(&format!(
                "{}[{}] {place}: {}\n",
                d.severity, d.rule, d.message
            ));
            if let Some(help) = &d.help {
                out.push_str(&format!("  = help: {help}\n"));
            }
        }
        if !diagnostics.is_empty() {
            out.push('\n');
        }
        out.push_str(&format!("next step: {} — {}\n", step.action, step.reason));
        let fmt = |t: &jiff::ZonedDateTime| {
            timeline
                .local(t)
                .strftime("%a %b %-d %Y, %H:%M %Z")
                .to_string()
        };
        if let Some(t) = &step.not_before {
            out.push_str(&format!("  not before: {}\n", fmt(t)));
        }
        if let Some(t) = &step.not_after {
            out.push_str(&format!("  not after:  {}\n", fmt(t)));
        }
        if !step.advice.is_empty() {
            out.push_str("  meanwhile:\n");
            for a in &step.advice {
                out.push_str(&format!("    - {}\n", a.describe()));
            }
        }
        out
    };
    (text, value, errors)
}
