//! `missing-end-punctuation`: a body sentence or paragraph with no end punctuation.

use crate::diagnostic::{Applicability, Category, Edit, Finding, Level, Levels, Span, Suggestion};
use crate::draft::MessageKind;
use crate::draft::MessageKind::{FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{Example, Gate, Rule, RuleContext, RuleKind, TextRule};
use crate::text::{Ending, Part, excerpt};

pub(crate) const RULE: Rule = Rule {
    id: "missing-end-punctuation",
    category: Category::Proofreading,
    summary: "Flags a body sentence or paragraph that ends without a full stop, question mark or exclamation mark.",
    why: "A sentence that trails off looks unfinished, as if the message was sent by accident.",
    help: "End the sentence with a full stop (or a question mark if it asks something).",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Warning).with(MessageKind::CallScript, Level::Info),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(
                ThankYou,
                "Dear Ms. Park,\n\nThank you for meeting with me today\n\nBest regards,\nLeo",
            ),
            Example::new(
                FollowUp,
                "Hi Tom,\n\nIs there any news on the role\n\nThanks,\nNadia",
            ),
        ],
        accepted: &[
            Example::new(
                ThankYou,
                "Dear Ms. Park,\n\nThank you for meeting with me today.\n\nBest regards\nLeo Grant",
            ),
            Example::new(
                FollowUp,
                "Hi Tom,\n\nMy strengths:\n- SQL\n- Python\n\nBest,\nNadia",
            ),
        ],
        phrases: &[],
        evidence: None,
        check,
    }),
};

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    for s in doc.sentences() {
        if s.part != Part::Body || s.ending != Ending::None {
            continue;
        }
        // List items go without full stops.
        let line = doc.lines()[doc.words()[s.words().start].line()]
            .span
            .slice(doc.text())
            .trim_start();
        if line.starts_with(['-', '*', '\u{2022}', '\u{2013}']) {
            continue;
        }
        let at = Span::empty(s.span.end);
        out.push(
            Finding::new(
                at,
                format!(
                    "This sentence has no end punctuation: \"{}\".",
                    excerpt(doc.sentence_text(s), 60)
                ),
            )
            .suggest(Suggestion::new(
                "End it with a full stop",
                Edit::insert(at.start, "."),
                Applicability::NeedsReview,
            )),
        );
    }
}
