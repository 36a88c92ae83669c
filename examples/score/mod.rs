//! Scoring the linter against labelled messages and passages: shared by the `evaluate`
//! example and the challenge-set test (`tests/challenge.rs`), so both count the same way.
//!
//! Messages are labelled per criterion (the corpus README's schema); a `has_…` label is
//! predicted true exactly when its `missing-…` rule stays quiet, a mistake label exactly
//! when one of its rules fires. Passages are short texts labelled with one mistake
//! category, positive or a near miss; each is checked alone as a follow-up email, and a
//! near miss counts against every category whose rules fire on it.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use followup_lint::{Category, Config, Context, Draft, Level, Linter, MessageKind, Report, Stage};
use serde_json::Value;

/// A criterion: its label, whether the label names a present element (`has_…`) or a
/// mistake, and the rules whose firing decides it.
pub(crate) struct Criterion {
    pub(crate) label: &'static str,
    pub(crate) element: bool,
    pub(crate) rules: &'static [&'static str],
    /// Only scored on messages of this kind.
    pub(crate) only: Option<MessageKind>,
}

const fn has(label: &'static str, rules: &'static [&'static str]) -> Criterion {
    Criterion {
        label,
        element: true,
        rules,
        only: None,
    }
}

const fn mistake(label: &'static str, rules: &'static [&'static str]) -> Criterion {
    Criterion {
        label,
        element: false,
        rules,
        only: None,
    }
}

/// The proofreading rules that are style, not slips: they do not count for `has_typo`.
pub(crate) const STYLE_RULES: &[&str] = &[
    "long-sentence",
    "too-long",
    "too-short",
    "vague-subject",
    "excessive-exclamation",
    "shouting",
    "hidden-characters",
    "missing-end-punctuation",
    "spacing",
    "input-truncated",
];

pub(crate) const CRITERIA: &[Criterion] = &[
    has("has_gratitude", &["missing-gratitude"]),
    has("has_interest", &["missing-interest"]),
    has("has_qualification", &["missing-qualification"]),
    has("has_specific_reference", &["missing-specific-reference"]),
    has("has_offer_to_help", &["missing-offer-to-help"]),
    has("has_closing", &["missing-closing", "missing-signature"]),
    has("has_timeline_inquiry", &["missing-timeline-inquiry"]),
    has("has_interview_date", &["missing-interview-date"]),
    has("has_contact_info", &["missing-contact-info"]),
    mistake("salary_question", &["salary-question"]),
    mistake("complaint_or_excuse", &["complaint", "excuse"]),
    mistake(
        "demanding_or_impatient",
        &["demanding-tone", "impatient-tone"],
    ),
    mistake("unfilled_placeholder", &["unfilled-placeholder"]),
    // Any proofreading rule but the style ones (see `typo_fired`).
    mistake("has_typo", &[]),
    Criterion {
        label: "is_call_script_intro",
        element: true,
        rules: &["missing-introduction"],
        only: Some(MessageKind::CallScript),
    },
];

/// Sentence categories and the rules that find them.
pub(crate) const CATEGORIES: &[(&str, &[&str])] = &[
    ("salary_question", &["salary-question"]),
    ("complaint", &["complaint"]),
    ("excuse", &["excuse"]),
    (
        "demanding_or_impatient",
        &["demanding-tone", "impatient-tone"],
    ),
    ("desperate", &["desperate-tone"]),
    (
        "informal",
        &[
            "informal-language",
            "unprofessional-greeting",
            "unprofessional-closing",
        ],
    ),
    ("excessive_apology", &["excessive-apology"]),
];

/// Two-by-two counts.
#[derive(Default, Clone, Copy, Debug)]
pub(crate) struct Counts {
    pub(crate) tp: usize,
    pub(crate) fp: usize,
    pub(crate) fn_: usize,
    pub(crate) tn: usize,
}

impl Counts {
    pub(crate) fn add(&mut self, label: bool, predicted: bool) {
        match (label, predicted) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (true, false) => self.fn_ += 1,
            (false, false) => self.tn += 1,
        }
    }

    pub(crate) fn f1(tp: usize, fp: usize, fn_: usize) -> f64 {
        let denom = 2 * tp + fp + fn_;
        if denom == 0 {
            1.0
        } else {
            2.0 * tp as f64 / denom as f64
        }
    }

    pub(crate) fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    pub(crate) fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// Mean of the positive-class and negative-class F1 ("two-class F1").
    pub(crate) fn bf1(&self) -> f64 {
        (Counts::f1(self.tp, self.fp, self.fn_) + Counts::f1(self.tn, self.fn_, self.fp)) / 2.0
    }

    pub(crate) fn positives(&self) -> usize {
        self.tp + self.fn_
    }

    pub(crate) fn negatives(&self) -> usize {
        self.tn + self.fp
    }

    /// Scored in the macro only with at least three of each class.
    pub(crate) fn scored(&self) -> bool {
        self.positives() >= 3 && self.negatives() >= 3
    }
}

pub(crate) fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        f64::NAN
    } else {
        a as f64 / b as f64
    }
}

