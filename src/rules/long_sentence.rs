//! `long-sentence`: a sentence over a configurable number of words.

use crate::diagnostic::{Category, Finding, Level, Levels};
use crate::draft::MessageKind::{FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{Example, Gate, Rule, RuleContext, RuleKind, RuleOption, TextRule};
use crate::text::{Part, excerpt};

pub(crate) const RULE: Rule = Rule {
    id: "long-sentence",
    category: Category::Proofreading,
    summary: "Flags a sentence longer than a set number of words (${max-words} by default).",
    why: "Busy readers skim; a long sentence buries the point and is easy to misread.",
    help: "Split the sentence in two, or cut what the reader does not need.",
    options: &[MAX_WORDS],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Info),
        gate: Gate::HasWords,
        flagged: &[Example::new(
            FollowUp,
            "I wanted to follow up on my interview for the analyst position because I enjoyed our \
             conversation about the new reporting platform and the team's plans for next year, and I \
             am still very interested in the role and would love to hear about the timeline and any \
             next steps you might have in mind.",
        )],
        accepted: &[Example::new(
            ThankYou,
            "Thank you for meeting with me today. I enjoyed hearing about the reporting platform.",
        )],
        phrases: &[],
        evidence: None,
        check,
    }),
};

/// Longest sentence allowed, in words.
const MAX_WORDS: RuleOption = RuleOption::count(
    "max-words",
    "Longest sentence allowed, in words.",
    35,
    5,
    500,
);

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    let limit = cx.option(MAX_WORDS) as usize;
    for s in doc.sentences().iter().filter(|s| s.part == Part::Body) {
        let n = s.words().len();
        if n > limit {
            out.push(Finding::new(
                s.span,
                format!(
                    "This sentence has {n} words (more than {limit}): \"{}\".",
                    excerpt(doc.sentence_text(s), 50)
                ),
            ));
        }
    }
}
