//! `complaint`: complains about the process, the wait, the interviewer, the company or a
//! former employer.

use crate::diagnostic::{Category, Finding, Level, Levels};
use crate::draft::MessageKind::{FollowUp, ThankYou};
use crate::rule::{Example, Gate, Rule, RuleContext, RuleKind, TextRule, flag_sentences};
use crate::text::Document;
use crate::text::lexicon::scope;

pub(crate) const RULE: Rule = Rule {
    id: "complaint",
    category: Category::Mistake,
    summary: "Flags complaints about the hiring process, the wait, the interviewer, the company or a former employer.",
    why: "However justified, a complaint in a follow-up is remembered longer than anything else \
          in it, and it tells the reader how you would talk about them later.",
    help: "Leave the complaint out; keep the message about your interest and the next step.",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Error),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(
                FollowUp,
                "Honestly, the whole process has been disorganised and nobody told me anything.",
            ),
            Example::new(
                FollowUp,
                "You said you'd get back to me and that was two weeks ago.",
            ),
            Example::new(
                ThankYou,
                "My current boss is toxic, which is why I want to leave.",
            ),
        ],
        accepted: &[
            Example::new(
                FollowUp,
                "I know the hiring process can take time, and I'm happy to wait.",
            ),
            Example::new(
                FollowUp,
                "I was disappointed that I did not get the position, but I very much appreciate your time.",
            ),
            Example::new(
                ThankYou,
                "I was nervous, and my answer on the budget question was awful.",
            ),
        ],
        phrases: &[
            (
                HARSH,
                &[
                    "rude",
                    "rudeness",
                    "unprofessional",
                    "disorganized",
                    "disorganised",
                    "unfair",
                    "ridiculous",
                    "terrible",
                    "awful",
                    "horrible",
                    "horrendous",
                    "disrespectful",
                    "inconsiderate",
                    "incompetent",
                    "incompetence",
                    "idiots",
                    "idiot",
                    "stupid",
                    "morons",
                    "clowns",
                    "unacceptable",
                    "pathetic",
                    "shameful",
                    "disgraceful",
                    "a disgrace",
                    "insulting",
                    "misleading",
                    "misled",
                    "dishonest",
                    "lied to me",
                    "fraudulent",
                    "a joke",
                    "a mess",
                    "chaotic",
                    "sloppy",
                    "poorly organized",
                    "poorly organised",
                    "poorly run",
                    "poorly managed",
                    "waste of time",
                    "waste of my time",
                    "wasted my time",
                    "wasting my time",
                    "hours of my life",
                    "inefficiency",
                    "inefficient",
                    "douchebag",
                    "jerk",
                    "jerks",
                    "toxic",
                    "nightmare",
                    "frustrating",
                    "disappointing",
                    "annoying",
                    "snubbed",
                    "ghosted",
                    "ignored",
                    "brushed off",
                    "bad experience",
                    "worst",
                    "complain",
                    "complaining",
                    "complaint",
                    "fed up",
                    "walking away",
                    "rejection letter",
                ],
            ),
            (
                NEGLECT,
                &[
                    "common courtesy",
                    "professional courtesy",
                    "basic courtesy",
                    "lack of communication",
                    "lack of courtesy",
                    "lack of respect",
                    "lack of professionalism",
                    "lack of transparency",
                    "lack of feedback",
                    "poor communication",
                    "no respect",
                    "no courtesy",
                    "never got back",
                    "never heard back",
                    "never responded",
                    "never replied",
                    "never called",
                    "never followed up",
                    "no one followed up",
                    "nobody followed up",
                    "no one reached out",
                    "nobody reached out",
                    "no one contacted",
                    "nobody contacted",
                    "no one let me know",
                    "nobody let me know",
                    "no one has responded",
                    "no one has replied",
                    "nobody has responded",
                    "more courtesy",
                    "some courtesy",
                    "any courtesy",
                    "expected better",
                    "expected more from",
                    "nobody told",
                    "no one told",
                    "nobody got back",
                    "no one got back",
                    "nobody responded",
                    "no one responded",
                    "nobody replied",
                    "no one replied",
                    "nobody called",
                    "no one called",
                    "nobody bothered",
                    "no one bothered",
                    "didn't even bother",
                    "did not even bother",
                    "couldn't even",
                    "could not even",
                    "not even a",
                    "the least you could",
                    "left in the dark",
                    "kept in the dark",
                    "taking so long",
                    "taking this long",
                    "takes so long",
                    "taken so long",
                    "taking forever",
                    "dragged on",
                    "dragged out",
                    "kept me waiting",
                    "left me hanging",
                    "left hanging",
                    "started late",
                    "minutes late",
                    "hard to find",
                    "you people",
                ],
            ),
            (
                PROMISE,
                &[
                    "you said you'd get back",
                    "you said you would get back",
                    "you said you'd call",
                    "you said you would call",
                    "you said you'd let me know",
                    "you said you would let me know",
                    "you said i would hear",
                    "you said i'd hear",
                    "you promised",
                    "you told me you would",
                    "you told me you'd",
                    "i was told i would",
                    "i was told i'd",
                    "i would have been notified",
                    "i was supposed to hear",
                    "supposed to hear back",
                    "supposed to get back",
                    "should have heard",
                    "should have been notified",
                    "should have gotten back",
                    "should have gotten a",
                    "you'd get back to me",
                ],
            ),
            (
                BARBED,
                &[
                    "i had wished",
                    "i had hoped for better",
                    "i expected better",
                    "i expected more",
                    "far be it",
                    "i can only assume",
                    "i guess no",
                    "i guess you",
                    "must be nice",
                    "thanks for nothing",
                    "shame on",
                    "with all due respect",
                    "your loss",
                    "you made a mistake",
                    "wrong decision",
                    "disagree with your decision",
                    "i was the best candidate",
                    "no desire to work",
                    "would never work for",
                    "don't want to work for",
                    "do not want to work for",
                ],
            ),
            (
                FORMER,
                &[
                    "my current boss",
                    "my former boss",
                    "my previous boss",
                    "my last boss",
                    "my old boss",
                    "my current employer",
                    "my former employer",
                    "my previous employer",
                    "my last employer",
                    "my current manager",
                    "my former manager",
                    "my previous manager",
                    "my current company",
                    "my former company",
                    "my previous company",
                    "my last company",
                    "my old job",
                    "my current job",
                    "my last job",
                    "my previous job",
                ],
            ),
            (
                FORMER_BAD,
                &[
                    "hate",
                    "hated",
                    "micromanages",
                    "micromanaged",
                    "micromanaging",
                    "worst",
                    "bad",
                    "can't stand",
                    "underpaid",
                    "undervalued",
                    "unappreciated",
                    "clueless",
                ],
            ),
            (
                OWN_TROUBLE,
                &[
                    "traffic",
                    "train",
                    "bus",
                    "flight",
                    "weather",
                    "nervous",
                    "nerves",
                    "sick",
                    "i was",
                    "my answer",
                    "my performance",
                ],
            ),
        ],
        evidence: None,
        check,
    }),
};