/// A labelled message.
pub(crate) struct Message {
    pub(crate) id: String,
    pub(crate) kind: MessageKind,
    pub(crate) text: String,
    pub(crate) stage: Option<Stage>,
    pub(crate) labels: BTreeMap<String, bool>,
}

/// A labelled passage.
pub(crate) struct Passage {
    pub(crate) id: String,
    pub(crate) category: String,
    pub(crate) positive: bool,
    pub(crate) text: String,
    pub(crate) stage: Option<Stage>,
}

/// The stage an item was written at: its `stage` field, or, for corpus passages that
/// have none, `offer-received` when the reviewers' context note says it was written after
/// an offer (the corpus's way of saying what a stage field would).
fn stage_of(v: &Value) -> Option<Stage> {
    if let Some(stage) = v["stage"].as_str().and_then(|s| s.parse().ok()) {
        return Some(stage);
    }
    let context = v["context"].as_str().unwrap_or("").to_ascii_lowercase();
    (context.contains("offer stage")
        || context.contains("post-offer")
        || context.contains("after receiving a job offer"))
    .then_some(Stage::OfferReceived)
}

/// Reads every `*.json` message in `dir`, sorted by file name.
pub(crate) fn read_messages(dir: &Path) -> Result<Vec<Message>, String> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|path| {
            let raw =
                std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
            let v: Value =
                serde_json::from_str(&raw).map_err(|e| format!("{}: {e}", path.display()))?;
            let id = v["id"].as_str().unwrap_or("?").to_owned();
            let kind: MessageKind = v["kind"]
                .as_str()
                .unwrap_or("")
                .parse()
                .map_err(|e| format!("{id}: {e}"))?;
            let labels = v["labels"]
                .as_object()
                .map(|m| {
                    m.iter()
                        .filter_map(|(k, v)| v.as_bool().map(|b| (k.clone(), b)))
                        .collect()
                })
                .unwrap_or_default();
            Ok(Message {
                id,
                kind,
                text: v["text"].as_str().unwrap_or("").to_owned(),
                stage: stage_of(&v),
                labels,
            })
        })
        .collect()
}

/// Reads passages from a JSON-lines file.
pub(crate) fn read_passages(path: &Path) -> Result<Vec<Passage>, String> {
    let raw = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    raw.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let v: Value =
                serde_json::from_str(line).map_err(|e| format!("{}: {e}", path.display()))?;
            Ok(Passage {
                id: v["id"].as_str().unwrap_or("?").to_owned(),
                category: v["category"].as_str().unwrap_or("").to_owned(),
                positive: v["positive"].as_bool().unwrap_or(false),
                text: v["text"].as_str().unwrap_or("").to_owned(),
                stage: stage_of(&v),
            })
        })
        .collect()
}

/// Every rule on for every kind: `allow` defaults become `info`, so what is measured is
/// detection, not the per-kind policy.
pub(crate) fn all_rules_on() -> Linter {
    let mut config = Config::new();
    for rule in followup_lint::catalogue() {
        if rule.as_text().is_none() {
            continue;
        }
        for kind in MessageKind::ALL {
            if rule.default_level(kind) == Level::Allow {
                config = config.kind_level(rule.id, kind, Level::Info);
            }
        }
    }
    Linter::with_config(config).unwrap_or_else(|e| panic!("evaluation config: {e}"))
}

pub(crate) fn fired(report: &Report, rules: &[&str]) -> bool {
    report
        .diagnostics
        .iter()
        .any(|d| rules.iter().any(|r| d.rule == *r))
}

/// True if a proofreading rule that is not a style rule fired.
pub(crate) fn typo_fired(report: &Report) -> bool {
    report
        .diagnostics
        .iter()
        .any(|d| d.category == Category::Proofreading && !STYLE_RULES.iter().any(|r| d.rule == *r))
}

/// Checks a message as its labelled kind, with its stage.
pub(crate) fn check_message(linter: &Linter, m: &Message) -> Report {
    let context = m.stage.map(|s| Context::new().stage(s)).unwrap_or_default();
    linter.check(&Draft::new(&m.text).kind(m.kind).context(&context))
}

