//! `missing-greeting`: the message opens without a salutation.

use crate::diagnostic::{Category, Level, Levels, Span};
use crate::draft::MessageKind;
use crate::draft::MessageKind::{FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{Example, Gate, Rule, RuleContext, RuleKind, TextRule, missing};

pub(crate) const RULE: Rule = Rule {
    id: "missing-greeting",
    category: Category::Structure,
    summary: "Flags an email that starts without a greeting such as \"Dear Ms. Park,\".",
    why: "Opening straight into the text reads as abrupt; a greeting with the reader's name is \
          the first sign the message was written for them.",
    help: "Open with a greeting and the reader's name on its own line: \"Dear Ms. Park,\".",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Warning).with(MessageKind::CallScript, Level::Allow),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(
                ThankYou,
                "Thank you for meeting with me today.\n\nBest regards,\nLeo Grant",
            ),
            Example::new(
                FollowUp,
                "Subject: Analyst interview\n\nIs there any news on the role?\n\nBest,\nNadia",
            ),
        ],
        accepted: &[
            Example::new(
                ThankYou,
                "Dear Ms. Park,\n\nThank you for meeting with me today.",
            ),
            Example::new(FollowUp, "Hi Tom, is there any news on the role?"),
            Example::new(
                FollowUp,
                "Good afternoon,\n\nIs there any news on the role?",
            ),
        ],
        phrases: &[],
        evidence: None,
        check,
    }),
};

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    // Greeted already; how well is for the greeting rules to say.
    if doc.parts().greeting.is_some() {
        return;
    }
    let reader = cx
        .context()
        .interviewer_names
        .first()
        .map_or("[Interviewer Name]", String::as_str);
    out.push(missing(
        Span::empty(doc.body_start().start.min(first_content(doc))),
        "The message starts without a greeting.",
        "Add a greeting",
        format!("Dear {reader},\n\n"),
    ));
}

/// Where the first line after a subject (or the text) starts.
fn first_content(doc: &crate::text::Document<'_>) -> usize {
    doc.sentences()
        .iter()
        .find(|s| s.part != crate::text::Part::Subject)
        .map_or(0, |s| s.span.start)
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::ThankYou;
    use crate::testing::{assert_accepts, assert_flags, flagged};

    const RULE: &str = "missing-greeting";

    #[test]
    fn flags_a_note_that_starts_with_its_first_sentence() {
        assert_flags(
            RULE,
            ThankYou,
            "Thank you for meeting with me.\n\nBest,\nLeo",
        );
    }

    #[test]
    fn ignores_greetings_on_their_own_line_or_inline() {
        for text in [
            "Dear Dr. Ruiz:\n\nThanks.",
            "Hello Michael,\nThanks.",
            "Dan,\nThanks for today.",
            "Hi, Mr. Samson. How are you?",
        ] {
            assert_accepts(RULE, ThankYou, text);
        }
    }

    #[test]
    fn inserts_after_the_subject_line() {
        let text = "Subject: Thank you\n\nThank you for today.";
        let d = flagged(RULE, ThankYou, text);
        assert_eq!(d.span().map(|s| s.start), text.find("Thank you for"));
    }
}
