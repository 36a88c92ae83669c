//! `missing-gratitude`: the message never thanks the reader for anything.

use crate::diagnostic::{Category, Level, Levels, Span};
use crate::draft::MessageKind;
use crate::draft::MessageKind::{FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{
    Criterion, Evidence, Example, Gate, Rule, RuleContext, RuleKind, TextRule, missing,
    missing_sentence,
};
use crate::text::lexicon::{cue, scope};
use crate::text::{Document, Part};

pub(crate) const RULE: Rule = Rule {
    id: "missing-gratitude",
    category: Category::Content,
    summary: "Flags a message that never thanks the reader for their time, the interview or the opportunity.",
    why: "Thanking the interviewer is the point of a thank-you note and a courtesy in every \
          follow-up; a bare \"Thanks,\" above your name reads as a reflex, not as gratitude.",
    help: "Thank the reader for something specific: their time, the conversation, the chance to \
           learn about the role.",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Warning)
            .with(MessageKind::ThankYou, Level::Error)
            .with(MessageKind::CallScript, Level::Allow),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(
                ThankYou,
                "Dear Ms. Park,\n\nI enjoyed our conversation about the analytics role and remain \
                 very interested in joining your team.\n\nThanks,\nLeo Grant",
            ),
            Example::new(
                FollowUp,
                "Hi Mr. Chen,\n\nI am following up on my interview last Monday. I would appreciate \
                 any update on the timeline.\n\nBest regards,\nAmara Osei",
            ),
        ],
        accepted: &[
            Example::new(
                ThankYou,
                "Dear Ms. Park,\n\nThank you so much for meeting with me yesterday.\n\nBest,\nLeo Grant",
            ),
            Example::new(
                ThankYou,
                "Hi Sam,\n\nI wanted to thank you for walking me through the data platform.\n\nLeo",
            ),
            Example::new(
                FollowUp,
                "Hello Dr. Ruiz,\n\nI truly appreciated the time you spent with me on Tuesday, and I \
                 would appreciate any news on your decision.\n\nKind regards,\nAmara Osei",
            ),
            Example::new(
                ThankYou,
                "Dear Jo,\n\nI'm grateful for the chance to meet the design team.\n\nWarmly,\nKim",
            ),
        ],
        phrases: &[(IN_ADVANCE, &["in advance", "in anticipation"])],
        evidence: Some(Evidence::new(Criterion::Gratitude, evidence)),
        check,
    }),
};

/// "in advance": thanks for something not yet done.
const IN_ADVANCE: u8 = 0;

/// Returns the span of the first sentence that thanks the reader for something.
pub(crate) fn evidence(cx: &RuleContext<'_, '_>) -> Option<Span> {
    let doc = cx.doc();
    doc.lexicon_hits(&[cue::THANK, cue::GRATEFUL, cue::APPRECIATE])
        .find(|h| {
            let s = &doc.sentences()[h.sentence()];
            if matches!(
                s.part,
                Part::Subject | Part::Greeting | Part::Signature | Part::Header
            ) {
                return false;
            }
            let w = h.first_word();
            if doc.is_negated(w, scope::VERB_GROUP) {
                return false;
            }
            let thanks_for = followed_by_for(doc, h.end_word(), s.words().end)
                && !cx
                    .hits_at(h.end_word())
                    .iter()
                    .any(|a| a.tag() == IN_ADVANCE);
            match h.tag() {
                cue::THANK => {
                    // "thank you for …", "thanks so much for …", or the verb: "I wanted to thank you".
                    thanks_for
                        || (s.part == Part::Body
                            && matches!(
                                doc.word_norm(w.wrapping_sub(1)),
                                "to" | "i" | "we" | "say" | "please"
                            )
                            && !cx.tag_in(IN_ADVANCE, h.sentence()))
                }
                cue::GRATEFUL | cue::APPRECIATE => {
                    if s.part == Part::Closing {
                        return thanks_for;
                    }
                    // "I would appreciate an update" and "would be grateful if" ask; they do not thank.
                    !conditional_before(doc, w, h.sentence())
                        && !matches!(
                            doc.word_norm(w.wrapping_sub(1)),
                            "be" | "been" | "is" | "are" | "was"
                        )
                        && doc.word_norm(h.end_word()) != "if"
                }
                _ => false,
            }
        })
        .map(|h| doc.sentences()[h.sentence()].span)
}

