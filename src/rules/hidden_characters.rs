//! `hidden-characters`: bidirectional control characters that can hide or reorder text.

use crate::diagnostic::{Applicability, Category, Edit, Finding, Level, Levels, Span, Suggestion};
use crate::draft::MessageKind::{FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{Example, Gate, Rule, RuleContext, RuleKind, TextRule};

pub(crate) const RULE: Rule = Rule {
    id: "hidden-characters",
    category: Category::Proofreading,
    summary: "Flags invisible bidirectional control characters (U+202A–U+202E, U+2066–U+2069) that can hide or reorder text.",
    why: "These characters are invisible, yet they change the order in which text is shown: the \
          reader may see something other than what was written, and pasted text can carry \
          them without anyone noticing.",
    help: "Delete the control characters; retype the passage if it came from elsewhere.",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Warning),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(
                ThankYou,
                "Thank you for the interview.\u{202E} I enjoyed it.",
            ),
            Example::new(FollowUp, "Is there any news on the \u{2067}\u{2069}role?"),
        ],
        accepted: &[
            Example::new(
                ThankYou,
                "Thank you for the interview. שלום and مرحبا to the team.",
            ),
            Example::new(ThankYou, "Thank you \u{200D} for the 👩\u{200D}💻 tour."),
        ],
        phrases: &[],
        evidence: None,
        check,
    }),
};

/// True for the embedding, override and isolate controls.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let text = cx.doc().text();
    let b = text.as_bytes();
    let mut spans: Vec<Span> = Vec::new();
    // Every one of them is encoded starting with 0xE2.
    for at in memchr::memchr_iter(0xE2, b) {
        let Some(c) = text.get(at..).and_then(|t| t.chars().next()) else {
            continue;
        };
        if !is_bidi_control(c) {
            continue;
        }
        let span = Span::new(at, at + c.len_utf8());
        match spans.last_mut() {
            Some(last) if last.end == span.start => last.end = span.end,
            _ => spans.push(span),
        }
    }
    let count = spans.len();
    for (i, span) in spans.into_iter().enumerate() {
        let n = span.slice(text).chars().count();
        let names: Vec<String> = span
            .slice(text)
            .chars()
            .map(|c| format!("U+{:04X}", c as u32))
            .collect();
        let mut message = format!(
            "{} invisible bidirectional control character{} ({}) can hide or reorder text here.",
            n,
            if n == 1 { "" } else { "s" },
            names.join(", ")
        );
        if i == 0 && count > 1 {
            message.push_str(&format!(" There are {count} places like this."));
        }
        out.push(Finding::new(span, message).suggest(Suggestion::new(
            "Delete the control characters",
            Edit::delete(span),
            Applicability::NeedsReview,
        )));
    }
}
