//! `empty-draft`: there is nothing to check.

use crate::diagnostic::{Category, Finding, Level, Levels, Span};
use crate::draft::MessageKind::{CallScript, ThankYou};
use crate::rule::Findings;
use crate::rule::{Example, Gate, Rule, RuleContext, RuleKind, TextRule};

pub(crate) const RULE: Rule = Rule {
    id: "empty-draft",
    category: Category::Structure,
    summary: "Flags a draft with no words in it (empty, white space, or only quoted text).",
    why: "There is nothing to send yet; every other check would only repeat that something is missing.",
    help: "Write the message first, then check it again.",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Error),
        gate: Gate::NoWords,
        flagged: &[
            Example::new(ThankYou, ""),
            Example::new(ThankYou, "  \n\t\n "),
            Example::new(CallScript, "> Thanks for coming in yesterday.\n> Best, Jo"),
            Example::new(ThankYou, "🙂 👍🏽"),
        ],
        accepted: &[Example::new(ThankYou, "Thanks!")],
        phrases: &[],
        evidence: None,
        check,
    }),
};

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    if !doc.is_empty() {
        return;
    }
    // With no sentence of the writer's own, any word there is in a quoted reply.
    let quoted_only = !doc.words().is_empty();
    let message = if doc.text().trim().is_empty() {
        "The draft is empty."
    } else if quoted_only {
        "The draft holds only quoted text and no message of your own."
    } else {
        "The draft has no words to check."
    };
    out.push(Finding::new(Span::empty(0), message.to_owned()));
}
