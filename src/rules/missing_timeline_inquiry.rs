//! `missing-timeline-inquiry`: no polite question about status, timeline or next steps.

use crate::diagnostic::{Category, Level, Levels, Span};
use crate::draft::MessageKind;
use crate::draft::MessageKind::{CallScript, FollowUp};
use crate::rule::Findings;
use crate::rule::{
    Criterion, Evidence, Example, Gate, Rule, RuleContext, RuleKind, TextRule, missing_sentence,
};
use crate::text::Part;

pub(crate) const RULE: Rule = Rule {
    id: "missing-timeline-inquiry",
    category: Category::Content,
    summary: "Flags a follow-up or call that never asks about the status, timeline, decision or next steps.",
    why: "Asking where things stand is the purpose of a follow-up; without the question the \
          reader has nothing to answer, and you learn nothing.",
    help: "Ask once, politely: \"Could you share an update on the hiring timeline?\"",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Error).with(MessageKind::ThankYou, Level::Allow),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(
                FollowUp,
                "Hi Tom,\n\nI enjoyed our interview last week and look forward to hearing about next \
                 steps.\n\nBest,\nNadia",
            ),
            Example::new(
                CallScript,
                "Hi, this is Priya Shah. I am calling to follow up on my interview from yesterday.",
            ),
        ],
        accepted: &[
            Example::new(
                FollowUp,
                "Could you share an update on the hiring timeline?",
            ),
            Example::new(
                FollowUp,
                "I’m following up about the status of my application.",
            ),
            Example::new(
                FollowUp,
                "I'd appreciate any update you might have on the timeline for a decision.",
            ),
            Example::new(CallScript, "I was wondering if a decision has been made?"),
            Example::new(FollowUp, "A status update would be greatly appreciated."),
        ],
        phrases: &[
            (
                STATUS,
                &[
                    "status",
                    "update",
                    "updates",
                    "timeline",
                    "timeframe",
                    "time frame",
                    "decision",
                    "decisions",
                    "next steps",
                    "next step",
                    "news",
                    "progress",
                    "where things stand",
                    "where things are",
                    "where you are in the process",
                    "what's going on",
                    "what is going on",
                    "the hiring process",
                    "the interview process",
                    "the process",
                    "my application",
                    "my candidacy",
                    "notification",
                    "outcome",
                    "hear back",
                    "heard back",
                    "hearing back",
                    "any information",
                    "any word",
                    "been filled",
                    "been made",
                    "timing",
                    "when you expect",
                    "when you plan",
                    "when you might",
                    "when you hope",
                ],
            ),
            (
                INQUIRE,
                &[
                    "following up about",
                    "following up on the status",
                    "follow up on the status",
                    "regarding the status",
                    "about the status",
                    "on the status",
                    "check on",
                    "checking on",
                    "check in on",
                    "checking in on",
                    "touching base to see",
                    "to see if",
                    "to see what",
                    "to see where",
                    "to see whether",
                    "see if",
                    "see whether",
                    "see where",
                    "find out",
                    "inquire",
                    "enquire",
                    "inquiring",
                    "enquiring",
                    "ask about",
                    "asking about",
                    "ask whether",
                    "ask if",
                    "was hoping",
                    "i'm hoping",
                    "i am hoping",
                    "emailing about",
                    "writing about",
                    "calling about",
                    "writing to ask",
                    "calling to ask",
                    "eager to know",
                ],
            ),
            (FORWARD, &["look forward to", "looking forward to"]),
        ],
        evidence: Some(Evidence::new(Criterion::TimelineInquiry, evidence)),
        check,
    }),
};

/// What the inquiry is about: "status", "timeline", "decision", "next steps".
const STATUS: u8 = 0;
/// A way of asking that is not a question: "following up about", "to see if".
const INQUIRE: u8 = 1;
/// "look forward to … next steps" states a hope, not a question.
const FORWARD: u8 = 2;

/// The first sentence asking about the status, timeline or next steps.
fn evidence(cx: &RuleContext<'_, '_>) -> Option<Span> {
    let doc = cx.doc();
    cx.hits_tagged(STATUS)
        .find(|h| {
            let s = h.sentence();
            if !matches!(doc.sentences()[s].part, Part::Body | Part::Subject) {
                return false;
            }
            let asks = doc.is_question(s);
            let inquires = h.sentence_has(INQUIRE);
            let hopes = h.sentence_has(FORWARD);
            asks || (inquires && !hopes)
        })
        .map(|h| doc.sentences()[h.sentence()].span)
}

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let (message, insert) = match cx.kind() {
        CallScript => (
            "The script never asks where the hiring decision stands.",
            " Could you tell me where things stand with the hiring decision?",
        ),
        _ => (
            "The follow-up never asks about the status, timeline or next steps.",
            " Could you share an update on the hiring timeline?",
        ),
    };
    out.push(missing_sentence(
        cx.doc(),
        message,
        "Ask about the timeline",
        insert,
    ));
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::FollowUp;
    use crate::testing::{assert_accepts, assert_flags};

    const RULE: &str = "missing-timeline-inquiry";

    #[test]
    fn flags_hoping_to_hear_without_asking() {
        for text in [
            "I look forward to hearing from you regarding the next steps.",
            "I understand you're likely making a decision soon.",
            "I am writing to follow up on my interview on Tuesday.",
        ] {
            assert_flags(RULE, FollowUp, text);
        }
    }

    #[test]
    fn ignores_questions_and_requests_in_many_wordings() {
        for text in [
            "Do you know generally when a decision might be made?",
            "I’m also curious if you can give me a sense of our next steps in the process.",
            "Please let me know if there are any updates regarding my application.",
            "I wanted to check on the status of the hiring process.",
            "If the timeline has changed, please let me know.",
        ] {
            assert_accepts(RULE, FollowUp, text);
        }
    }
}
