//! `demanding-tone`: ultimatums, deadlines imposed on the reader, "I expect", "you need to".

use crate::diagnostic::{Category, Finding, Level, Levels};
use crate::draft::MessageKind::{CallScript, FollowUp};
use crate::rule::{Example, Gate, Rule, RuleContext, RuleKind, TextRule, flag_sentences};
use crate::text::Document;
use crate::text::lexicon::scope;

pub(crate) const RULE: Rule = Rule {
    id: "demanding-tone",
    category: Category::Tone,
    summary: "Flags demanding or aggressive wording: ultimatums, deadlines set for the reader, \"I expect\", \"you need to\".",
    why: "The reader owes you nothing yet; pressure reads as entitlement and is the quickest way \
          to be moved to the bottom of the pile.",
    help: "Ask instead of demanding: \"Could you let me know whether there is an update on the \
           timeline?\"",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Error),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(
                FollowUp,
                "I expect an answer by Friday, otherwise I will accept another offer.",
            ),
            Example::new(CallScript, "So you need to call me back when you get this."),
            Example::new(FollowUp, "Why don't you just HIRE ME already?!?"),
        ],
        accepted: &[
            Example::new(FollowUp, "If you need to reach me, my number is below."),
            Example::new(
                FollowUp,
                "I have received another offer and need to reply by Friday, but your team is my first choice.",
            ),
            Example::new(
                FollowUp,
                "I will be available for another hour and hope to hear from you by then.",
            ),
        ],
        phrases: &[
            (
                DEMAND,
                &[
                    "i expect an answer",
                    "i expect a response",
                    "i expect a reply",
                    "i expect a decision",
                    "i expect an update",
                    "i expect a call",
                    "i expect feedback",
                    "i expect to hear",
                    "i expect you to",
                    "i expect to be contacted",
                    "i demand",
                    "i insist",
                    "i need to hear back",
                    "i need to hear from you",
                    "i need an answer",
                    "i need a decision",
                    "i need a response",
                    "i need to know by",
                    "i need you to",
                    "i want an answer",
                    "i want a response",
                    "i want to know by",
                    "respond by",
                    "reply to me by",
                    "get back to me by",
                    "let me know by",
                    "answer by",
                    "decide by",
                    "otherwise i will",
                    "otherwise i'll",
                    "or else",
                    "or i will",
                    "or i'll",
                    "last chance",
                    "final notice",
                    "final warning",
                    "respond immediately",
                    "reply immediately",
                    "call me immediately",
                    "get back to me immediately",
                    "respond right away",
                    "call me right away",
                    "get back to me asap",
                    "respond asap",
                    "reply asap",
                    "let me know asap",
                    "call me asap",
                    "remove my resume",
                    "remove my application",
                    "take me off",
                    "hire me already",
                    "just hire me",
                    "why don't you just",
                    "the one candidate",
                    "the one you need",
                    "i am the one",
                    "i'm the one",
                    "i tell you",
                    "you won't regret",
                    "you will not regret",
                    "you'd be foolish",
                    "you would be foolish",
                    "your loss",
                    "i deserve",
                    "lost all faith",
                    "you owe me",
                    "give me an answer",
                    "i need to know soon",
                    "need to know soon",
                    "need an answer soon",
                    "need a decision soon",
                    "hear back asap",
                    "hear from you asap",
                    "know asap",
                    "asap please",
                    "please asap",
                ],
            ),
            (
                MUST,
                &[
                    "you need to",
                    "you must",
                    "you have to",
                    "you should",
                    "you'd better",
                    "you better",
                    "you will need to",
                ],
            ),
            (REPORTING, &["have", "receive", "find", "see", "know"]),
        ],
        evidence: None,
        check,
    }),
};

/// A demand in itself.
const DEMAND: u8 = 0;
/// "you need to", which demands unless it is conditional ("if you need to reach me").
const MUST: u8 = 1;
/// A verb after "you should" that reports rather than demands: "you should have received".
const REPORTING: u8 = 64;

fn check(cx: &RuleContext<'_, '_>, out: &mut Vec<Finding>) {
    flag_sentences(cx, out, |doc: &Document<'_>, h| {
        let conditional = doc
            .previous_words(h.first_word(), 3)
            .any(|(_, w)| matches!(w, "if" | "when" | "whenever" | "case" | "should" | "unless"));
        let fires = match h.tag() {
            DEMAND => {
                !doc.is_negated(h.first_word(), scope::ADJACENT)
                    || doc.word_norm(h.first_word()) == "or"
            }
            // "you should have received my portfolio" reports, it does not demand.
            MUST => {
                !conditional
                    && !doc.is_negated(h.first_word(), scope::ADJACENT)
                    && !cx.tag_at(REPORTING, h.end_word())
            }
            _ => false,
        };
        fires.then_some("This sounds demanding")
    });
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::FollowUp;
    use crate::testing::{assert_accepts, assert_flags};

    const RULE: &str = "demanding-tone";

    #[test]
    fn flags_ultimatums_and_presumption() {
        for text in [
            "I need to hear back from you by…",
            "Remove my resume – I have lost all faith.",
            "I am the one candidate you have been looking for.",
            "I tell you I'm perfect for that job, man.",
            "Please respond by end of day.",
        ] {
            assert_flags(RULE, FollowUp, text);
        }
    }

    #[test]
    fn ignores_polite_deadlines_and_conditions() {
        for text in [
            "I'm wondering if you have a timeline in place for your decision?",
            "Is there something I can provide you to help make the decision?",
            "You should have received my portfolio by email.",
            "I wanted to write you immediately to apologize.",
        ] {
            assert_accepts(RULE, FollowUp, text);
        }
    }
}
