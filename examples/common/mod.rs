//! What the command-line examples share: reading input and reporting usage errors.

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
