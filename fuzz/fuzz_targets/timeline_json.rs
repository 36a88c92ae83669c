//! Timeline parsing from arbitrary JSON, then checking and planning at a fixed moment.
#![no_main]

use std::sync::LazyLock;

use followup_lint::Linter;
use followup_lint::timing::{Timeline, next_step, parse_timestamp};
use libfuzzer_sys::fuzz_target;

static LINTER: LazyLock<Linter> = LazyLock::new(Linter::new);

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(timeline) = serde_json::from_str::<Timeline>(text) else {
        return;
    };
    let now = parse_timestamp("now", "2026-12-15T10:00:00-05:00[America/New_York]").expect("valid");
    let _ = LINTER.check_timeline(&timeline, &now);
    let _ = next_step(&timeline, &now);
    let _ = next_step(&timeline, timeline.interview_start());
});
