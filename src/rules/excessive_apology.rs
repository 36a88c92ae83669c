//! `excessive-apology`: apologising for writing, or more than once.

use crate::diagnostic::{Category, Finding, Level, Levels};
use crate::draft::MessageKind;
use crate::draft::MessageKind::{FollowUp, ThankYou};
use crate::rule::{Example, Gate, Rule, RuleContext, RuleKind, TextRule};
use crate::text::lexicon::scope;
use crate::text::{Part, excerpt};

pub(crate) const RULE: Rule = Rule {
    id: "excessive-apology",
    category: Category::Tone,
    summary: "Flags over-apologising: \"sorry to bother you\", self-reproach, or more than one apology in a message.",
    why: "A follow-up is a normal, expected step; apologising for it, or for yourself, undercuts \
          the confidence the rest of the message is meant to show.",
    help: "Keep at most one brief apology where one is due, and drop apologies for writing at all.",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Warning).with(MessageKind::ThankYou, Level::Info),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(
                FollowUp,
                "Sorry to bother you again, but is there any news?",
            ),
            Example::new(
                ThankYou,
                "I apologize for running late. I am so sorry again for the trouble it caused.",
            ),
            Example::new(
                FollowUp,
                "I take full responsibility for this lapse in judgment.",
            ),
        ],
        accepted: &[
            Example::new(
                FollowUp,
                "I apologize for the inconvenience and completely understand if the new time does not work.",
            ),
            Example::new(FollowUp, "I was sorry to hear the role was put on hold."),
            Example::new(ThankYou, "Thank you for waiting for me."),
        ],
        phrases: &[
            (
                APOLOGY,
                &[
                    "sorry",
                    "apologize",
                    "apologise",
                    "apologies",
                    "apology",
                    "apologizing",
                    "apologising",
                    "forgive me",
                    "pardon me",
                    "my bad",
                ],
            ),
            (
                BOTHER,
                &[
                    "sorry to bother",
                    "sorry to trouble",
                    "sorry to disturb",
                    "sorry to intrude",
                    "sorry to pester",
                    "sorry to bug",
                    "sorry for bothering",
                    "sorry for the bother",
                    "sorry for the intrusion",
                    "sorry for disturbing",
                    "apologize for bothering",
                    "apologise for bothering",
                    "apologize for the intrusion",
                    "apologize for taking your time",
                    "apologize for taking up your time",
                    "sorry to be a pain",
                    "hate to bother",
                    "don't mean to bother",
                    "don't want to bother",
                    "don't mean to pester",
                    "forgive me for bothering",
                    "forgive the intrusion",
                ],
            ),
            (
                SELF_REPROACH,
                &[
                    "take full responsibility",
                    "lapse in judgment",
                    "lapse in judgement",
                    "reflects poorly on",
                    "inexcusable",
                    "i'm an idiot",
                    "i am an idiot",
                    "i am a complete",
                    "i'm a complete",
                    "fuck up",
                    "screw up",
                    "i screwed up",
                    "i messed up",
                    "i feel terrible",
                    "i feel awful",
                    "deeply sorry",
                    "terribly sorry",
                    "so very sorry",
                    "please forgive me",
                    "unforgivable",
                    "no excuse for my",
                    "i'm so stupid",
                    "i am so stupid",
                    "ashamed",
                    "embarrassed",
                ],
            ),
            (
                SYMPATHY,
                &["sorry to hear", "sorry for your loss", "sorry to learn"],
            ),
        ],
        evidence: None,
        check,
    }),
};

/// Any apology.
const APOLOGY: u8 = 0;
/// Apologising for writing at all.
const BOTHER: u8 = 1;
/// Self-reproach beyond an apology.
const SELF_REPROACH: u8 = 2;
/// Sympathy, which is not an apology.
const SYMPATHY: u8 = 3;

fn check(cx: &RuleContext<'_, '_>, out: &mut Vec<Finding>) {
    let doc = cx.doc();
    let body = |s: usize| doc.sentences()[s].part == Part::Body;
    let mut flagged = usize::MAX;
    let mut apologies = 0;
    for h in cx.hits() {
        let s = h.sentence();
        if !body(s) || s == flagged || doc.in_quotation(h.first_word()) {
            continue;
        }
        let sympathy = cx
            .hits_at(h.first_word())
            .iter()
            .any(|y| y.tag() == SYMPATHY);
        let label = match h.tag() {
            BOTHER => Some("This apologises for writing"),
            SELF_REPROACH => Some("This is harder on yourself than it needs to be"),
            APOLOGY if !sympathy && !doc.is_negated(h.first_word(), scope::ADJACENT) => {
                apologies += 1;
                (apologies == 2).then_some("This is a second apology")
            }
            _ => None,
        };
        if let Some(label) = label {
            flagged = s;
            let sentence = &doc.sentences()[s];
            out.push(Finding::new(
                sentence.span,
                format!("{label}: \"{}\".", excerpt(doc.sentence_text(sentence), 90)),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::FollowUp;
    use crate::testing::{assert_accepts, assert_flags, check};

    const RULE: &str = "excessive-apology";

    #[test]
    fn flags_the_second_apology_not_the_first() {
        let text = "Sorry for the late reply. I wanted to check in. Apologies again for the delay.";
        let report = check(FollowUp, text);
        let d: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.rule == RULE)
            .collect();
        assert_eq!(d.len(), 1);
        assert_eq!(
            d[0].span().map(|s| s.slice(text)),
            Some("Apologies again for the delay.")
        );
    }

    #[test]
    fn ignores_sympathy_and_a_single_apology() {
        assert_accepts(
            RULE,
            FollowUp,
            "I'm sorry to hear about the reorganisation. Is there any news?",
        );
        assert_accepts(
            RULE,
            FollowUp,
            "Sorry for the slow reply. Tuesday works for me.",
        );
    }

    #[test]
    fn flags_apologising_for_writing() {
        assert_flags(
            RULE,
            FollowUp,
            "I hate to bother you, but is there any update?",
        );
    }
}
