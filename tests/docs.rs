//! Generated documentation stays in step with the catalogue.
//!
//! Run `UPDATE_DOCS=1 cargo test --test docs` to rewrite the generated parts. The
//! committed docs describe the default features, so the test needs them.
#![cfg(feature = "spelling")]

use std::path::Path;

use followup_lint::{MessageKind, catalogue};

fn rules_table() -> String {
    let mut out = String::from(
        "| id | category | thank-you | follow-up | call-script | flags |\n|---|---|---|---|---|---|\n",
    );
    for rule in catalogue() {
        let levels: Vec<&str> = MessageKind::ALL
            .iter()
            .map(|&k| rule.default_level(k).as_str())
            .collect();
        out.push_str(&format!(
            "| `{}` | {} | {} | {} | {} | {} |\n",
            rule.id,
            rule.category,
            levels[0],
            levels[1],
            levels[2],
            rule.summary_text()
        ));
    }
    out
}

/// Replaces the text between `<!-- NAME:start -->` and `<!-- NAME:end -->` in `file`, or
/// checks that it already matches.
fn check_section(file: &str, name: &str, generated: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
    let text = std::fs::read_to_string(&path).expect("readable");
    let (start, end) = (
        format!("<!-- {name}:start -->\n"),
        format!("<!-- {name}:end -->"),
    );
    let a = text.find(&start).expect("start marker") + start.len();
    let b = text.find(&end).expect("end marker");
    if text[a..b] == *generated {
        return;
    }
    if std::env::var_os("UPDATE_DOCS").is_some() {
        let updated = format!("{}{generated}{}", &text[..a], &text[b..]);
        std::fs::write(&path, updated).expect("writable");
    } else {
        panic!(
            "{file} section `{name}` is out of date; run `UPDATE_DOCS=1 cargo test --test docs`.\nexpected:\n{generated}\nfound:\n{}",
            &text[a..b]
        );
    }
}

/// The full rule reference: every rule with its levels, why it matters, what to do, its
/// options and its examples.
fn rule_reference() -> String {
    let mut out = String::from(
        "# Rule reference\n\nGenerated from the catalogue by `tests/docs.rs`; do not edit by hand.\n\n",
    );
    out.push_str(&rules_table());
    for rule in catalogue() {
        out.push_str(&format!(
            "\n## `{}`\n\n{}\n\n",
            rule.id,
            rule.summary_text()
        ));
        let levels: Vec<String> = match rule.as_text() {
            Some(_) => MessageKind::ALL
                .iter()
                .map(|&k| format!("{} {}", k, rule.default_level(k)))
                .collect(),
            None => vec![format!(
                "{} (one level: it judges a follow-up history, not a message)",
                rule.default_level(MessageKind::ThankYou)
            )],
        };
        out.push_str(&format!(
            "- Category: {}\n- Levels: {}\n",
            rule.category,
            levels.join(", ")
        ));
        if let Some(c) = rule.criterion() {
            out.push_str(&format!("- Checklist: `{c}` — {}\n", c.description()));
        }
        out.push_str(&format!(
            "\n**Why it matters.** {}\n\n**What to do.** {}\n",
            rule.why, rule.help
        ));
        if !rule.options.is_empty() {
            out.push_str("\n| option | default | range | meaning |\n|---|---|---|---|\n");
            for o in rule.options {
                out.push_str(&format!(
                    "| `{}` | {} | {}–{} | {} |\n",
                    o.name,
                    o.display_default(),
                    o.min,
                    o.max,
                    o.summary
                ));
            }
        }
        if let Some(t) = rule.as_text() {
            for (title, examples) in [("Flagged", t.flagged), ("Accepted", t.accepted)] {
                out.push_str(&format!("\n{title}:\n\n"));
                for ex in examples {
                    let notes: Vec<String> = ex
                        .context
                        .iter()
                        .map(|(k, v)| format!("{k:?}: {v}"))
                        .collect();
                    let mut note = if notes.is_empty() {
                        String::new()
                    } else {
                        format!(", with context {}", notes.join("; "))
                    };
                    if let Some(n) = ex.max_input_bytes {
                        note.push_str(&format!(", with a size limit of {n} bytes"));
                    }
                    out.push_str(&format!("- as a {}{note}:\n\n", ex.kind.describe()));
                    out.push_str("  ```text\n");
                    for line in ex.text.lines() {
                        out.push_str(&format!("  {line}\n"));
                    }
                    out.push_str("  ```\n");
                }
            }
        }
        #[cfg(feature = "timing")]
        if let Some(t) = rule.as_timeline() {
            for (title, examples) in [("Flagged", t.flagged), ("Accepted", t.accepted)] {
                out.push_str(&format!("\n{title}, checked at the time shown:\n\n"));
                for ex in examples {
                    out.push_str(&format!(
                        "- interview {} to {}",
                        ex.interview.0, ex.interview.1
                    ));
                    if let Some((a, b)) = ex.timeframe {
                        out.push_str(&format!(", stated timeframe {a}–{b} days"));
                    }
                    out.push_str(&format!("; checked at {}\n", ex.now));
                    for c in ex.contacts {
                        let mut flags = String::new();
                        if c.answered {
                            flags.push_str(" (answered)");
                        }
                        if c.decision {
                            flags.push_str(" (with a decision)");
                        }
                        out.push_str(&format!("  - {} at {}{flags}\n", c.kind, c.at));
                    }
                }
            }
        }
    }
    out
}

