//! Performance of `followup-lint`, measured against a floor in the same run.
//!
//! `cargo bench --bench check`
//!
//! divan runs each benchmark (medians over many samples, allocations counted with its
//! allocation profiler); after it, a short report measures `check` and a bare
//! `unicode_words()` pass over the same text in the same process and prints the ratio,
//! which is the target that holds on any machine (absolute times vary with the machine
//! and its load).

use std::hint::black_box;
use std::time::{Duration, Instant};

use divan::counter::BytesCount;
use divan::{AllocProfiler, Bencher};
use followup_lint::{Draft, Linter, MessageKind};
use unicode_segmentation::UnicodeSegmentation;

#[global_allocator]
static ALLOC: AllocProfiler = AllocProfiler::system();

/// The typical draft: a 1.4 KB thank-you note as a mail client writes it (smart quotes).
const TYPICAL: &str = include_str!("../examples/drafts/thank-you-typical.txt");

const DRAFTS: &[(&str, &str)] = &[
    ("thank-you-typical", TYPICAL),
    (
        "thank-you-good",
        include_str!("../examples/drafts/thank-you-good.txt"),
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

fn text(name: &str) -> &'static str {
    DRAFTS.iter().find(|d| d.0 == name).map_or("", |d| d.1)
}

fn names() -> impl Iterator<Item = &'static str> {
    DRAFTS.iter().map(|d| d.0)
}

/// The typical draft without its smart quotes and dashes: all ASCII.
fn ascii_typical() -> String {
    TYPICAL.replace(['\u{2019}'], "'").replace('\u{2013}', "-")
}

/// `size` bytes of prose: the typical draft's paragraphs repeated.
fn prose(size: usize) -> String {
    let mut out = String::with_capacity(size + TYPICAL.len());
    while out.len() < size {
        out.push_str(TYPICAL);
        out.push('\n');
    }
    let mut cut = size.min(out.len());
    while !out.is_char_boundary(cut) {
        cut -= 1;
    }
    out.truncate(cut);
    out
}

fn main() {
    // The first build of the shared matchers, before anything else touches them.
    let start = Instant::now();
    let linter = Linter::new();
    let cold = start.elapsed();
    drop(linter);
    divan::main();
    report(cold);
}

#[divan::bench(args = names())]
fn check(bencher: Bencher<'_, '_>, name: &str) {
    let linter = Linter::new();
    let text = text(name);
    bencher
        .counter(BytesCount::of_str(text))
        .bench(|| linter.check(&Draft::new(black_box(text))));
}

#[divan::bench]
fn check_typical_ascii(bencher: Bencher<'_, '_>) {
    let linter = Linter::new();
    let text = ascii_typical();
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| linter.check(&Draft::new(black_box(&text))));
}

#[divan::bench(args = names())]
fn analysis_only(bencher: Bencher<'_, '_>, name: &str) {
    let linter = Linter::new();
    let text = text(name);
    bencher.counter(BytesCount::of_str(text)).bench(|| {
        linter
            .analyze(&Draft::new(black_box(text)).kind(MessageKind::ThankYou))
            .word_count()
    });
}

#[divan::bench(args = names())]
fn floor_unicode_words(bencher: Bencher<'_, '_>, name: &str) {
    let text = text(name);
    bencher
        .counter(BytesCount::of_str(text))
        .bench(|| black_box(text).unicode_words().count());
}

#[divan::bench(args = names())]
fn floor_unicode_sentences(bencher: Bencher<'_, '_>, name: &str) {
    let text = text(name);
    bencher
        .counter(BytesCount::of_str(text))
        .bench(|| black_box(text).unicode_sentences().count());
}

#[divan::bench(args = [64 << 10, 128 << 10, 256 << 10, 1 << 20], sample_count = 20)]
fn scaling(bencher: Bencher<'_, '_>, size: usize) {
    let linter = Linter::new();
    let text = prose(size);
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| linter.check(&Draft::new(black_box(&text)).kind(MessageKind::ThankYou)));
}

/// Pathological inputs for the linear-time check.
const SHAPES: &[&str] = &["long-sentence", "every-rule", "flags"];

