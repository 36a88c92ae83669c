//! `check` on arbitrary bytes, read as UTF-8 both leniently (lossy) and strictly.
#![no_main]

use std::sync::LazyLock;

use followup_lint::{Draft, LineIndex, Linter, MessageKind, Report};
use libfuzzer_sys::fuzz_target;

static LINTER: LazyLock<Linter> = LazyLock::new(Linter::new);

fn check(text: &str, kind: Option<MessageKind>) {
    let mut draft = Draft::new(text);
    if let Some(k) = kind {
        draft = draft.kind(k);
    }
    let report: Report = LINTER.check(&draft);
    let index = LineIndex::new(text);
    let mut last = (0, "");
    for d in &report.diagnostics {
        let s = d.span().expect("text diagnostics have spans");
        assert!(s.start <= s.end && s.end <= text.len(), "{}: {s}", d.rule);
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{}: {s}",
            d.rule
        );
        assert!((s.start, d.rule.as_ref()) >= last, "unsorted");
        last = (s.start, d.rule.as_ref());
        let _ = index.offset_of_utf16(index.utf16(s.start));
    }
}

fuzz_target!(|data: &[u8]| {
    let kind = data.first().map(|b| MessageKind::ALL[usize::from(*b) % 3]);
    let rest = data.get(1..).unwrap_or_default();
    check(&String::from_utf8_lossy(rest), kind);
    if let Ok(text) = std::str::from_utf8(data) {
        check(text, None);
    }
});
