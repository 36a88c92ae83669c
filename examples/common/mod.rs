//! What the command-line examples share: reading input, configuration and output
//! formats, and reporting usage errors. Each example uses a part of it.
#![allow(dead_code)]

use std::io::Read;
use std::process::ExitCode;

/// Reads a file (or standard input for `-`) as UTF-8, naming the offset of a bad byte.
pub(crate) fn read_text(path: &str) -> Result<String, String> {
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        buf
    } else {
        std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?
    };
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        format!("{path} is not valid UTF-8: invalid byte sequence at byte offset {at}")
    })
}

/// The process's exit status for what `run` returned: its own status, or 2 after
/// printing the error (bad usage, unreadable input).
pub(crate) fn exit_status(result: Result<ExitCode, String>) -> ExitCode {
    result.unwrap_or_else(|message| {
        eprintln!("error: {message}");
        ExitCode::from(2)
    })
}

/// Prints `text` to standard output for `--help` or `--version` and exits 0.
pub(crate) fn print_ok(text: &str) -> Result<ExitCode, String> {
    use std::io::Write;
    // A closed pipe (`| head`) is not an error worth a panic.
    let _ = writeln!(std::io::stdout(), "{text}");
    Ok(ExitCode::SUCCESS)
}

/// The `--version` line of example `name`.
pub(crate) fn version(name: &str) -> String {
    format!("{name} (followup-lint {})", env!("CARGO_PKG_VERSION"))
}

/// How an example prints its results.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Format {
    /// For people.
    Human,
    /// One JSON document: an object for one input, an array for several.
    Json,
    /// One JSON object per line and input, each with its `"file"`.
    Jsonl,
}

impl Format {
    /// Reads `human`, `json` or `jsonl`.
    pub(crate) fn parse(value: Option<String>) -> Result<Format, String> {
        match value.as_deref() {
            Some("human") => Ok(Format::Human),
            Some("json") => Ok(Format::Json),
            Some("jsonl") => Ok(Format::Jsonl),
            Some(other) => Err(format!(
                "unknown format `{other}`: expected `human`, `json` or `jsonl`"
            )),
            None => Err("--format needs a value: `human`, `json` or `jsonl`".to_owned()),
        }
    }

    /// Prints one JSON value per input (`(file name, value)`) in this format: with
    /// `json`, the value itself for one input, an array for several; with `jsonl`, one
    /// line each. Each value is given its `"file"` whenever there are several inputs or
    /// the format is `jsonl`.
    pub(crate) fn render(self, values: Vec<(String, serde_json::Value)>) -> Result<String, String> {
        let tag = values.len() > 1 || self == Format::Jsonl;
        let mut values: Vec<serde_json::Value> = values
            .into_iter()
            .map(|(file, mut value)| {
                if let (true, serde_json::Value::Object(map)) = (tag, &mut value) {
                    map.insert("file".into(), serde_json::Value::String(file));
                }
                value
            })
            .collect();
        let text = |v: &serde_json::Value| serde_json::to_string(v).map_err(|e| e.to_string());
        match self {
            Format::Human => Ok(String::new()),
            Format::Json => {
                let value = if values.len() == 1 {
                    values.pop().unwrap_or_default()
                } else {
                    serde_json::Value::Array(values)
                };
                Ok(serde_json::to_string_pretty(&value).map_err(|e| e.to_string())? + "\n")
            }
            Format::Jsonl => values.iter().map(|v| Ok(text(v)? + "\n")).collect(),
        }
    }
}

/// The linter for `--config FILE` (JSON, the schema of `Config`), or the default one.
pub(crate) fn linter(config: Option<&str>) -> Result<followup_lint::Linter, String> {
    let Some(path) = config else {
        return Ok(followup_lint::Linter::new());
    };
    let raw = read_text(path)?;
    let config: followup_lint::Config =
        serde_json::from_str(&raw).map_err(|e| format!("{path}: invalid config: {e}"))?;
    followup_lint::Linter::with_config(config).map_err(|e| format!("{path}: {e}"))
}

/// The context of `--context FILE` (JSON, the schema of `Context`), if given.
pub(crate) fn context(path: Option<&str>) -> Result<Option<followup_lint::Context>, String> {
    let Some(path) = path else {
        return Ok(None);
    };
    let raw = read_text(path)?;
    serde_json::from_str(&raw)
        .map(Some)
        .map_err(|e| format!("{path}: invalid context: {e}"))
}

/// Reads every input path (`-` is standard input) as `(name, text)`.
pub(crate) fn read_inputs(paths: &[String]) -> Result<Vec<(String, String)>, String> {
    paths
        .iter()
        .map(|path| {
            let name = if path == "-" { "<stdin>" } else { path };
            Ok((name.to_owned(), read_text(path)?))
        })
        .collect()
}

/// True if `name` looks like an HTML file (`.html` or `.htm`).
pub(crate) fn is_html_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".html") || lower.ends_with(".htm")
}

/// Marks `draft` as HTML, if this build can read HTML; otherwise says how to build the
/// `example` that can.
pub(crate) fn html<'a>(
    draft: followup_lint::Draft<'a>,
    example: &str,
) -> Result<followup_lint::Draft<'a>, String> {
    #[cfg(feature = "html")]
    {
        let _ = example;
        Ok(draft.html())
    }
    #[cfg(not(feature = "html"))]
    {
        let _ = draft;
        Err(format!(
            "HTML input needs the `html` feature: cargo run --features html --example {example}"
        ))
    }
}
