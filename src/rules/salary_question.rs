//! `salary-question`: asks about pay, benefits or time off before an offer.

use crate::diagnostic::{Category, Finding, Level, Levels};
use crate::draft::MessageKind::{CallScript, FollowUp, ThankYou};
use crate::rule::{Example, Gate, Rule, RuleContext, RuleKind, TextRule};
use crate::text::lexicon::scope;
use crate::text::{Ending, Part};

pub(crate) const RULE: Rule = Rule {
    id: "salary-question",
    category: Category::Mistake,
    summary: "Flags a question or request about salary, pay, benefits, bonus, equity or time off.",
    why: "Raising pay or perks in a thank-you or status message, before any offer, suggests the \
          money matters more than the work and can end the conversation early.",
    help: "Leave pay and benefits until the employer raises them or makes an offer; use this \
           message to restate your interest instead.",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Error),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(
                FollowUp,
                "Could you tell me the salary range for this position?",
            ),
            Example::new(
                ThankYou,
                "Thank you for your time today. I would also like to know more about the benefits \
                 package and bonus structure.",
            ),
            Example::new(
                CallScript,
                "I will need to take two weeks off for vacation in August. Is that okay?",
            ),
            Example::new(
                FollowUp,
                "Why don't you tell me what the range is for this role?",
            ),
        ],
        accepted: &[
            Example::new(
                FollowUp,
                "I'm not asking about salary; I just want to hear about next steps.",
            ),
            Example::new(
                FollowUp,
                "Could you share feedback on my interviewing skills or my salary expectations?",
            ),
            Example::new(
                ThankYou,
                "I enjoyed hearing about the benefits of your new data platform.",
            ),
            Example::new(FollowUp, "I hope the holidays treated you well!"),
            Example::new(
                ThankYou,
                "What are the biggest benefits of the new workflow for the team?",
            ),
        ],
        phrases: &[
            (
                PAY,
                &[
                    "salary",
                    "salaries",
                    "compensation",
                    "pay range",
                    "pay scale",
                    "pay band",
                    "pay rate",
                    "pay grade",
                    "base pay",
                    "starting pay",
                    "wage",
                    "wages",
                    "hourly rate",
                    "remuneration",
                    "pto",
                    "paid time off",
                    "paid leave",
                    "bonus",
                    "bonuses",
                    "signing bonus",
                    "equity",
                    "stock options",
                    "stock option",
                    "rsu",
                    "rsus",
                    "401k",
                    "401 k",
                    "retirement plan",
                    "health insurance",
                    "medical insurance",
                    "dental insurance",
                    "pension",
                    "benefits package",
                    "benefit package",
                    "monetary benefits",
                    "vacation",
                    "vacation days",
                    "sick days",
                    "sick leave",
                    "parental leave",
                    "maternity leave",
                    "paternity leave",
                    "perks",
                    "overtime pay",
                    "relocation package",
                    "budgeted range",
                    "how much does it pay",
                    "how much does the role pay",
                    "how much does the position pay",
                    "how much does the job pay",
                    "how much would i make",
                    "how much will i make",
                    "how much would i earn",
                ],
            ),
            (
                PAY_IF_ASKED,
                &[
                    "benefits",
                    "pay",
                    "range",
                    "time off",
                    "days off",
                    "holidays",
                    "raises",
                    "commission",
                ],
            ),
            (
                OWN,
                &[
                    "salary expectations",
                    "salary expectation",
                    "salary requirements",
                    "salary requirement",
                    "expected salary",
                    "current salary",
                    "salary history",
                    "desired salary",
                ],
            ),
            (
                NEED,
                &[
                    "i will need",
                    "i'll need",
                    "i would need",
                    "i'd need",
                    "i need to take",
                    "i need to have",
                    "i expect",
                    "i require",
                    "i will require",
                ],
            ),
            (RANGE, &["range"]),
        ],
        evidence: None,
        check,
    }),
};

/// Words about pay and benefits that are a salary question whenever asked about.
const PAY: u8 = 0;
/// Words that are about pay only in a direct question ("What are the benefits?").
const PAY_IF_ASKED: u8 = 1;
/// The writer's own figures ("my salary expectations"), which are not a question about theirs.
const OWN: u8 = 2;
/// A stated need ("I will need to take … off"), which asks as plainly as a question.
const NEED: u8 = 3;
/// "range", which is about pay only when a question goes on to it: "what is the range for".
const RANGE: u8 = 64;

fn check(cx: &RuleContext<'_, '_>, out: &mut Vec<Finding>) {
    let doc = cx.doc();
    let mut last_sentence = usize::MAX;
    for h in cx.hits() {
        if !matches!(h.tag(), PAY | PAY_IF_ASKED) || h.sentence() == last_sentence {
            continue;
        }
        let s = h.sentence();
        let sentence = &doc.sentences()[s];
        // Only what the writer asks in the subject or body counts.
        if !matches!(sentence.part, Part::Body | Part::Subject) {
            continue;
        }
        // "my salary expectations" is the writer's figure, not a question about theirs.
        // (An OWN phrase covering this one starts at most two words before it.)
        let own = cx
            .hits_starting_in(h.first_word().saturating_sub(2)..h.first_word() + 1)
            .iter()
            .any(|o| o.tag() == OWN && h.end_word() <= o.end_word());
        // "I'm not asking about salary".
        if own || doc.is_negated(h.first_word(), scope::CLAUSE) {
            continue;
        }
        let asks = sentence.part == Part::Subject || doc.is_question(s) || h.sentence_has(NEED);
        let fires = match h.tag() {
            PAY => asks,
            _ => {
                // Vague words count only in a direct question, and not as "benefits of …".
                let next = doc.word_norm(h.end_word());
                let direct = sentence.ending == Ending::Question;
                if cx.tag_at(RANGE, h.first_word()) {
                    direct && matches!(next, "is" | "for" | "you")
                } else {
                    direct && !matches!(next, "of" | "to" | "that" | "from")
                }
            }
        };
        if fires {
            last_sentence = s;
            let text = doc.sentence_text(sentence);
            out.push(Finding::new(
                sentence.span,
                format!(
                    "This asks about pay or benefits: \"{}\".",
                    crate::text::excerpt(text, 90)
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::FollowUp;
    use crate::testing::{assert_accepts, assert_flags};

    const RULE: &str = "salary-question";

    #[test]
    fn flags_direct_and_indirect_questions() {
        for text in [
            "What is the salary range for this position?",
            "Could you tell me about the compensation package?",
            "I was wondering whether the role offers equity.",
            "Hi, I wanted to ask what the salary range is for this position?",
            "What are the monetary benefits for this position?",
            "Okay, if you tell me what the budgeted range is, I can tell you if we are aligned.",
            "How much PTO do new hires get?",
            "Subject: Question about salary",
        ] {
            assert_flags(RULE, FollowUp, text);
        }
    }

    #[test]
    fn flags_once_per_sentence() {
        assert_flags(
            RULE,
            FollowUp,
            "What is the salary range and may I take away some information on your benefits?",
        );
    }

    #[test]
    fn ignores_mentions_that_ask_nothing() {
        for text in [
            "I know compensation will come up later in the process.",
            "I'm not asking about salary at this stage.",
            "Please let me know if you need my salary requirements.",
            "The benefits of the new platform were clear.",
            "I enjoyed learning about the six-month training program.",
        ] {
            assert_accepts(RULE, FollowUp, text);
        }
    }
}
