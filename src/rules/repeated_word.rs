//! `repeated-word`: the same word twice in a row.

use crate::diagnostic::{Applicability, Category, Edit, Finding, Level, Levels, Span, Suggestion};
use crate::draft::MessageKind::{FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{Example, Gate, Rule, RuleContext, RuleKind, TextRule};

pub(crate) const RULE: Rule = Rule {
    id: "repeated-word",
    category: Category::Proofreading,
    summary: "Flags the same word twice in a row (\"the the\"), even across a line break.",
    why: "A doubled word is the classic sign of a message edited in a hurry and never reread.",
    help: "Delete the second copy.",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Error),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(ThankYou, "Thank you for the the interview."),
            Example::new(FollowUp, "I am still very interested in\nin the role."),
        ],
        accepted: &[
            Example::new(ThankYou, "What I had had in mind was a short call."),
            Example::new(FollowUp, "I hope that that works for you."),
            Example::new(ThankYou, "Thank you, you were generous with your time."),
        ],
        phrases: &[(ON_PURPOSE, DOUBLED_ON_PURPOSE)],
        evidence: None,
        check,
    }),
};

/// Tag of [`DOUBLED_ON_PURPOSE`].
const ON_PURPOSE: u8 = 64;

/// Words English doubles on purpose: "had had", "that that", "bye bye".
const DOUBLED_ON_PURPOSE: &[&str] = &[
    "had", "that", "is", "bye", "very", "really", "so", "much", "many", "ha", "no", "yes",
];

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    let words = doc.words();
    for w in 1..words.len() {
        // Different words: the common case, decided first.
        if doc.word_norm(w) != doc.word_norm(w - 1) {
            continue;
        }
        let (prev, word) = (&words[w - 1], &words[w]);
        // Only white space between them, both the writer's own words.
        if !doc.gap_before(w).chars().all(char::is_whitespace)
            || doc.sentence_of(w).is_none()
            || doc.sentence_of(w - 1).is_none()
            || word.is_placeholder()
            || word.is_url()
            || word.has_digit()
        {
            continue;
        }
        // "had had", "that that": doubled on purpose.
        if cx.tag_at(ON_PURPOSE, w) {
            continue;
        }
        let written = doc.word_text(w);
        let cut = Span::new(prev.span.end, word.span.end);
        out.push(
            Finding::new(
                Span::new(prev.span.start, word.span.end),
                format!("\"{written}\" is written twice in a row."),
            )
            .suggest(Suggestion::new(
                format!("Delete the second \"{written}\""),
                Edit::delete(cut),
                Applicability::Safe,
            )),
        );
    }
}