/// True if "for" comes within four words after `from`, before `end`.
fn followed_by_for(doc: &Document<'_>, from: usize, end: usize) -> bool {
    (from..end.min(from + 4)).any(|w| doc.word_norm(w) == "for")
}

/// True if "would", "I'd", "will" or "if" comes within three words before `w`.
fn conditional_before(doc: &Document<'_>, w: usize, sentence: usize) -> bool {
    let first = doc.sentences()[sentence].words().start;
    (first.max(w.saturating_sub(3))..w).any(|v| doc.is_conditional(v))
}

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    let finding = match cx.kind() {
        FollowUp => missing_sentence(
            doc,
            "This follow-up never thanks the reader for their time or consideration.",
            "Add a sentence of thanks",
            "Thank you again for your time and consideration.",
        ),
        _ => {
            let role = cx.context().role.as_deref().unwrap_or("[role]");
            missing(
                doc.body_start(),
                "This note never thanks the interviewer for their time or the interview.",
                "Add a sentence of thanks",
                format!(
                    "Thank you for taking the time to speak with me about the {role} position. "
                ),
            )
        }
    };
    out.push(finding);
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::{FollowUp, ThankYou};
    use crate::testing::{assert_accepts, assert_flags, flagged};

    const RULE: &str = "missing-gratitude";

    #[test]
    fn flags_a_note_whose_only_thanks_is_the_sign_off() {
        assert_flags(
            RULE,
            ThankYou,
            "Hi Ana,\n\nIt was great to meet you today.\n\nThanks,\nRob",
        );
    }

    #[test]
    fn flags_a_request_phrased_with_appreciate() {
        assert_flags(
            RULE,
            FollowUp,
            "Hi Ana,\n\nA status update would be greatly appreciated.\n\nBest,\nRob",
        );
    }

    #[test]
    fn flags_thanks_in_advance() {
        assert_flags(
            RULE,
            FollowUp,
            "Hi Ana,\n\nAny news on the role? Thanks in advance for your reply.\n\nBest,\nRob",
        );
    }

    #[test]
    fn ignores_thanks_with_an_object_in_any_wording() {
        for text in [
            "Thank you for your time today.",
            "Thanks so much for arranging my interview with Andy.",
            "Thank you, Maria, for the tour of the lab.",
            "I really appreciate your insight into the team's plans.",
            "I was especially grateful for your explanation of the project.",
            "I wanted to express my sincere appreciation for the opportunity.",
            "Thank you again for the opportunity to interview.",
            "THANK YOU FOR YOUR TIME.",
        ] {
            assert_accepts(RULE, ThankYou, text);
        }
    }

    #[test]
    fn ignores_a_closing_line_that_thanks_for_time() {
        assert_accepts(
            RULE,
            FollowUp,
            "Hi Ana,\n\nIs there any news on the analyst role?\n\nThanks again for your time,\nRob",
        );
    }

    #[test]
    fn flags_negated_thanks() {
        assert_flags(
            RULE,
            ThankYou,
            "Hi Ana,\n\nI do not appreciate being kept waiting.\n\nRob",
        );
    }

    #[test]
    fn fixes_by_inserting_at_the_body_start() {
        let text = "Hi Ana,\n\nI enjoyed our talk.\n\nBest,\nRob";
        let d = flagged(RULE, ThankYou, text);
        assert_eq!(d.span().map(|s| s.start), text.find("I enjoyed"));
        assert!(d.suggestions[0].edits[0].replacement.contains("[role]"));
    }
}
