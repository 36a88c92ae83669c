//! `lowercase-i`: the pronoun "i" in lower case.

use crate::diagnostic::{Applicability, Category, Edit, Finding, Level, Levels, Span, Suggestion};
use crate::draft::MessageKind::{CallScript, FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{Example, Gate, Rule, RuleContext, RuleKind, TextRule};

pub(crate) const RULE: Rule = Rule {
    id: "lowercase-i",
    category: Category::Proofreading,
    summary: "Flags the pronoun \"i\" (and \"i'm\", \"i've\", \"i'd\", \"i'll\") written in lower case.",
    why: "A lower-case \"i\" reads as texting, not as a message to an employer.",
    help: "Capitalise the pronoun: \"I\".",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Error),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(ThankYou, "Thank you for meeting me, i enjoyed it."),
            Example::new(FollowUp, "Is there any news? i’m still very interested."),
            Example::new(
                CallScript,
                "Hello, this is Priya and i'd like to follow up.",
            ),
        ],
        accepted: &[
            Example::new(ThankYou, "I enjoyed it, i.e. the tour especially."),
            Example::new(FollowUp, "The requirements were (i) SQL and (ii) Python."),
        ],
        phrases: &[],
        evidence: None,
        check,
    }),
};

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    let bytes = doc.text().as_bytes();
    for (w, word) in doc.words().iter().enumerate() {
        // Only words that start with a lower-case "i" and are short can be the pronoun.
        if bytes.get(word.span.start) != Some(&b'i') || word.span.len() > 6 {
            continue;
        }
        // "im" and "ive" lack an apostrophe too: `missing-apostrophe` fixes both at once.
        if !doc.is_pronoun_i(w)
            || !doc.word_text(w).starts_with('i')
            || matches!(doc.word_norm(w), "im" | "ive")
        {
            continue;
        }
        // "(i)" numbers a list; quoted replies and slots are not the writer's.
        let listed = doc.gap_before(w).ends_with('(') && doc.gap_before(w + 1).starts_with(')');
        if listed || doc.sentence_of(w).is_none() || word.is_placeholder() || word.is_url() {
            continue;
        }
        let first = Span::new(word.span.start, word.span.start + 1);
        out.push(
            Finding::new(
                word.span,
                format!("\"{}\" should be capitalised.", doc.word_text(w)),
            )
            .suggest(Suggestion::new(
                "Capitalise \"I\"",
                Edit::new(first, "I"),
                Applicability::Safe,
            )),
        );
    }
}
