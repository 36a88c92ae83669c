//! `desperate-tone`: begging or desperation.

use crate::diagnostic::{Category, Finding, Level, Levels};
use crate::draft::MessageKind::{CallScript, FollowUp, ThankYou};
use crate::rule::{Example, Gate, Rule, RuleContext, RuleKind, TextRule, flag_sentences};
use crate::text::Document;
use crate::text::lexicon::scope;

pub(crate) const RULE: Rule = Rule {
    id: "desperate-tone",
    category: Category::Tone,
    summary: "Flags begging or desperation: \"I really need this job\", \"please give me a chance\".",
    why: "Employers hire the candidate who fits, not the one who needs it most; desperation \
          makes the reader doubt your other options and your judgement.",
    help: "State your interest and what you would bring, with confidence rather than need.",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Warning),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(FollowUp, "I really need this job, please give me a chance."),
            Example::new(
                ThankYou,
                "If I don't get this job, I don't know what I'll do.",
            ),
            Example::new(CallScript, "I will do anything to work for your company."),
        ],
        accepted: &[
            Example::new(
                FollowUp,
                "I hope you will keep me in mind for future openings.",
            ),
            Example::new(
                ThankYou,
                "I'm convinced a position will turn up for which I am a perfect fit.",
            ),
            Example::new(FollowUp, "I don't need an answer right away."),
        ],
        phrases: &[
            (
                DESPERATE,
                &[
                    "need this job",
                    "need a job",
                    "need this position",
                    "need this opportunity",
                    "need this role",
                    "desperate",
                    "desperately",
                    "begging",
                    "i beg",
                    "beg you",
                    "give me a chance",
                    "give me one chance",
                    "please hire me",
                    "please please",
                    "i'll do anything",
                    "i will do anything",
                    "i would do anything",
                    "i'd do anything",
                    "whatever it takes",
                    "don't know what i'll do",
                    "don't know what i will do",
                    "do not know what i will do",
                    "my last hope",
                    "my only hope",
                    "my last chance",
                    "can't afford to lose",
                    "bills to pay",
                    "pay my rent",
                    "pay the rent",
                    "been unemployed",
                    "out of work for",
                    "i'll take any",
                    "i will take any",
                    "any position at all",
                    "any role at all",
                    "work for free",
                    "even unpaid",
                ],
            ),
            (PLEA, &["give"]),
        ],
        evidence: None,
        check,
    }),
};

/// Begging or need.
const DESPERATE: u8 = 0;
/// A plea that a preceding "if" turns into an offer: "if you give me a chance".
const PLEA: u8 = 64;

fn check(cx: &RuleContext<'_, '_>, out: &mut Vec<Finding>) {
    flag_sentences(cx, out, |doc: &Document<'_>, h| {
        // "if you give me a chance, …" offers; "please give me a chance" begs.
        let conditional = cx.tag_at(PLEA, h.first_word())
            && doc
                .previous_words(h.first_word(), 2)
                .any(|(_, w)| w == "if");
        let negated = doc.is_negated(h.first_word(), scope::VERB_GROUP)
            && !h.words().any(|w| doc.word_norm(w).contains("n't"));
        (h.tag() == DESPERATE && !conditional && !negated).then_some("This sounds desperate")
    });
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::FollowUp;
    use crate::testing::{assert_accepts, assert_flags};

    const RULE: &str = "desperate-tone";

    #[test]
    fn flags_need_and_begging() {
        for text in [
            "The truth is that I need a job.",
            "Please, I'm begging you to reconsider.",
            "I've been out of work for a year and have bills to pay.",
        ] {
            assert_flags(RULE, FollowUp, text);
        }
    }

    #[test]
    fn ignores_confidence_and_conditional_offers() {
        for text in [
            "If you give me a chance, I will show you what I can do.",
            "I don't need this job to be remote.",
        ] {
            assert_accepts(RULE, FollowUp, text);
        }
    }
}
