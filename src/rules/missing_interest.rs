//! `missing-interest`: no statement of continued interest in the role or company.

use crate::diagnostic::{Category, Level, Levels, Span};
use crate::draft::MessageKind;
use crate::draft::MessageKind::{CallScript, FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{
    Criterion, Evidence, Example, Gate, Rule, RuleContext, RuleKind, TextRule, missing_sentence,
};
use crate::text::Part;
use crate::text::lexicon::{cue, scope};

pub(crate) const RULE: Rule = Rule {
    id: "missing-interest",
    category: Category::Content,
    summary: "Flags a message that never says the writer is still interested in or excited about the role.",
    why: "Restating your interest is what turns a courtesy into a signal; \"I look forward to \
          hearing from you\" is polite but tells the reader nothing about how much you want the job.",
    help: "Say plainly that you want the role: \"I remain very interested in the analyst position \
           and excited about joining your team.\"",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Error).with(MessageKind::CallScript, Level::Warning),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(
                ThankYou,
                "Dear Ms. Park,\n\nThank you for meeting with me today. I look forward to hearing from \
                 you.\n\nBest regards,\nLeo Grant",
            ),
            Example::new(
                FollowUp,
                "Hi Tom,\n\nI wanted to follow up on my interview last week and see if there is any \
                 update.\n\nBest,\nNadia",
            ),
        ],
        accepted: &[
            Example::new(
                ThankYou,
                "Thank you for your time today. I'm very interested in the role.",
            ),
            Example::new(
                FollowUp,
                "I remain excited about the opportunity to join the design team.",
            ),
            Example::new(
                ThankYou,
                "Our talk made me even more eager to contribute to the launch.",
            ),
            Example::new(
                CallScript,
                "I'm still very interested in the position and would love to hear where things stand.",
            ),
            Example::new(
                ThankYou,
                "I look forward to the possibility of working together.",
            ),
        ],
        phrases: &[
            (
                INTEREST,
                &[
                    "interested in",
                    "still interested",
                    "remain interested",
                    "very interested",
                    "really interested",
                    "extremely interested",
                    "highly interested",
                    "truly interested",
                    "genuinely interested",
                    "continued interest",
                    "continuing interest",
                    "strong interest",
                    "keen interest",
                    "sincere interest",
                    "great interest",
                    "my interest",
                    "excited",
                    "excitement",
                    "exciting opportunity",
                    "enthusiastic",
                    "enthusiasm",
                    "thrilled",
                    "eager to join",
                    "eager to contribute",
                    "eager to start",
                    "eager to get started",
                    "eager to work",
                    "eager to bring",
                    "eager to help",
                    "eager to be part",
                    "eager for the opportunity",
                    "keen to join",
                    "keen to contribute",
                    "keen to work",
                    "keen on",
                    "keen about",
                    "remain keen",
                    "still keen",
                    "very keen",
                    "really keen",
                    "keen to be part",
                    "keen to get started",
                    "keen to start",
                    "love to help",
                    "love to contribute",
                    "love to bring",
                    "love to support",
                    "keep me in mind",
                    "kept in mind",
                    "consider me for future",
                    "delighted to join",
                    "would be delighted",
                    "honored to join",
                    "honoured to join",
                    "want this role",
                    "want this job",
                    "want this position",
                    "exactly what i'm looking for",
                    "exactly what i am looking for",
                    "perfect fit for me",
                    "great fit for me",
                    "great match for me",
                    "desire to work",
                    "desire to join",
                    "desire to be part",
                    "desire to contribute",
                    "strong desire",
                    "love to join",
                    "love to work",
                    "love to be part",
                    "love the opportunity",
                    "love the chance",
                    "welcome the opportunity",
                    "welcome the chance",
                    "want to work",
                    "want to join",
                    "want to be part",
                    "want to serve",
                    "hope to work",
                    "hope to join",
                    "hope to be part",
                    "hope to possibly work",
                    "hope i get the job",
                    "hope to get the job",
                    "great place to work",
                    "great company to work for",
                    "excellent place to work",
                    "dream job",
                    "dream role",
                    "can't wait to",
                    "cannot wait to",
                ],
            ),
            (FORWARD, &["look forward to", "looking forward to"]),
            (THE_JOB, FORWARD_TO_THE_JOB),
            (
                A_REPLY,
                &["hearing", "receiving", "your", "next", "an", "any"],
            ),
            (EAGER, EAGER_WORDS),
            (JOIN, JOIN_VERBS),
            (JOB, JOB_NOUNS),
        ],
        evidence: Some(Evidence::new(Criterion::Interest, evidence)),
        check,
    }),
};

