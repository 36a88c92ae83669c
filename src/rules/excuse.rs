//! `excuse`: excuses one's own performance or conduct.

use crate::diagnostic::{Category, Finding, Level, Levels};
use crate::draft::MessageKind::{CallScript, FollowUp, ThankYou};
use crate::rule::{Example, Gate, Rule, RuleContext, RuleKind, TextRule, flag_sentences};
use crate::text::Document;
use crate::text::lexicon::scope;

pub(crate) const RULE: Rule = Rule {
    id: "excuse",
    category: Category::Mistake,
    summary: "Flags excuses for your own performance or conduct: nerves, lateness, traffic, tiredness, illness.",
    why: "An excuse draws the reader's attention back to the weak moment you want them to \
          forget, and can sound like you avoid responsibility.",
    help: "Drop the excuse; if something needs correcting, add the better answer you would give \
           now instead.",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Warning),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(
                ThankYou,
                "I'm sure everyone could tell how nervous I was during the presentation.",
            ),
            Example::new(
                FollowUp,
                "Unfortunately, I encountered unexpected traffic, which delayed my arrival.",
            ),
            Example::new(
                CallScript,
                "Sorry again, I was not feeling well that morning.",
            ),
        ],
        accepted: &[
            Example::new(
                ThankYou,
                "I wasn't on my A-Game today, and I wanted to write to apologize.",
            ),
            Example::new(FollowUp, "I grew web traffic by 40 percent at my last job."),
            Example::new(ThankYou, "I wasn't nervous at all, which surprised me."),
        ],
        phrases: &[
            (
                CAUSE,
                &[
                    "how nervous i was",
                    "i was nervous",
                    "i was so nervous",
                    "i was very nervous",
                    "i was a bit nervous",
                    "i was really nervous",
                    "i was a little nervous",
                    "i got nervous",
                    "i felt nervous",
                    "my nerves",
                    "i was tired",
                    "i was exhausted",
                    "i was so tired",
                    "i was sick",
                    "i was ill",
                    "i felt sick",
                    "i felt ill",
                    "family emergency",
                    "personal issues",
                    "i blanked",
                    "i went blank",
                    "i wasn't myself",
                    "i was not myself",
                    "an off day",
                    "a bad day",
                    "technical difficulties",
                    "technical issues",
                    "connection issues",
                    "connection problems",
                    "my internet",
                    "internet connection",
                    "my wifi",
                    "my camera",
                    "my microphone",
                    "my laptop",
                    "my alarm",
                    "i got lost",
                    "beyond my control",
                    "out of my control",
                    "outside my control",
                    "unexpected traffic",
                    "unforeseen traffic",
                    "traffic congestion",
                    "heavy traffic",
                    "stuck in traffic",
                    "caught in traffic",
                    "traffic was",
                    "traffic jam",
                    "delayed my arrival",
                    "delayed my commute",
                    "my train",
                    "train was delayed",
                    "train was late",
                    "bus was late",
                    "my flight",
                    "flight was delayed",
                    "not at my best",
                    "wasn't at my best",
                    "was not at my best",
                    "didn't have time to prepare",
                    "did not have time to prepare",
                    "didn't prepare",
                    "wasn't prepared",
                    "was not prepared",
                    "unprepared",
                    "caught off guard",
                    "the stress of",
                    "i was stressed",
                    "so stressed",
                    "i was anxious",
                    "my anxiety",
                    "not reflect my",
                    "doesn't reflect my",
                    "does not reflect my",
                    "not a reflection of my",
                ],
            ),
            (
                PERSONAL,
                &[
                    "nerves got",
                    "didn't sleep",
                    "did not sleep",
                    "lack of sleep",
                    "hadn't slept",
                    "had not slept",
                    "feeling sick",
                    "not feeling well",
                    "wasn't feeling well",
                    "was not feeling well",
                    "under the weather",
                    "health issue",
                    "health issues",
                    "health problem",
                    "health problems",
                    "mind went blank",
                    "insecurities",
                    "insecurity",
                    "jet lag",
                    "jetlag",
                    "overslept",
                    "up all night",
                    "been up all night",
                    "wasn't thinking straight",
                    "was not thinking straight",
                    "not thinking straight",
                    "couldn't think straight",
                    "barely slept",
                    "hardly slept",
                    "no sleep",
                    "little sleep",
                ],
            ),
        ],
        evidence: None,
        check,
    }),
};

/// A cause the writer gives for their own performance, when the sentence is about the
/// writer: traffic, technical trouble, stress.
const CAUSE: u8 = 0;
/// A cause that is always personal: illness, sleep, nerves, insecurities.
const PERSONAL: u8 = 1;

fn check(cx: &RuleContext<'_, '_>, out: &mut Vec<Finding>) {
    flag_sentences(cx, out, |doc: &Document<'_>, h| {
        // "I wasn't nervous" and slots such as [reason for being late] excuse nothing.
        let negated = doc.is_negated(h.first_word(), scope::VERB_GROUP);
        let slot = h.words().any(|w| doc.words()[w].is_placeholder());
        let personal = h.tag() == PERSONAL || doc.is_first_person(h.sentence());
        (personal && !negated && !slot).then_some("This makes an excuse")
    });
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::FollowUp;
    use crate::testing::{assert_accepts, assert_flags};

    const RULE: &str = "excuse";

    #[test]
    fn flags_excuses_in_many_wordings() {
        for text in [
            "I did have a worrisome health issue that weighed on my mind.",
            "Call it a young man's insecurities more than anything.",
            "My train was delayed, so I was late.",
            "My mind went blank on the last question.",
        ] {
            assert_flags(RULE, FollowUp, text);
        }
    }

    #[test]
    fn ignores_a_slot_and_someone_elses_traffic() {
        assert_accepts(
            RULE,
            FollowUp,
            "I wanted to let you know that [your reason for being late].",
        );
        assert_accepts(
            RULE,
            FollowUp,
            "The traffic data you mentioned was fascinating.",
        );
    }
}
