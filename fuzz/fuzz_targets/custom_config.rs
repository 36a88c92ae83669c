//! Custom rules from configuration, run on drafts: the input is a JSON configuration, a
//! NUL byte, then the draft. Building may fail with a ConfigError; checking and fixing
//! with what builds must not panic.
#![no_main]

use followup_lint::{Applicability, Config, Draft, Linter};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (config, draft) = match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &b"Thank you for the interview, Sam."[..]),
    };
    let Ok(config) = serde_json::from_slice::<Config>(config) else {
        return;
    };
    let Ok(linter) = Linter::with_config(config) else {
        return;
    };
    let text = String::from_utf8_lossy(draft);
    let report = linter.check(&Draft::new(&text));
    for d in &report.diagnostics {
        if let Some(s) = d.span() {
            assert!(s.end <= text.len() && text.is_char_boundary(s.start));
        }
    }
    let _ = linter.fix(&Draft::new(&text), Applicability::Safe);
});
