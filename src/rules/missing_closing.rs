//! `missing-closing`: no professional sign-off above the sender's name.

use crate::diagnostic::{Category, Level, Levels, Span};
use crate::draft::MessageKind;
use crate::draft::MessageKind::{FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{
    Criterion, Evidence, Example, Gate, Rule, RuleContext, RuleKind, TextRule, missing,
};

pub(crate) const RULE: Rule = Rule {
    id: "missing-closing",
    category: Category::Structure,
    summary: "Flags an email that stops without a sign-off such as \"Best regards,\" or \"Sincerely,\".",
    why: "A message that just stops reads as unfinished or abrupt; a professional sign-off \
          followed by your name is the last impression the reader gets.",
    help: "End with a professional sign-off (\"Best regards,\", \"Sincerely,\", \"Thank you for \
           your time and consideration,\") on its own line, then your name.",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Error).with(MessageKind::CallScript, Level::Allow),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(
                ThankYou,
                "Dear Ms. Park,\n\nThank you for meeting with me today. I look forward to hearing \
                 from you.",
            ),
            Example::new(
                FollowUp,
                "Hi Tom,\n\nI am writing to ask about the status of the designer role.\n\nNadia Ross",
            ),
        ],
        accepted: &[
            Example::new(
                ThankYou,
                "Dear Ms. Park,\n\nThank you for meeting with me today.\n\nBest regards,\nLeo Grant",
            ),
            Example::new(
                FollowUp,
                "Hi Tom,\n\nIs there any news on the designer role?\n\nThank you for your time and \
                 consideration,\nNadia Ross\nnadia.ross@example.com",
            ),
            Example::new(
                ThankYou,
                "Hi Tom, thanks for the interview this morning. It was great to meet the team. \
                 Sincerely, Nadia Ross",
            ),
        ],
        phrases: &[],
        evidence: Some(Evidence::new(Criterion::Closing, evidence)),
        check,
    }),
};

/// The sign-off, if there is one.
fn evidence(cx: &RuleContext<'_, '_>) -> Option<Span> {
    cx.doc().parts().closing
}

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    let parts = doc.parts();
    let name = cx
        .context()
        .applicant_name
        .as_deref()
        .unwrap_or("[Your Name]");
    let finding = match parts.signature_name {
        // A name with no sign-off above it: put the sign-off above the name.
        Some(sig) => missing(
            Span::empty(sig.start),
            format!(
                "The name \"{}\" has no sign-off above it.",
                sig.slice(doc.text())
            ),
            "Add a sign-off",
            "Best regards,\n".to_owned(),
        ),
        None => missing(
            doc.body_end(),
            "The message ends without a sign-off and your name.",
            "Add a sign-off",
            format!("\n\nBest regards,\n{name}"),
        ),
    };
    out.push(finding);
}

#[cfg(test)]
mod tests {
    use crate::testing::{assert_accepts, assert_flags, flagged};
    use crate::{Context, Draft, Linter, MessageKind::ThankYou};

    const RULE: &str = "missing-closing";

    #[test]
    fn flags_a_note_that_just_stops() {
        assert_flags(
            RULE,
            ThankYou,
            "Thank you for your time today. I look forward to hearing from you.",
        );
    }

    #[test]
    fn ignores_common_sign_offs() {
        for sign_off in [
            "Best regards,",
            "Sincerely,",
            "Best,",
            "Kind regards",
            "All the best",
            "Thanks,",
            "Cheers,",
        ] {
            let text = format!("Hi Ana,\n\nThank you for your time today.\n\n{sign_off}\nRob Lee");
            assert_accepts(RULE, ThankYou, &text);
        }
    }

    #[test]
    fn ignores_a_thank_you_line_directly_above_the_name() {
        assert_accepts(
            RULE,
            ThankYou,
            "Dear Sam,\n\nIt was a pleasure to meet you. Thanks again for your time,\n\nCharlotte Reyes",
        );
    }

    #[test]
    fn flags_a_name_without_a_sign_off_and_inserts_above_it() {
        let text = "Dear Sam,\n\nThank you for the interview today.\nYour Name";
        let d = flagged(RULE, ThankYou, text);
        assert_eq!(d.span().map(|s| s.start), text.find("Your Name"));
        assert_eq!(d.suggestions[0].edits[0].replacement, "Best regards,\n");
    }

    #[test]
    fn suggests_the_applicants_name_from_context() {
        let context = Context::new().applicant_name("Rob Lee");
        let text = "Thank you for your time today.";
        let report = Linter::new().check(&Draft::new(text).kind(ThankYou).context(&context));
        let d = report
            .diagnostics
            .iter()
            .find(|d| d.rule == RULE)
            .expect("fires");
        assert!(d.suggestions[0].edits[0].replacement.ends_with("Rob Lee"));
    }
}
