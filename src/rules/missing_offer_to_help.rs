//! `missing-offer-to-help`: no offer of more information, answers, references or samples.

use crate::diagnostic::{Category, Level, Levels, Span};
use crate::draft::MessageKind;
use crate::draft::MessageKind::{FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{
    Criterion, Evidence, Example, Gate, Rule, RuleContext, RuleKind, TextRule, missing_sentence,
};
use crate::text::Part;
use crate::text::lexicon::scope;

pub(crate) const RULE: Rule = Rule {
    id: "missing-offer-to-help",
    category: Category::Content,
    summary: "Flags a message that never offers more information, answers to questions, references or samples.",
    why: "Offering to send what the reader might still need makes it easy for them to move \
          your application forward, and shows you are keen without pushing.",
    help: "Offer something concrete: \"Please let me know if I can send references or a work \
           sample, or answer any other questions.\"",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Warning).with(MessageKind::CallScript, Level::Allow),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(
                ThankYou,
                "Thank you for meeting with me today. I am very interested in the role.",
            ),
            Example::new(
                FollowUp,
                "Please contact me on my phone number or email address for further discussion about \
                 this position.",
            ),
        ],
        accepted: &[
            Example::new(
                ThankYou,
                "Please let me know if you need any additional information.",
            ),
            Example::new(
                ThankYou,
                "Feel free to email or call anytime if you have any follow-up questions.",
            ),
            Example::new(
                FollowUp,
                "I wanted to see if you need anything else from me.",
            ),
            Example::new(
                ThankYou,
                "I'm happy to provide references, code samples, or answer any questions.",
            ),
            Example::new(FollowUp, "I am attaching two examples of my past work."),
        ],
        phrases: &[
            (
                OFFER,
                &[
                    "don't hesitate",
                    "do not hesitate",
                    "dont hesitate",
                    "feel free to",
                    "happy to provide",
                    "happy to send",
                    "happy to share",
                    "happy to answer",
                    "happy to discuss",
                    "happy to clarify",
                    "glad to provide",
                    "glad to send",
                    "glad to share",
                    "glad to answer",
                    "i can provide",
                    "i can send",
                    "i could provide",
                    "i could send",
                    "i can share",
                    "i'd be happy to",
                    "i would be happy to",
                    "i'm happy to",
                    "i am happy to",
                    "i'd be glad to",
                    "i would be glad to",
                    "i'm glad to",
                    "i am glad to",
                    "if you need",
                    "if you'd like",
                    "if you would like",
                    "should you need",
                    "should you have",
                    "if there's anything",
                    "if there is anything",
                    "if i can",
                    "if you have any questions",
                    "if you have any other questions",
                    "if you have any further questions",
                    "if you have any additional questions",
                    "if you have any more questions",
                    "if you have questions",
                    "if you should have any",
                    "answer any questions",
                    "answer any further questions",
                    "answer any other questions",
                    "answer any additional questions",
                    "answer any follow up questions",
                    "any questions you may have",
                    "any questions you might have",
                    "references upon request",
                    "references on request",
                    "i've attached",
                    "i have attached",
                    "i am attaching",
                    "i'm attaching",
                    "i've included",
                    "i have included",
                    "i've enclosed",
                    "i have enclosed",
                    "attached is",
                    "attached are",
                    "please find attached",
                    "anything else from me",
                    "anything further from me",
                    "anything else you need",
                    "anything more from me",
                    "need from me",
                    "need anything",
                    "additional information i can provide",
                    "information i can provide",
                    "further information i can",
                    "if helpful",
                    "if useful",
                    "if it helps",
                    "if it would help",
                    "if that would help",
                    "if that helps",
                    "if it's helpful",
                ],
            ),
            (
                THINGS,
                &[
                    "references",
                    "work samples",
                    "writing samples",
                    "code samples",
                    "samples",
                    "portfolio",
                    "examples of my work",
                    "examples of my past work",
                    "information",
                    "questions",
                    "anything",
                    "materials",
                ],
            ),
            (
                GIVE,
                &[
                    "provide",
                    "send",
                    "share",
                    "answer",
                    "forward",
                    "supply",
                    "attach",
                    "attaching",
                    "attached",
                ],
            ),
        ],
        evidence: Some(Evidence::new(Criterion::OfferToHelp, evidence)),
        check,
    }),
};

/// A phrase that offers by itself: "don't hesitate", "if you need", "I've attached".
const OFFER: u8 = 0;
/// Something the writer could give: "references", "samples", "information".
const THINGS: u8 = 1;
/// A verb of giving: "provide", "send", "share".
const GIVE: u8 = 2;
/// "can send", which offers when the writer is the one who can ("and can send my list").
const CAN_GIVE: u8 = 3;

/// The first sentence that offers something.
fn evidence(cx: &RuleContext<'_, '_>) -> Option<Span> {
    let doc = cx.doc();
    cx.hits()
        .iter()
        .find(|h| {
            let s = h.sentence();
            if !matches!(doc.sentences()[s].part, Part::Body | Part::Closing)
                || doc.is_negated(h.first_word(), scope::ADJACENT)
            {
                return false;
            }
            match h.tag() {
                OFFER => true,
                // "any update you can provide" asks the reader to give.
                CAN_GIVE => !matches!(
                    doc.word_norm(h.first_word().wrapping_sub(1)),
                    "you" | "they" | "he" | "she" | "someone" | "anyone"
                ),
                // "I can send references", "happy to share my portfolio".
                THINGS => {
                    h.sentence_has(GIVE)
                        && doc.sentences()[s].words().any(|w| {
                            matches!(doc.word_norm(w), "i" | "i'd" | "i'm" | "i'll" | "me")
                        })
                        && !doc.is_question(s)
                }
                _ => false,
            }
        })
        .map(|h| doc.sentences()[h.sentence()].span)
}

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    out.push(missing_sentence(
        cx.doc(),
        "The message never offers more information, references or answers to questions.",
        "Offer more information",
        "Please let me know if I can provide references, work samples or anything else.",
    ));
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::{FollowUp, ThankYou};
    use crate::testing::{assert_accepts, assert_flags};

    const RULE: &str = "missing-offer-to-help";

    #[test]
    fn flags_an_invitation_to_contact_that_offers_nothing() {
        assert_flags(
            RULE,
            FollowUp,
            "Contact me for further discussion. Give me a call when you have a moment.",
        );
    }

    #[test]
    fn flags_a_request_for_information() {
        assert_flags(
            RULE,
            FollowUp,
            "Could you share more information about the timeline?",
        );
    }

    #[test]
    fn ignores_offers_in_many_wordings() {
        for text in [
            "If you should have any other questions, please do not hesitate to contact me.",
            "Please don't hesitate to reach out if you need anything further from me.",
            "I can send my portfolio if it would help.",
            "Should you need references, I have three ready.",
        ] {
            assert_accepts(RULE, ThankYou, text);
        }
    }
}
