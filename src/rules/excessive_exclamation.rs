//! `excessive-exclamation`: more than one exclamation mark, or "!!".

use crate::diagnostic::{Category, Finding, Level, Levels, Span};
use crate::draft::MessageKind::{FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{Example, Gate, Rule, RuleContext, RuleKind, TextRule};
use crate::text::Part;

pub(crate) const RULE: Rule = Rule {
    id: "excessive-exclamation",
    category: Category::Proofreading,
    summary: "Flags more than one exclamation mark in a message, or \"!!\".",
    why: "One exclamation mark can show warmth; several read as over-excited or pushy.",
    help: "Keep at most one exclamation mark, and let the words carry the enthusiasm.",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Warning),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(ThankYou, "Thank you so much for today!! I loved it."),
            Example::new(FollowUp, "Thanks for the call! I'm so excited! Any news?"),
        ],
        accepted: &[
            Example::new(ThankYou, "Thank you for today! I enjoyed the tour."),
            Example::new(
                FollowUp,
                "Any news?\n\n> Great talking to you!\n> Speak soon!",
            ),
        ],
        phrases: &[],
        evidence: None,
        check,
    }),
};

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    let text = doc.text();
    // Every '!' in the writer's own sentences (the gap after each sentence included).
    let mut marks: Vec<usize> = Vec::new();
    for s in doc
        .sentences()
        .iter()
        .filter(|s| !matches!(s.part, Part::Quoted | Part::Signature | Part::Header))
    {
        marks.extend(
            s.span
                .slice(text)
                .match_indices('!')
                .map(|(i, _)| s.span.start + i),
        );
    }
    marks.dedup();
    // "!!" first: it is the clearer fault.
    if let Some(pair) = marks.windows(2).find(|p| {
        text[p[0]..p[1]]
            .chars()
            .all(|c| matches!(c, '!' | '?' | '1'))
    }) {
        let end = pair[1] + 1;
        let run_end = end
            + text[end..]
                .chars()
                .take_while(|c| matches!(c, '!' | '?'))
                .map(char::len_utf8)
                .sum::<usize>();
        out.push(Finding::new(
            Span::new(pair[0], run_end),
            "Repeated exclamation marks read as over-excited.",
        ));
        return;
    }
    if let Some(&second) = marks.get(1) {
        out.push(Finding::new(
            Span::new(second, second + 1),
            format!(
                "The message has {} exclamation marks; keep at most one.",
                marks.len()
            ),
        ));
    }
}
