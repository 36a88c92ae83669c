//! The shape of the source tree: no module imports one that imports it back, and no code
//! outside the rule files knows a rule by its id.
//!
//! The import graph is read from the sources: `mod x;` declarations, `use` trees and
//! `crate::…`/`super::…` paths, each resolved to the file that defines the item (through
//! `pub use` re-exports of a `mod.rs`). Test modules (`#[cfg(test)] mod tests { … }` at
//! the end of a file, and `src/testing.rs`) are left out: they may use anything.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use followup_lint::catalogue;

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module path of a file: `src/rule/meta.rs` is `["rule", "meta"]`.
fn module_of(file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src()).expect("under src");
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_owned())
        .collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts
}

/// The source without line comments and without the test module at its end.
fn code(text: &str) -> String {
    let text = match text.find("#[cfg(test)]\nmod tests {") {
        Some(i) => &text[..i],
        None => text,
    };
    text.lines()
        .map(|l| match l.find("//") {
            Some(i) if !l[..i].contains('"') => &l[..i],
            _ => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Expands a `use` tree (`a::{b, c::{d}}`) into paths.
fn expand(tree: &str) -> Vec<String> {
    let tree: String = tree.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(open) = tree.find('{') else {
        return vec![tree.split(" as ").next().unwrap_or("").to_owned()];
    };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let mut out = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                out.extend(
                    expand(&inner[start..i])
                        .into_iter()
                        .map(|p| format!("{prefix}{p}")),
                );
                start = i + 1;
            }
            _ => {}
        }
    }
    out.extend(
        expand(&inner[start..])
            .into_iter()
            .map(|p| format!("{prefix}{p}")),
    );
    out.retain(|p| !p.ends_with("::") && !p.is_empty());
    out
}

/// The `use` statements of `code` that open a line with `keyword` (`use `, `pub use `),
/// expanded.
fn use_paths(code: &str, keyword: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in code.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if trimmed.starts_with(keyword) {
            let start = offset + (line.len() - trimmed.len()) + keyword.len();
            if let Some(end) = code[start..].find(';') {
                out.extend(expand(&code[start..start + end]));
            }
        }
        offset += line.len();
    }
    out
}

/// Every `crate::…` or `super::…` path written inline in `code`.
fn inline_paths(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    for start in ["crate::", "super::"] {
        let mut at = 0;
        while let Some(i) = code[at..].find(start) {
            let i = at + i;
            let before = code[..i].chars().next_back();
            let end = code[i..]
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .map_or(code.len(), |e| i + e);
            if !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                out.push(code[i..end].trim_end_matches(':').to_owned());
            }
            at = end.max(i + 1);
        }
    }
    out
}

struct Tree {
    files: BTreeMap<Vec<String>, PathBuf>,
    /// `(file of a mod.rs, item)` → the file that defines the re-exported item.
    reexports: BTreeMap<(PathBuf, String), PathBuf>,
}

impl Tree {
    /// The file defining the module `path` points into, and the rest of the path.
    fn module(&self, path: &[String]) -> Option<(PathBuf, Vec<String>)> {
        (0..=path.len()).rev().find_map(|n| {
            self.files
                .get(&path[..n])
                .map(|f| (f.clone(), path[n..].to_vec()))
        })
    }

    /// The file defining what `path` names.
    fn resolve(&self, path: &[String]) -> Option<PathBuf> {
        let (file, rest) = self.module(path)?;
        match rest.first() {
            Some(item) => Some(
                self.reexports
                    .get(&(file.clone(), item.clone()))
                    .cloned()
                    .unwrap_or(file),
            ),
            None => Some(file),
        }
    }
}

/// Turns `crate::a::b`, `super::x` or `self::y`, written in module `me`, into an absolute
/// module path.
fn absolute(path: &str, me: &[String]) -> Option<Vec<String>> {
    let segs: Vec<String> = path.split("::").map(str::to_owned).collect();
    let mut base: Vec<String> = match segs.first()?.as_str() {
        "crate" => Vec::new(),
        "self" => me.to_vec(),
        "super" => {
            let mut b = me.to_vec();
            b.pop();
            b
        }
        _ => return None,
    };
    let mut rest = &segs[1..];
    while rest.first().is_some_and(|s| s == "super") {
        base.pop();
        rest = &rest[1..];
    }
    base.extend(rest.iter().filter(|s| *s != "self").cloned());
    Some(base)
}

