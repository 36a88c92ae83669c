//! Checking cost per bundled draft, next to the floor of a bare `unicode_words()` pass
//! over the same text in the same run.
//!
//! `cargo bench --bench check`

use divan::{Bencher, black_box};
use followup_lint::{Draft, Linter};
use unicode_segmentation::UnicodeSegmentation;

fn main() {
    divan::main();
}

const DRAFTS: &[(&str, &str)] = &[
    (
        "thank-you-good",
        include_str!("../examples/drafts/thank-you-good.txt"),
    ),
    (
        "thank-you-flawed",
        include_str!("../examples/drafts/thank-you-flawed.txt"),
    ),
    (
        "follow-up-good",
        include_str!("../examples/drafts/follow-up-good.txt"),
    ),
    (
        "follow-up-pushy",
        include_str!("../examples/drafts/follow-up-pushy.txt"),
    ),
    (
        "call-script-good",
        include_str!("../examples/drafts/call-script-good.txt"),
    ),
];

fn names() -> impl Iterator<Item = &'static str> {
    DRAFTS.iter().map(|d| d.0)
}

fn text(name: &str) -> &'static str {
    DRAFTS.iter().find(|d| d.0 == name).map_or("", |d| d.1)
}

#[divan::bench(args = names())]
fn check(bencher: Bencher<'_, '_>, name: &str) {
    let linter = Linter::new();
    let text = text(name);
    bencher
        .counter(divan::counter::BytesCount::of_str(text))
        .bench(|| linter.check(&Draft::new(black_box(text))));
}

#[divan::bench(args = names())]
fn floor_unicode_words(bencher: Bencher<'_, '_>, name: &str) {
    let text = text(name);
    bencher
        .counter(divan::counter::BytesCount::of_str(text))
        .bench(|| black_box(text).unicode_words().count());
}

#[divan::bench]
fn linter_new() -> Linter {
    Linter::new()
}