#[test]
fn rule_reference_matches_the_catalogue() {
    check_section("docs/RULES.md", "reference", &rule_reference());
}

#[test]
fn readme_rule_table_matches_the_catalogue() {
    check_section("README.md", "rules", &rules_table());
}

/// The fenced `rust` blocks of a Markdown text.
fn rust_blocks(markdown: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = markdown;
    while let Some(open) = rest.find("```rust\n") {
        let body = &rest[open + "```rust\n".len()..];
        let Some(close) = body.find("```") else { break };
        out.push(body[..close].to_owned());
        rest = &body[close..];
    }
    out
}

/// The README renders where rustdoc does not (crates.io, GitHub), so its examples have
/// no hidden lines; the crate docs, which run as doctests, hold the same examples with
/// the hidden lines that make them compile under every feature set. This test keeps the
/// two in step, so every README example is a tested one.
#[test]
fn readme_examples_are_the_crate_docs_tested_examples() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).expect("readable");
    let lib = std::fs::read_to_string(root.join("src/lib.rs")).expect("readable");
    let docs: String = lib
        .lines()
        .filter_map(|l| l.strip_prefix("//!"))
        .map(|l| format!("{}\n", l.strip_prefix(' ').unwrap_or(l)))
        .collect();
    let tested: Vec<String> = rust_blocks(&docs)
        .into_iter()
        .map(|b| {
            b.lines()
                .filter(|l| !(l.starts_with("# ") || *l == "#"))
                .map(|l| format!("{l}\n"))
                .collect()
        })
        .collect();
    let shown = rust_blocks(&readme);
    assert!(shown.len() >= 5, "the README lost its examples");
    for block in &shown {
        assert!(
            tested.contains(block),
            "README example is not among the crate docs' doctests:\n{block}"
        );
        assert!(
            !block.lines().any(|l| l.starts_with("# ")),
            "README example shows a hidden doctest line:\n{block}"
        );
    }
    // Links rustdoc resolves but Markdown renderers show verbatim.
    for line in readme.lines() {
        let mut rest = line;
        while let Some(i) = rest.find("[`") {
            let after = &rest[i..];
            let close = after.find("`]").map_or(after.len(), |c| c + 2);
            assert!(
                after[close..].starts_with('('),
                "README has a rustdoc-only link: {line}"
            );
            rest = &after[close..];
        }
    }
}
