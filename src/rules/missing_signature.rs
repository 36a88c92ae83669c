//! `missing-signature`: a sign-off with no name after it.

use crate::diagnostic::{Category, Level, Levels, Span};
use crate::draft::MessageKind;
use crate::draft::MessageKind::{FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{
    Criterion, Evidence, Example, Gate, Rule, RuleContext, RuleKind, TextRule, missing,
};

pub(crate) const RULE: Rule = Rule {
    id: "missing-signature",
    category: Category::Structure,
    summary: "Flags a sign-off that is not followed by the sender's name.",
    why: "A message that ends at \"Best regards,\" leaves the reader to guess who wrote it, and \
          looks sent in a hurry.",
    help: "Put your full name on the line after the sign-off, and your phone number or email \
           under it.",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Error).with(MessageKind::CallScript, Level::Allow),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(
                ThankYou,
                "Dear Ms. Park,\n\nThank you for meeting with me today.\n\nBest regards,",
            ),
            Example::new(
                FollowUp,
                "Hi Tom,\n\nIs there any news on the role?\n\nThanks!",
            ),
        ],
        accepted: &[
            Example::new(
                ThankYou,
                "Dear Ms. Park,\n\nThank you for meeting with me.\n\nBest regards,\nLeo Grant",
            ),
            Example::new(
                FollowUp,
                "Hi Tom,\n\nAny news on the role?\n\nBest,\n[Your Name]",
            ),
            Example::new(
                ThankYou,
                "Dear Ms. Park,\n\nThank you for meeting with me today.",
            ),
        ],
        phrases: &[],
        evidence: Some(Evidence::new(Criterion::Closing, evidence)),
        check,
    }),
};

/// The sign-off and the name under it.
fn evidence(cx: &RuleContext<'_, '_>) -> Option<Span> {
    let parts = cx.doc().parts();
    Some(parts.closing?.cover(parts.signature_name?))
}

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    // No sign-off at all is `missing-closing`'s finding.
    let Some(closing) = doc.parts().closing else {
        return;
    };
    let end = doc
        .sentences()
        .iter()
        .find(|s| s.span.contains(closing))
        .map_or(closing.end, |s| s.span.end);
    let name = cx
        .context()
        .applicant_name
        .as_deref()
        .unwrap_or("[Your Name]");
    out.push(missing(
        Span::empty(end),
        format!(
            "The sign-off \"{}\" is not followed by your name.",
            closing.slice(doc.text())
        ),
        "Add your name",
        format!("\n{name}"),
    ));
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::FollowUp;
    use crate::testing::{assert_accepts, assert_flags, flagged};

    const RULE: &str = "missing-signature";

    #[test]
    fn flags_a_sign_off_left_hanging() {
        assert_flags(
            RULE,
            FollowUp,
            "Hi Tom,\n\nAny news on the analyst role?\n\nKind regards,\n",
        );
    }

    #[test]
    fn ignores_a_name_on_the_same_line_or_below() {
        assert_accepts(
            RULE,
            FollowUp,
            "Hi Tom,\n\nAny news on the analyst role?\n\nThanks, Nadia",
        );
        assert_accepts(
            RULE,
            FollowUp,
            "Hi Tom,\n\nAny news?\n\nBest regards,\n\nNadia Ross\n555-0162",
        );
    }

    #[test]
    fn suggests_the_name_after_the_sign_off() {
        let text = "Hi Tom,\n\nAny news?\n\nBest regards,";
        let d = flagged(RULE, FollowUp, text);
        assert_eq!(d.span().map(|s| s.start), Some(text.len()));
        assert_eq!(d.suggestions[0].edits[0].replacement, "\n[Your Name]");
    }
}
