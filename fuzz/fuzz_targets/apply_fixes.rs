//! Applying fixes: the linter's own suggestions on arbitrary text, at every level.
#![no_main]

use std::sync::LazyLock;

use followup_lint::{
    Applicability, Draft, FixError, Linter, MessageKind, apply_fixes, apply_non_overlapping,
};
use libfuzzer_sys::fuzz_target;

static LINTER: LazyLock<Linter> = LazyLock::new(Linter::new);

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let report = LINTER.check(&Draft::new(&text).kind(MessageKind::ThankYou));
    for level in [
        Applicability::Safe,
        Applicability::NeedsReview,
        Applicability::HasPlaceholders,
    ] {
        match apply_fixes(&text, &report.diagnostics, level) {
            Ok(fixed) => {
                let _ = LINTER.check(&Draft::new(&fixed).kind(MessageKind::ThankYou));
            }
            Err(FixError::Overlap { .. }) => {}
            Err(e) => panic!("the linter's own fixes must fit its text: {e}"),
        }
        let fixed = apply_non_overlapping(&text, &report.diagnostics, level);
        let _ = LINTER.check(&Draft::new(&fixed.text).kind(MessageKind::ThankYou));
    }
    let _ = LINTER.fix(
        &Draft::new(&text).kind(MessageKind::ThankYou),
        Applicability::Safe,
    );
});
