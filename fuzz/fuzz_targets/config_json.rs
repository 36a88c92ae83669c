//! Configuration parsing from arbitrary JSON, and building a linter from what parses.
#![no_main]

use followup_lint::{Config, Draft, Linter, MessageKind};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(config) = serde_json::from_str::<Config>(text) else {
        return;
    };
    // Building may fail with a ConfigError; it must not panic.
    if let Ok(linter) = Linter::with_config(config) {
        let report = linter.check(
            &Draft::new("Hi Sam,\n\nWhat is the salary range? Thx!\n\nLeo")
                .kind(MessageKind::FollowUp),
        );
        for d in &report.diagnostics {
            let _ = d.span();
        }
    }
});