/// What a criterion predicts on a report.
pub(crate) fn predict(c: &Criterion, report: &Report) -> bool {
    let fires = if c.label == "has_typo" {
        typo_fired(report)
    } else {
        fired(report, c.rules)
    };
    if c.element { !fires } else { fires }
}

/// One message's disagreements with its labels: `(label, label value, diagnostics)`.
pub(crate) type Miss = (String, &'static str, bool, String);

/// Scores messages per criterion; returns the counts and the disagreements.
pub(crate) fn score_messages(
    linter: &Linter,
    messages: &[&Message],
) -> (BTreeMap<&'static str, Counts>, Vec<Miss>) {
    let mut counts: BTreeMap<&'static str, Counts> = BTreeMap::new();
    let mut misses = Vec::new();
    for m in messages {
        let report = check_message(linter, m);
        for c in CRITERIA {
            if c.only.is_some_and(|k| k != m.kind) {
                continue;
            }
            let Some(&label) = m.labels.get(c.label) else {
                continue;
            };
            let predicted = predict(c, &report);
            counts.entry(c.label).or_default().add(label, predicted);
            if label != predicted {
                let why: Vec<String> = report
                    .diagnostics
                    .iter()
                    .filter(|d| {
                        if c.label == "has_typo" {
                            d.category == Category::Proofreading
                                && !STYLE_RULES.iter().any(|r| d.rule == *r)
                        } else {
                            c.rules.iter().any(|r| d.rule == *r)
                        }
                    })
                    .map(|d| format!("{}: {}", d.rule, d.message))
                    .collect();
                misses.push((m.id.clone(), c.label, label, why.join(" | ")));
            }
        }
    }
    (counts, misses)
}

/// The macro two-class F1 over the criteria scored (at least three of each class).
pub(crate) fn macro_bf1(counts: &BTreeMap<&'static str, Counts>) -> (f64, usize) {
    let scored: Vec<f64> = counts
        .values()
        .filter(|k| k.scored())
        .map(Counts::bf1)
        .collect();
    (
        scored.iter().sum::<f64>() / scored.len().max(1) as f64,
        scored.len(),
    )
}

/// Per category: positives, positives found, near misses of the category, near misses
/// (of any category) on which the category's rules fire.
#[derive(Default, Clone, Copy, Debug)]
pub(crate) struct CategoryScore {
    pub(crate) positives: usize,
    pub(crate) found: usize,
    pub(crate) near: usize,
    pub(crate) near_flagged: usize,
}

impl CategoryScore {
    pub(crate) fn recall(&self) -> f64 {
        ratio(self.found, self.positives)
    }

    /// Found positives against near misses its rules flag.
    pub(crate) fn precision(&self) -> f64 {
        ratio(self.found, self.found + self.near_flagged)
    }
}

/// A passage the linter judged wrongly: `(id, category, positive, rules that fired,
/// text)`.
pub(crate) type PassageMiss = (String, String, bool, String, String);

/// Scores passages per category; returns the scores and what was missed or wrongly
/// flagged.
pub(crate) fn score_passages(
    linter: &Linter,
    passages: &[&Passage],
) -> (BTreeMap<&'static str, CategoryScore>, Vec<PassageMiss>) {
    let mut per: BTreeMap<&'static str, CategoryScore> = BTreeMap::new();
    let mut misses = Vec::new();
    for p in passages {
        let context = p.stage.map(|s| Context::new().stage(s)).unwrap_or_default();
        let report = linter.check(
            &Draft::new(&p.text)
                .kind(MessageKind::FollowUp)
                .context(&context),
        );
        let Some(&(cat, rules)) = CATEGORIES.iter().find(|c| c.0 == p.category) else {
            continue;
        };
        if p.positive {
            let e = per.entry(cat).or_default();
            e.positives += 1;
            if fired(&report, rules) {
                e.found += 1;
            } else {
                misses.push((
                    p.id.clone(),
                    p.category.clone(),
                    true,
                    String::new(),
                    p.text.clone(),
                ));
            }
        } else {
            per.entry(cat).or_default().near += 1;
            let mut wrong = Vec::new();
            for &(c, rules) in CATEGORIES {
                if fired(&report, rules) {
                    per.entry(c).or_default().near_flagged += 1;
                    wrong.push(c);
                }
            }
            if !wrong.is_empty() {
                misses.push((
                    p.id.clone(),
                    p.category.clone(),
                    false,
                    wrong.join(","),
                    p.text.clone(),
                ));
            }
        }
    }
    (per, misses)
}

/// True if `rule` is a proofreading rule that counts as a slip (not a style rule).
pub(crate) fn is_proofreading(rule: &str) -> bool {
    !CATEGORIES.iter().any(|(_, r)| r.contains(&rule))
}

/// A false alarm on a clean draft: `(file, rule, excerpt)`.
pub(crate) type Alarm = (String, String, String);

/// False alarms on clean prose: drafts written to meet the guide, with no mistake in
/// them. Returns the number of words, and each alarm as `(file, rule, excerpt)`: a
/// mistake-category rule (salary, complaint, excuse, tone, informal, apology) or a
/// proofreading slip (`has_typo`).
pub(crate) fn clean_alarms(linter: &Linter, dir: &Path) -> Result<(usize, Vec<Alarm>), String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mistake_rules: Vec<&str> = CATEGORIES
        .iter()
        .flat_map(|(_, r)| r.iter().copied())
        .collect();
    let mut words = 0;
    let mut alarms = Vec::new();
    for path in files {
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        words += text.split_whitespace().count();
        let report = linter.check(&Draft::new(&text));
        let name = path
            .file_name()
            .map_or(String::new(), |n| n.to_string_lossy().into_owned());
        for d in &report.diagnostics {
            let typo =
                d.category == Category::Proofreading && !STYLE_RULES.iter().any(|r| d.rule == *r);
            if typo || mistake_rules.iter().any(|r| d.rule == *r) {
                let at = d
                    .span()
                    .map_or("", |s| s.slice(&text))
                    .chars()
                    .take(60)
                    .collect();
                alarms.push((name.clone(), d.rule.as_ref().to_owned(), at));
            }
        }
    }
    Ok((words, alarms))
}

