//! Wall time of `check` on every generated shape at 64 KiB, 256 KiB and 1 MiB, and of
//! `Linter::fix` on a few: growth per doubling and the worst shapes. Run by hand with
//! `cargo bench --bench shapes`; CI counts instructions instead (`scripts/scaling`).

use std::time::Instant;

use followup_lint::{Applicability, Draft, Linter, MessageKind};

#[path = "../examples/shapes/mod.rs"]
mod shapes;

const SIZES: [usize; 3] = [64 << 10, 256 << 10, 1 << 20];

fn time(f: impl Fn()) -> f64 {
    // The best of three: the machine is shared.
    (0..3)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    let linter = Linter::new();
    let mut rows = Vec::new();
    let mut shapes = shapes::shapes();
    shapes.push(("indented quote".into(), String::new()));
    for (name, unit) in &shapes {
        let times: Vec<f64> = SIZES
            .iter()
            .map(|&n| {
                let text = if name == "indented quote" {
                    shapes::indented_quote(n)
                } else {
                    shapes::repeat_to(unit, n)
                };
                time(|| {
                    std::hint::black_box(
                        linter.check(&Draft::new(&text).kind(MessageKind::ThankYou)),
                    );
                })
            })
            .collect();
        // 64 -> 256 KiB and 256 KiB -> 1 MiB are two doublings each.
        let growth = ((times[2] / times[1]).sqrt()).max((times[1] / times[0]).sqrt());
        rows.push((growth, times[2], name.clone()));
    }
    rows.sort_by(|a, b| b.0.total_cmp(&a.0));
    println!(
        "check, {} shapes, steepest growth per doubling (64 KiB -> 1 MiB):",
        rows.len()
    );
    for (g, t, name) in rows.iter().take(10) {
        println!("  {g:5.2}x  {:8.1} ms at 1 MiB  {name}", t * 1e3);
    }
    rows.sort_by(|a, b| b.1.total_cmp(&a.1));
    println!("slowest at 1 MiB:");
    for (g, t, name) in rows.iter().take(10) {
        println!(
            "  {:8.1} ms ({:.2} MB/s)  {g:5.2}x  {name}",
            t * 1e3,
            1.048_576 / t
        );
    }
    println!("Linter::fix (safe) at 1 MiB:");
    for name in [
        "ordinary prose",
        "one-letter words",
        "a word repeated",
        "sign-off",
    ] {
        let unit = &shapes.iter().find(|(n, _)| n == name).expect("a shape").1;
        let text = shapes::repeat_to(unit, 1 << 20);
        let t = time(|| {
            std::hint::black_box(linter.fix(
                &Draft::new(&text).kind(MessageKind::ThankYou),
                Applicability::Safe,
            ));
        });
        println!("  {:8.1} ms  {name}", t * 1e3);
    }
}