/// An explicit statement of interest or enthusiasm.
const INTEREST: u8 = 0;
/// "look forward to", which counts only when what follows is the job itself.
const FORWARD: u8 = 1;
/// What "look forward to" must be followed by to state interest ([`FORWARD_TO_THE_JOB`]).
const THE_JOB: u8 = 64;
/// What "look forward to" is followed by when it awaits a reply, not the job.
const A_REPLY: u8 = 65;

/// A word of eagerness ([`EAGER_WORDS`]).
const EAGER: u8 = 66;
/// What the writer is eager to do ([`JOIN_VERBS`]).
const JOIN: u8 = 67;
/// What the writer is eager about ([`JOB_NOUNS`]).
const JOB: u8 = 68;

/// Words of eagerness, which state interest when aimed at the job: "motivated to join",
/// "passionate about the role".
const EAGER_WORDS: &[&str] = &[
    "eager",
    "keen",
    "motivated",
    "excited",
    "enthusiastic",
    "passionate",
    "delighted",
    "thrilled",
    "interested",
    "drawn",
    "attracted",
    "committed",
    "determined",
];

/// What one is eager to do in a job: "to join", "to contribute".
const JOIN_VERBS: &[&str] = &[
    "join",
    "work",
    "contribute",
    "start",
    "begin",
    "be",
    "bring",
    "help",
    "support",
    "grow",
    "take",
    "get",
    "become",
    "continue",
    "move",
    "pursue",
];

/// What one is eager about: the job, the team, the company.
const JOB_NOUNS: &[&str] = &[
    "role",
    "position",
    "job",
    "opportunity",
    "team",
    "company",
    "chance",
    "prospect",
    "post",
    "work",
    "organisation",
    "organization",
    "mission",
    "department",
    "firm",
    "group",
    "possibility",
];

/// True if the eager word `w` is aimed at the job: "motivated to join", "keen about the
/// role", "drawn to your team" — not "excited to hear back" (a reply).
fn aimed_at_job(cx: &RuleContext<'_, '_>, w: usize) -> bool {
    let doc = cx.doc();
    let Some(s) = doc.sentence_of(w) else {
        return false;
    };
    let end = doc.sentences()[s].words().end;
    let mut v = w + 1;
    // "highly motivated", "very much interested": adverbs come before; after the word
    // only "about", "for", "to", "by" or "in" lead on.
    let link = doc.word_norm(v);
    if !matches!(link, "to" | "about" | "for" | "by" | "in" | "at") {
        return false;
    }
    v += 1;
    if link == "to" && cx.tag_at(JOIN, v) {
        return true;
    }
    // "about the role", "by your team's work", "to Dijkstra Shipping".
    (v..(v + 4).min(end)).any(|x| {
        cx.tag_at(JOB, x) || (doc.words()[x].is_capitalized() && !doc.word_is(x, cue::PRONOUN_I))
    })
}

/// What "look forward to" must be followed by to state interest ("working together").
const FORWARD_TO_THE_JOB: &[&str] = &[
    "working",
    "joining",
    "contributing",
    "part",
    "possibility",
    "potentially",
    "possibly",
    "collaborating",
    "helping",
    "bringing",
    "starting",
    "opportunity",
    "chance",
    "applying",
];

