//! `Linter::fix` at every applicability level on arbitrary text: no panic, and the fixed
//! text checks again.
#![no_main]

use std::sync::LazyLock;

use followup_lint::{Applicability, Draft, Linter, MessageKind};
use libfuzzer_sys::fuzz_target;

static LINTER: LazyLock<Linter> = LazyLock::new(Linter::new);

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // The first byte picks the kind, so that every kind's rules and fixes are reached.
    let kind = match data.first().map(|b| b % 4) {
        Some(0) => Some(MessageKind::ThankYou),
        Some(1) => Some(MessageKind::FollowUp),
        Some(2) => Some(MessageKind::CallScript),
        _ => None,
    };
    for level in [
        Applicability::Safe,
        Applicability::NeedsReview,
        Applicability::HasPlaceholders,
    ] {
        let mut draft = Draft::new(&text);
        if let Some(k) = kind {
            draft = draft.kind(k);
        }
        let fixed = LINTER.fix(&draft, level);
        let _ = LINTER.check(&Draft::new(&fixed.text));
    }
});