fn graph() -> BTreeMap<PathBuf, BTreeSet<PathBuf>> {
    let mut paths = Vec::new();
    rust_files(&src(), &mut paths);
    paths.retain(|p| !p.ends_with("testing.rs"));
    let files: BTreeMap<Vec<String>, PathBuf> =
        paths.iter().map(|p| (module_of(p), p.clone())).collect();
    let sources: BTreeMap<PathBuf, String> = paths
        .iter()
        .map(|p| {
            (
                p.clone(),
                code(&std::fs::read_to_string(p).expect("readable")),
            )
        })
        .collect();
    let mut tree = Tree {
        files,
        reexports: BTreeMap::new(),
    };
    // Re-exports of each mod.rs from its own submodules.
    for (file, code) in &sources {
        if !file.ends_with("mod.rs") {
            continue;
        }
        let me = module_of(file);
        for keyword in ["pub use ", "pub(crate) use "] {
            for path in use_paths(code, keyword) {
                let segs: Vec<String> = path.split("::").map(str::to_owned).collect();
                if matches!(segs[0].as_str(), "crate" | "super" | "self") {
                    continue;
                }
                let mut full = me.clone();
                full.extend(segs.iter().cloned());
                if let Some((target, _)) = tree.module(&full) {
                    let item = segs.last().expect("non-empty").clone();
                    tree.reexports.insert((file.clone(), item), target);
                }
            }
        }
    }
    let lib = src().join("lib.rs");
    let mut edges: BTreeMap<PathBuf, BTreeSet<PathBuf>> = BTreeMap::new();
    for (file, code) in &sources {
        if *file == lib {
            continue;
        }
        let me = module_of(file);
        let mut out = BTreeSet::new();
        // `mod child;`
        for line in code.lines() {
            let l = line.trim();
            if let Some(name) = l
                .strip_prefix("mod ")
                .or_else(|| l.strip_prefix("pub mod "))
                .or_else(|| l.strip_prefix("pub(crate) mod "))
                .and_then(|r| r.strip_suffix(';'))
            {
                let mut child = me.clone();
                child.push(name.to_owned());
                if let Some(f) = tree.files.get(&child) {
                    out.insert(f.clone());
                }
            }
        }
        let written = use_paths(code, "use ")
            .into_iter()
            .chain(inline_paths(code));
        for path in written {
            // `super` in `a/b.rs` and in `a/b/mod.rs` is module `a`.
            let Some(abs) = absolute(&path, &me) else {
                continue;
            };
            if let Some(target) = tree.resolve(&abs) {
                if target != *file && target != lib {
                    out.insert(target);
                }
            }
        }
        edges.insert(file.clone(), out);
    }
    edges
}

/// A cycle in the graph, if there is one.
fn cycle(edges: &BTreeMap<PathBuf, BTreeSet<PathBuf>>) -> Option<Vec<PathBuf>> {
    fn visit(
        node: &PathBuf,
        edges: &BTreeMap<PathBuf, BTreeSet<PathBuf>>,
        stack: &mut Vec<PathBuf>,
        done: &mut BTreeSet<PathBuf>,
    ) -> Option<Vec<PathBuf>> {
        if let Some(i) = stack.iter().position(|n| n == node) {
            let mut c = stack[i..].to_vec();
            c.push(node.clone());
            return Some(c);
        }
        if done.contains(node) {
            return None;
        }
        stack.push(node.clone());
        for next in edges.get(node).into_iter().flatten() {
            if let Some(c) = visit(next, edges, stack, done) {
                return Some(c);
            }
        }
        stack.pop();
        done.insert(node.clone());
        None
    }
    let mut done = BTreeSet::new();
    for node in edges.keys() {
        if let Some(c) = visit(node, edges, &mut Vec::new(), &mut done) {
            return Some(c);
        }
    }
    None
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let edges = graph();
    assert!(edges.len() > 40, "the source tree was not read");
    // The rule files import the model, never the catalogue that lists them.
    let catalogue = src().join("rules").join("mod.rs");
    for (file, targets) in &edges {
        if file.starts_with(src().join("rules")) && *file != catalogue {
            assert!(
                !targets.contains(&catalogue),
                "{} imports the catalogue",
                file.display()
            );
        }
        if file.starts_with(src().join("rule")) {
            assert!(
                !targets.iter().any(|t| t.starts_with(src().join("rules"))),
                "the rule model ({}) imports the catalogue or a rule file",
                file.display()
            );
        }
    }
    if let Some(c) = cycle(&edges) {
        let names: Vec<String> = c
            .iter()
            .map(|p| p.strip_prefix(src()).unwrap_or(p).display().to_string())
            .collect();
        panic!("import circle: {}", names.join(" → "));
    }
}

#[test]
fn the_graph_reader_sees_a_circle_when_there_is_one() {
    let a = PathBuf::from("a.rs");
    let b = PathBuf::from("b.rs");
    let mut edges = BTreeMap::new();
    edges.insert(a.clone(), BTreeSet::from([b.clone()]));
    edges.insert(b.clone(), BTreeSet::new());
    assert!(cycle(&edges).is_none());
    edges.insert(b, BTreeSet::from([a]));
    assert!(cycle(&edges).is_some());
    assert_eq!(
        expand("crate::text::{Document, lexicon::{cue, scope}}"),
        [
            "crate::text::Document",
            "crate::text::lexicon::cue",
            "crate::text::lexicon::scope"
        ]
    );
}

#[test]
fn no_code_outside_the_rule_files_names_a_rule() {
    let mut paths = Vec::new();
    rust_files(&src(), &mut paths);
    let rules_dir = src().join("rules");
    for path in paths.iter().filter(|p| !p.starts_with(&rules_dir)) {
        let code = code(&std::fs::read_to_string(path).expect("readable"));
        for rule in catalogue() {
            let quoted = format!("\"{}\"", rule.id);
            assert!(
                !code.contains(&quoted),
                "{} names rule `{}`: the linter, the model and the analysis must not know rules by id",
                path.display(),
                rule.id
            );
        }
    }
}