/// `size` bytes of a pathological shape: one sentence with no punctuation; a phrase that
/// triggers many rules at once, repeated; or a run of flag emoji with no space.
fn pathological(shape: &str, size: usize) -> String {
    let unit = match shape {
        "long-sentence" => "and the team talked about the very long project plan ",
        "every-rule" => {
            "Thank you! Sorry to bother you, what is the salary?? I expect an answer by Friday, \
             you need to call me. I still haven't heard, thx 4 ur time, gonna recieve the the \
             [Name] i am VERY desperate, I really need this job. "
        }
        _ => "🇺🇸🇬🇧🇫🇷🇩🇪🇯🇵🇧🇷",
    };
    let mut out = unit.repeat(size / unit.len() + 1);
    let mut cut = size.min(out.len());
    while !out.is_char_boundary(cut) {
        cut -= 1;
    }
    out.truncate(cut);
    out
}

#[divan::bench(args = SHAPES, consts = [65536, 262144], sample_count = 10)]
fn pathological_input<const SIZE: usize>(bencher: Bencher<'_, '_>, shape: &str) {
    let linter = Linter::new();
    let text = pathological(shape, SIZE);
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| linter.check(&Draft::new(black_box(&text)).kind(MessageKind::FollowUp)));
}

#[divan::bench]
fn linter_new_again() -> Linter {
    Linter::new()
}

/// The median of `runs` timings of `f`.
fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

/// Times `f` over enough iterations to be measurable, as a median per call.
fn per_call(mut f: impl FnMut()) -> Duration {
    const ITERS: u32 = 200;
    median(41, || {
        for _ in 0..ITERS {
            f();
        }
    }) / ITERS
}

fn report(cold: Duration) {
    let linter = Linter::new();
    println!("\nReport (same process, same run; medians):");
    for (label, text) in [
        ("typical (smart quotes)", TYPICAL.to_owned()),
        ("typical (ASCII)", ascii_typical()),
    ] {
        let check = per_call(|| {
            black_box(linter.check(&Draft::new(black_box(&text))));
        });
        let words = per_call(|| {
            black_box(black_box(&text).unicode_words().count());
        });
        let sentences = per_call(|| {
            black_box(black_box(&text).unicode_sentences().count());
        });
        println!(
            "  {label:<24} {} bytes: check {check:>9.2?}  unicode_words {words:>9.2?}  ratio {:.2}x  (unicode sentences {sentences:.2?}, ratio {:.2}x)",
            text.len(),
            check.as_secs_f64() / words.as_secs_f64(),
            check.as_secs_f64() / sentences.as_secs_f64(),
        );
    }
    let big = prose(1 << 20);
    let t = median(7, || {
        black_box(linter.check(&Draft::new(black_box(&big)).kind(MessageKind::ThankYou)));
    });
    println!(
        "  1 MiB of prose: {t:.2?} = {:.1} MB/s",
        big.len() as f64 / t.as_secs_f64() / 1e6
    );
    let mut last = None;
    for size in [64 << 10, 128 << 10, 256 << 10, 1 << 20] {
        let text = prose(size);
        let t = median(9, || {
            black_box(linter.check(&Draft::new(black_box(&text)).kind(MessageKind::ThankYou)));
        });
        let ratio = last.map_or(String::new(), |(s, l): (usize, Duration)| {
            format!(
                "  ({:.2}x the time for {:.0}x the input)",
                t.as_secs_f64() / l.as_secs_f64(),
                size as f64 / s as f64
            )
        });
        println!("  scaling {:>5} KiB: {t:>9.2?}{ratio}", size >> 10);
        last = Some((size, t));
    }
    for shape in SHAPES {
        let mut line = format!("  linear time, {shape:<13}");
        let mut last: Option<Duration> = None;
        for size in [64 << 10, 128 << 10, 256 << 10, 1 << 20] {
            let text = pathological(shape, size);
            let t = median(5, || {
                black_box(linter.check(&Draft::new(black_box(&text)).kind(MessageKind::FollowUp)));
            });
            match last {
                Some(l) => line.push_str(&format!(
                    " → {t:.2?} ({:.2}x)",
                    (t.as_secs_f64() / l.as_secs_f64()).powf(if size == 1 << 20 {
                        0.5
                    } else {
                        1.0
                    })
                )),
                None => line.push_str(&format!(" {t:.2?}")),
            }
            last = Some(t);
        }
        println!("{line}   (per doubling)");
    }
    let warm = per_call(|| {
        black_box(Linter::new());
    });
    println!("  Linter::new(): first {cold:.2?}, again {warm:.2?}");
}