/// Harsh words about the reader, the process or the company.
const HARSH: u8 = 0;
/// A reported promise the reader did not keep.
const PROMISE: u8 = 1;
/// Neglect: no reply, no courtesy, a long wait.
const NEGLECT: u8 = 6;
/// Barbed or passive-aggressive phrasing.
const BARBED: u8 = 2;
/// A former or current employer.
const FORMER: u8 = 3;
/// What makes talk of a former employer a complaint.
const FORMER_BAD: u8 = 4;
/// The writer's own troubles, which are excuses, not complaints.
const OWN_TROUBLE: u8 = 5;

fn check(cx: &RuleContext<'_, '_>, out: &mut Vec<Finding>) {
    flag_sentences(cx, out, |doc: &Document<'_>, h| {
        let here = |tag: u8| h.sentence_has(tag);
        match h.tag() {
            // Harsh words about one's own traffic or nerves belong to `excuse`.
            HARSH => !here(OWN_TROUBLE) && !doc.is_negated(h.first_word(), scope::CLAUSE),
            PROMISE | BARBED | NEGLECT => {
                !doc.is_negated(h.first_word(), scope::ADJACENT) || h.tag() == NEGLECT
            }
            FORMER => here(FORMER_BAD) || here(HARSH),
            _ => false,
        }
        .then_some("This complains")
    });
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::FollowUp;
    use crate::testing::{assert_accepts, assert_flags};

    const RULE: &str = "complaint";

    #[test]
    fn flags_complaints_about_the_process_and_the_reader() {
        for text in [
            "Why is this taking so long?",
            "You people are idiots.",
            "It is unfair for you to waste three hours of my life.",
            "This is a letter to complain about your company's rude behavior.",
            "I had wished that it had been a more positive message.",
            "After learning what little I have about you, I would have no desire to work for you.",
            "Not even a two-line email to say the role was filled?",
            "I was supposed to hear back last Monday.",
        ] {
            assert_flags(RULE, FollowUp, text);
        }
    }

    #[test]
    fn ignores_patience_and_disappointment() {
        for text in [
            "Of course, I am disappointed because I really enjoyed our conversation.",
            "I understand these processes take time.",
            "The traffic was terrible, so I arrived late.",
            "I did not find the process frustrating at all.",
        ] {
            assert_accepts(RULE, FollowUp, text);
        }
    }
}
