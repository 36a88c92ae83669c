//! `unprofessional-closing`: "Cheers", "Love", "xoxo", "Thx", "Later" as a sign-off.

use crate::diagnostic::{Applicability, Category, Edit, Finding, Level, Levels, Suggestion};
use crate::draft::MessageKind;
use crate::draft::MessageKind::{FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{Example, Gate, Rule, RuleContext, RuleKind, TextRule};
use crate::text::lexicon::cue;

pub(crate) const RULE: Rule = Rule {
    id: "unprofessional-closing",
    category: Category::Tone,
    summary: "Flags a casual sign-off such as \"Cheers\", \"Love\", \"xoxo\", \"Thx\" or \"Later\".",
    why: "The sign-off is the last thing the reader sees; a casual one undoes the professional \
          tone of the rest.",
    help: "Sign off with \"Best regards,\", \"Kind regards,\" or \"Sincerely,\".",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Warning).with(MessageKind::CallScript, Level::Allow),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(
                ThankYou,
                "Dear Ms. Park,\n\nThank you for the interview.\n\nCheers,\nLeo",
            ),
            Example::new(FollowUp, "Hi Tom,\n\nAny news on the role?\n\nThx\nNadia"),
        ],
        accepted: &[
            Example::new(
                ThankYou,
                "Dear Ms. Park,\n\nThank you for the interview.\n\nBest regards,\nLeo",
            ),
            Example::new(FollowUp, "Hi Tom,\n\nAny news?\n\nThanks,\nNadia"),
        ],
        phrases: &[],
        evidence: None,
        check,
    }),
};

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    let Some(closing) = doc.parts().closing else {
        return;
    };
    if !doc.shared_phrase_is(closing, cue::CASUAL_SIGN_OFF) {
        return;
    }
    out.push(
        Finding::new(
            closing,
            format!(
                "\"{}\" is too casual a sign-off.",
                closing.slice(doc.text())
            ),
        )
        .suggest(Suggestion::new(
            "Use \"Best regards\"",
            Edit::new(closing, "Best regards"),
            Applicability::NeedsReview,
        )),
    );
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::ThankYou;
    use crate::testing::{assert_accepts, assert_flags};

    const RULE: &str = "unprofessional-closing";

    #[test]
    fn flags_casual_sign_offs() {
        // Every casual sign-off is also found as the message's sign-off: "Ciao," is a
        // casual closing, not a missing one.
        for sign_off in [
            "Love,", "xoxo", "Later!", "Cheers", "Ciao,", "Hugs,", "See ya",
        ] {
            assert_flags(
                RULE,
                ThankYou,
                &format!("Hi Ana,\n\nThanks for today.\n\n{sign_off}\nRob"),
            );
        }
    }

    #[test]
    fn a_casual_sign_off_is_still_a_sign_off() {
        assert_accepts(
            "missing-closing",
            ThankYou,
            "Hi Ana,\n\nThanks for today.\n\nCiao,\nRob",
        );
    }

    #[test]
    fn ignores_professional_sign_offs() {
        for sign_off in ["Sincerely,", "Warm regards,", "Thank you,", "All the best,"] {
            assert_accepts(
                RULE,
                ThankYou,
                &format!("Hi Ana,\n\nThanks for today.\n\n{sign_off}\nRob"),
            );
        }
    }
}
