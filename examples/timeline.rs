//! Checks a follow-up history against the guide's timing and says what to do next.
//!
//! ```text
//! cargo run --example timeline -- [--format human|json] [--now TIMESTAMP] FILE.json
//! ```
//!
//! `FILE.json` is a timeline in the documented format (see `examples/timelines/`).
//! `--now` is an RFC 9557 timestamp such as `2026-12-10T09:00:00-05:00[America/New_York]`;
//! without it, the system clock is used (the library itself never reads the clock).
//! Exit status: 0 when nothing has error severity, 1 when something does, 2 for bad usage
//! or an invalid timeline.

use std::io::Write;
use std::process::ExitCode;

mod common;

use followup_lint::timing::{Timeline, TimelineSpec, parse_timestamp};
use followup_lint::{Linter, Severity};
use serde_json::json;

const USAGE: &str = "usage: timeline [--format human|json] [--now TIMESTAMP] FILE.json";

fn main() -> ExitCode {
    common::exit_status(run())
}

fn run() -> Result<ExitCode, String> {
    let mut json_out = false;
    let mut now_arg: Option<String> = None;
    let mut path: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => return common::print_ok(USAGE),
            "-V" | "--version" => return common::print_ok(&common::version("timeline")),
            "--format" => match args.next().as_deref() {
                Some("human") => json_out = false,
                Some("json") => json_out = true,
                other => {
                    return Err(format!(
                        "unknown format {other:?}: expected `human` or `json`"
                    ));
                }
            },
            "--now" => {
                now_arg = Some(
                    args.next()
                        .ok_or_else(|| format!("--now needs a timestamp\n{USAGE}"))?,
                )
            }
            s if s.starts_with("--") => return Err(format!("unknown option `{s}`\n{USAGE}")),
            _ if path.is_some() => return Err(format!("only one FILE can be checked\n{USAGE}")),
            _ => path = Some(arg),
        }
    }
    let path = path.ok_or_else(|| USAGE.to_owned())?;
    let raw = common::read_text(&path)?;
    let spec: TimelineSpec = serde_json::from_str(&raw).map_err(|e| format!("{path}: {e}"))?;
    let timeline = Timeline::try_from(spec).map_err(|e| format!("{path}: {e}"))?;
    let now = match &now_arg {
        Some(s) => parse_timestamp("--now", s).map_err(|e| e.to_string())?,
        None => jiff::ZonedDateTime::now().with_time_zone(timeline.recipient_zone().clone()),
    };

    let linter = Linter::new();
    let diagnostics = linter.check_timeline(&timeline, &now);
    let step = linter.next_step(&timeline, &now);

    let out = if json_out {
        let value = json!({"diagnostics": diagnostics, "next_step": step});
        serde_json::to_string_pretty(&value).map_err(|e| e.to_string())? + "\n"
    } else {
        let mut out = format!(
            "{path}: {} contacts, checked at {}\n\n",
            timeline.contacts().len(),
            timeline.local(&now).strftime("%a %b %-d %Y, %H:%M %Z")
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
    let _ = std::io::stdout().write_all(out.as_bytes());
    let errors = diagnostics.iter().any(|d| d.severity == Severity::Error);
    Ok(if errors {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
