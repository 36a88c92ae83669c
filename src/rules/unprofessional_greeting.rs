//! `unprofessional-greeting`: "Hey", "Yo", "Hiya", or a greeting with no name.

use crate::diagnostic::{Applicability, Category, Edit, Finding, Level, Levels, Suggestion};
use crate::draft::MessageKind;
use crate::draft::MessageKind::{FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{Example, Gate, Rule, RuleContext, RuleKind, TextRule};
use crate::text::lexicon::cue;

pub(crate) const RULE: Rule = Rule {
    id: "unprofessional-greeting",
    category: Category::Tone,
    summary: "Flags a casual greeting (\"Hey\", \"Yo\", \"Hiya\") or one without the reader's name.",
    why: "The greeting sets the register of everything after it; a casual or nameless one \
          reads as a message dashed off to anyone.",
    help: "Greet the reader by name: \"Dear Ms. Park,\" or \"Hello Tom,\".",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Warning).with(MessageKind::CallScript, Level::Allow),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(ThankYou, "Hey Jordan,\n\nThanks for the interview."),
            Example::new(
                FollowUp,
                "Good afternoon,\n\nIs there any news on the role?",
            ),
            Example::new(FollowUp, "Yo Sam! Any news?"),
        ],
        accepted: &[
            Example::new(ThankYou, "Dear Ms. Park,\n\nThank you for the interview."),
            Example::new(FollowUp, "Hi Tom,\n\nIs there any news on the role?"),
            Example::new(FollowUp, "To whom it may concern,\n\nIs there any news?"),
        ],
        phrases: &[(NO_NAME_NEEDED, IMPERSONAL)],
        evidence: None,
        check,
    }),
};

/// Tag of [`IMPERSONAL`].
const NO_NAME_NEEDED: u8 = 0;

/// Openers that address no one by design: generic rather than casual
/// (`generic-greeting` reports them).
const IMPERSONAL: &[&str] = &["to whom it may concern", "greetings"];

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    let Some(greeting) = doc.parts().greeting else {
        return;
    };
    let reader = cx
        .context()
        .interviewer_names
        .first()
        .map_or("[Interviewer Name]", String::as_str);
    let message = if doc.shared_phrase_is(greeting.opener, cue::CASUAL_GREETING) {
        format!(
            "\"{}\" is too casual a greeting for a {}.",
            greeting.span.slice(doc.text()),
            cx.kind().describe()
        )
    } else if greeting.name.is_none()
        && !greeting.opener.is_empty()
        && !cx.tag_covers(NO_NAME_NEEDED, greeting.opener)
    {
        format!(
            "The greeting \"{}\" does not name the reader.",
            greeting.span.slice(doc.text())
        )
    } else {
        return;
    };
    let replacement = match greeting.name {
        Some(name) => format!("Dear {}", name.slice(doc.text())),
        None => format!("Dear {reader}"),
    };
    let applicability = if replacement.contains('[') {
        Applicability::HasPlaceholders
    } else {
        Applicability::NeedsReview
    };
    out.push(
        Finding::new(greeting.span, message).suggest(Suggestion::new(
            "Use a greeting with the reader's name",
            Edit::new(greeting.span, replacement),
            applicability,
        )),
    );
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::ThankYou;
    use crate::testing::{assert_accepts, assert_flags, flagged};

    const RULE: &str = "unprofessional-greeting";

    #[test]
    fn flags_casual_openers() {
        for text in [
            "Hiya Sam,\n\nThanks!",
            "What's up Sam,\n\nThanks!",
            "S'up, C-Dog?!\n\nThanks.",
        ] {
            assert_flags(RULE, ThankYou, text);
        }
    }

    #[test]
    fn ignores_a_named_hello() {
        assert_accepts(RULE, ThankYou, "Hello Sam,\n\nThanks for today.");
    }

    #[test]
    fn suggests_dear_with_the_same_name() {
        let d = flagged(RULE, ThankYou, "Hey Jordan,\n\nThanks for today.");
        assert_eq!(d.suggestions[0].edits[0].replacement, "Dear Jordan");
    }
}
