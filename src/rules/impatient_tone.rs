//! `impatient-tone`: impatience about the wait.

use crate::diagnostic::{Category, Finding, Level, Levels};
use crate::draft::MessageKind::{CallScript, FollowUp};
use crate::rule::{Example, Gate, Rule, RuleContext, RuleKind, TextRule, flag_sentences};
use crate::text::Document;

pub(crate) const RULE: Rule = Rule {
    id: "impatient-tone",
    category: Category::Tone,
    summary: "Flags impatient wording: \"still haven't heard\", \"it's been weeks\", \"why haven't you\", or asking for news a day after the interview.",
    why: "Hiring takes longer than candidates expect; impatience suggests you will be hard to \
          work with, and rushes a decision that may not go your way.",
    help: "Acknowledge that these things take time, then ask once, politely, about the timeline.",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Warning),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(
                FollowUp,
                "It's been two weeks and I still haven't heard anything from you.",
            ),
            Example::new(
                FollowUp,
                "Hi, I know we spoke yesterday, but wanted to see if you had any updates!",
            ),
            Example::new(CallScript, "So, did I get the job or what?"),
        ],
        accepted: &[
            Example::new(
                FollowUp,
                "It has been about a week since I talked with Andy, so I wanted to follow up.",
            ),
            Example::new(
                FollowUp,
                "The last time we spoke you said you were still in the midst of first-round interviews.",
            ),
            Example::new(
                FollowUp,
                "Is there any information about the status of the job?",
            ),
        ],
        phrases: &[
            (
                IMPATIENT,
                &[
                    "still haven't heard",
                    "still have not heard",
                    "still not heard",
                    "still no word",
                    "still no response",
                    "still no reply",
                    "still no news",
                    "still no update",
                    "still nothing",
                    "still waiting",
                    "yet to hear",
                    "never heard back",
                    "haven't heard anything",
                    "have not heard anything",
                    "why haven't you",
                    "why have you not",
                    "why hasn't",
                    "why has no one",
                    "why is this taking",
                    "taking so long",
                    "taking this long",
                    "what's taking so long",
                    "when are you going to",
                    "did i get the job",
                    "did i get it",
                    "or what",
                    "it's been weeks",
                    "it has been weeks",
                    "tired of waiting",
                    "thought i would hear",
                    "thought i'd hear",
                    "expected to hear",
                    "should have heard",
                    "might have received",
                    "would have received",
                    "would have heard",
                    "i guess no",
                    "i guess you're not",
                    "i guess you are not",
                    "i take it you",
                    "i can only assume",
                    "you said you'd get back",
                    "you said you would get back",
                    "you said you'd call",
                    "you said you would call",
                    "you promised",
                    "any update yet",
                    "any updates yet",
                    "anything yet",
                    "are you there",
                    "decide yet",
                    "decided yet",
                    "news yet",
                    "word yet",
                    "decision yet",
                    "heard anything yet",
                    "made a decision yet",
                    "any news yet",
                ],
            ),
            (WHERE, &["where are you"]),
            (
                SOON,
                &[
                    "yesterday",
                    "this morning",
                    "earlier today",
                    "a few hours ago",
                    "just spoke",
                    "just talked",
                ],
            ),
            (
                UPDATE,
                &[
                    "update",
                    "updates",
                    "news",
                    "decision",
                    "any word",
                    "heard back",
                ],
            ),
        ],
        evidence: None,
        check,
    }),
};

/// Impatient in itself.
const IMPATIENT: u8 = 0;
/// "Where are you?" (not "where are you in the process").
const WHERE: u8 = 1;
/// A moment ago: asking for news this soon is impatient.
const SOON: u8 = 2;
/// Asking for news.
const UPDATE: u8 = 3;

fn check(cx: &RuleContext<'_, '_>, out: &mut Vec<Finding>) {
    flag_sentences(cx, out, |doc: &Document<'_>, h| {
        let s = h.sentence();
        let fires = match h.tag() {
            IMPATIENT => true,
            WHERE => !matches!(
                doc.word_norm(h.end_word()),
                "in" | "at" | "with" | "on" | "now"
            ),
            // "We spoke yesterday, but do you have any updates?"
            SOON => h.sentence_has(UPDATE) && doc.is_question(s),
            _ => false,
        };
        fires.then_some("This sounds impatient")
    });
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::FollowUp;
    use crate::testing::{assert_accepts, assert_flags};

    const RULE: &str = "impatient-tone";

    #[test]
    fn flags_impatience_in_many_wordings() {
        for text in [
            "Why haven't you come back to me?",
            "Where are you?",
            "Hey – when are you going to get back to me?",
            "Thought I would hear from you this week.",
            "You said you'd get back to me on Monday, and it's Tuesday now!",
            "Did you decide yet?",
        ] {
            assert_flags(RULE, FollowUp, text);
        }
    }

    #[test]
    fn ignores_patient_questions() {
        for text in [
            "Where are you in the hiring process?",
            "I'm following up about the status of my application.",
            "Could you share an update on the timeline?",
            "I know the process takes time; I'm still very interested.",
        ] {
            assert_accepts(RULE, FollowUp, text);
        }
    }
}