/// The first sentence that states interest in the role or company.
fn evidence(cx: &RuleContext<'_, '_>) -> Option<Span> {
    let doc = cx.doc();
    cx.hits()
        .iter()
        .find(|h| {
            let s = &doc.sentences()[h.sentence()];
            if !matches!(s.part, Part::Body | Part::Closing) || doc.in_quotation(h.first_word()) {
                return false;
            }
            // "I'm no longer interested", "not excited about the commute".
            if doc.is_negated(h.first_word(), scope::PHRASE) {
                return false;
            }
            // "if you are interested in my portfolio" speaks of the reader.
            let about_reader = doc
                .previous_words(h.first_word(), 3)
                .take_while(|(_, w)| !matches!(*w, "i" | "i'm" | "am"))
                .any(|(_, w)| matches!(w, "you" | "you're" | "your" | "they" | "they're"));
            if about_reader {
                return false;
            }
            match h.tag() {
                // "look forward to working together", not "to hearing from you".
                FORWARD => {
                    !cx.tag_at(A_REPLY, h.end_word())
                        && doc
                            .next_words(h.end_word(), 5)
                            .any(|(w, _)| cx.tag_at(THE_JOB, w))
                }
                INTEREST => true,
                _ => false,
            }
        })
        .map(|h| doc.sentences()[h.sentence()].span)
        .or_else(|| {
            // "I am highly motivated to join Dijkstra Shipping."
            doc.body_sentences()
                .find(|&(i, s)| {
                    doc.is_first_person(i)
                        && s.words().any(|w| {
                            cx.tag_at(EAGER, w)
                                && !doc.is_negated(w, scope::PHRASE)
                                && aimed_at_job(cx, w)
                        })
                })
                .map(|(_, s)| s.span)
        })
}

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    let role = cx.context().role.as_deref().unwrap_or("[role]");
    let company = cx.context().company.as_deref().unwrap_or("[company]");
    let insert = match cx.kind() {
        ThankYou => format!(
            " Our conversation made me even more excited about the {role} position at {company}."
        ),
        _ => format!(" I remain very interested in the {role} position."),
    };
    out.push(missing_sentence(
        doc,
        "The message never says you are still interested in the role.",
        "Add a sentence restating your interest",
        &insert,
    ));
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::{FollowUp, ThankYou};
    use crate::testing::{assert_accepts, assert_flags};

    const RULE: &str = "missing-interest";

    #[test]
    fn flags_looking_forward_to_hearing_back_alone() {
        for text in [
            "Thank you for your time. I look forward to hearing from you.",
            "Thanks for the interview. I am looking forward to next steps.",
            "I really enjoyed our conversation and would appreciate any update.",
        ] {
            assert_flags(RULE, ThankYou, text);
        }
    }

    #[test]
    fn ignores_interest_in_many_wordings() {
        for text in [
            "I am very much interested in the position.",
            "The visit strengthened my desire to work for your organisation.",
            "I would very much look forward to working with your team.",
            "I’m excited to learn more.",
            "Our conversation reinforced my enthusiasm for this opportunity.",
            "I still have a strong desire to sell your products.",
            "I remain very interested in the opportunity.",
        ] {
            assert_accepts(RULE, FollowUp, text);
        }
    }

    #[test]
    fn flags_interest_attributed_to_the_reader_or_negated() {
        assert_flags(
            RULE,
            FollowUp,
            "If you are interested in my portfolio, I can send it.",
        );
        assert_flags(
            RULE,
            FollowUp,
            "Honestly I am no longer interested in the role.",
        );
    }

    #[test]
    fn eagerness_counts_only_when_aimed_at_the_job() {
        for text in [
            "I am highly motivated to join Brightwater Freight.",
            "Honestly, I'm pretty passionate about the role you described.",
            "after our talk i feel really drawn to your team",
        ] {
            assert_accepts(RULE, FollowUp, text);
        }
        for text in [
            "I am motivated by deadlines and clear goals.",
            "I was not motivated to join the call early.",
            "We were keen to hear how the match went.",
        ] {
            assert_flags(RULE, FollowUp, text);
        }
    }
}