/// A passage of the slips challenge set: a grammar or word slip, or a correct near miss.
pub(crate) struct Slip {
    pub(crate) id: String,
    pub(crate) family: String,
    pub(crate) slip: bool,
    pub(crate) text: String,
}

/// Reads the slips challenge set (`tests/challenge/slips.jsonl`).
pub(crate) fn read_slips(path: &Path) -> Result<Vec<Slip>, String> {
    let raw = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    raw.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let v: Value =
                serde_json::from_str(line).map_err(|e| format!("{}: {e}", path.display()))?;
            Ok(Slip {
                id: v["id"].as_str().unwrap_or("?").to_owned(),
                family: v["family"].as_str().unwrap_or("").to_owned(),
                slip: v["slip"].as_bool().unwrap_or(false),
                text: v["text"].as_str().unwrap_or("").to_owned(),
            })
        })
        .collect()
}

/// Per family: slips flagged, slips, near misses flagged, near misses.
#[derive(Default, Clone, Copy, Debug)]
pub(crate) struct SlipScore {
    pub(crate) found: usize,
    pub(crate) slips: usize,
    pub(crate) false_alarms: usize,
    pub(crate) near: usize,
}

impl SlipScore {
    pub(crate) fn recall(&self) -> f64 {
        ratio(self.found, self.slips)
    }

    pub(crate) fn precision(&self) -> f64 {
        ratio(self.found, self.found + self.false_alarms)
    }
}

/// Checks each passage alone as a follow-up; a slip counts as found, and a near miss as
/// a false alarm, when a proofreading rule that counts for `has_typo` fires. Returns the
/// scores by family and the disagreements as `(id, family, slip, rules, text)`.
pub(crate) fn score_slips(
    linter: &Linter,
    slips: &[&Slip],
) -> (BTreeMap<String, SlipScore>, Vec<PassageMiss>) {
    let mut per: BTreeMap<String, SlipScore> = BTreeMap::new();
    let mut misses = Vec::new();
    for s in slips {
        let report = linter.check(&Draft::new(&s.text).kind(MessageKind::FollowUp));
        let fired: Vec<&str> = report
            .diagnostics
            .iter()
            .filter(|d| {
                d.category == Category::Proofreading && !STYLE_RULES.iter().any(|r| d.rule == *r)
            })
            .map(|d| d.rule.as_ref())
            .collect();
        let score = per.entry(s.family.clone()).or_default();
        if s.slip {
            score.slips += 1;
            if fired.is_empty() {
                misses.push((
                    s.id.clone(),
                    s.family.clone(),
                    true,
                    String::new(),
                    s.text.clone(),
                ));
            } else {
                score.found += 1;
            }
        } else {
            score.near += 1;
            if !fired.is_empty() {
                score.false_alarms += 1;
                misses.push((
                    s.id.clone(),
                    s.family.clone(),
                    false,
                    fired.join(","),
                    s.text.clone(),
                ));
            }
        }
    }
    (per, misses)
}
