//! `check` and `fix` of arbitrary bytes read as an HTML body: every span lies in the
//! HTML on character boundaries, in order, and the fix's composed edits rebuild its text.
#![no_main]

use std::sync::LazyLock;

use followup_lint::{Applicability, Draft, Linter};
use libfuzzer_sys::fuzz_target;

static LINTER: LazyLock<Linter> = LazyLock::new(Linter::new);

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let report = LINTER.check(&Draft::new(&html).html());
    let mut last = (0, "");
    for d in &report.diagnostics {
        let s = d.span().expect("text diagnostics have spans");
        assert!(html.get(s.start..s.end).is_some(), "{}: {s}", d.rule);
        assert!((s.start, d.rule.as_ref()) >= last, "unsorted");
        last = (s.start, d.rule.as_ref());
        for e in d.suggestions.iter().flat_map(|x| &x.edits) {
            assert!(html.get(e.span.start..e.span.end).is_some(), "{}: edit {}", d.rule, e.span);
        }
    }
    if data.first().is_some_and(|b| b % 4 == 0) {
        let fixed = LINTER.fix(&Draft::new(&html).html(), Applicability::Safe);
        let mut text = html.clone().into_owned();
        for e in fixed.edits.iter().rev() {
            text.replace_range(e.span.start..e.span.end, &e.replacement);
        }
        assert_eq!(text, fixed.text);
    }
});
