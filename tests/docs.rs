//! Generated documentation stays in step with the catalogue.
//!
//! Run `UPDATE_DOCS=1 cargo test --test docs` to rewrite the generated parts.

use std::path::Path;

use followup_lint::{MessageKind, catalogue};

fn rules_table() -> String {
    let mut out = String::from(
        "| id | category | thank-you | follow-up | call-script | flags |\n|---|---|---|---|---|---|\n",
    );
    for rule in catalogue() {
        let levels: Vec<&str> = MessageKind::ALL
            .iter()
            .map(|&k| rule.levels.get(k).as_str())
            .collect();
        out.push_str(&format!(
            "| `{}` | {} | {} | {} | {} | {} |\n",
            rule.id, rule.category, levels[0], levels[1], levels[2], rule.summary
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

#[test]
fn readme_rule_table_matches_the_catalogue() {
    check_section("README.md", "rules", &rules_table());
}
