//! `excuse`: excuses one's own performance or conduct.
//!
//! An excuse is an account of one's own failure: the writer (first person, or a
//! subjectless fragment) + a shortfall of their own (arriving late, a missed call, a
//! rambling or unfinished answer, a document not sent, a slow reply) + a cause offered
//! as mitigation: a connective ("because", "as", "due to", "which is why") or a mishap
//! (traffic, a cancelled train, illness, a sick child, a laptop that died, nerves, jet
//! lag). The shortfall and its cause may sit in neighbouring sentences of a paragraph.
//! A reschedule the employer asked for, or a reason for something that is not a
//! shortfall ("I took the course because I wanted to learn"), is no excuse.

use crate::diagnostic::{Category, Level, Levels};
use crate::draft::MessageKind::{CallScript, FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{Example, Found, Gate, Rule, RuleContext, RuleKind, Sent, TextRule, flag_frames};
use crate::text::lexicon::{cue, scope};

pub(crate) const RULE: Rule = Rule {
    id: "excuse",
    category: Category::Mistake,
    summary: "Flags excuses for your own performance or conduct: a shortfall of yours explained by nerves, lateness, traffic, tiredness, illness or a mishap.",
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
                "Sorry I missed your call this morning, my phone had died.",
            ),
            Example::new(
                ThankYou,
                "My answer on forecasting was thin. I had barely slept after a night shift.",
            ),
        ],
        accepted: &[
            Example::new(
                ThankYou,
                "Thank you for moving our interview to Thursday; the new time suits me well.",
            ),
            Example::new(
                FollowUp,
                "I completed the certificate last spring because I wanted to deepen my SQL skills.",
            ),
            Example::new(
                ThankYou,
                "I was a little nervous at first, but I really enjoyed the conversation.",
            ),
            Example::new(FollowUp, "Apologies for the slow reply."),
        ],
        phrases: &[
            (SHORTFALL, SHORTFALL_WORDS),
            (SHORTFALL_PHRASE, SHORTFALL_PHRASES),
            (CAUSE, CAUSE_WORDS),
            (CAUSE_PHRASE, CAUSE_PHRASES),
            (NOT_MINE, NOT_MINE_PHRASES),
        ],
        evidence: None,
        check,
    }),
};

/// A shortfall of the writer's: "late", "missed", "rambled", "forgot".
const SHORTFALL: u8 = 64;
/// A shortfall in several words: "went blank", "ran over", "didn't finish".
const SHORTFALL_PHRASE: u8 = 0;
/// A connective that offers a cause: "because", "due", "since".
const CAUSE: u8 = 65;
/// A cause in several words: "due to", "which is why", "what with".
const CAUSE_PHRASE: u8 = 1;
/// A shortfall that is someone else's doing: "you moved", "at your request".
const NOT_MINE: u8 = 2;

const SHORTFALL_WORDS: &[&str] = &[
    "late",
    "lateness",
    "tardiness",
    "tardy",
    "missed",
    "forgot",
    "forgotten",
    "ramble+",
    "blanked",
    "stumble+",
    "muddled",
    "muddle+",
    "incomplete",
    "unfinished",
    "unprepared",
    "underprepared",
    "flustered",
    "fumbled",
    "botched",
    "overran",
    "sooner",
    "belated",
    "belatedly",
    "delayed",
    "thin",
    "weak",
    "shaky",
    "rusty",
    "garbled",
    "waffled",
    "waffling",
    "rambly",
    "scattered",
    "awkward",
    "struggled",
    "hesitant",
    "hesitantly",
    "hesitation",
    "overdue",
    "rushed",
    "sketchy",
    "patchy",
    "distracted",
    "foggy",
    "groggy",
    "misspelled",
    "misspelt",
    "typo",
    "typos",
];

const SHORTFALL_PHRASES: &[&str] = &[
    "went blank",
    "mind went blank",
    "drew a blank",
    "lost my train of thought",
    "lost my place",
    "lost my way",
    "ran over",
    "ran over time",
    "cut short",
    "cut it short",
    "didn't finish",
    "did not finish",
    "couldn't finish",
    "could not finish",
    "wasn't able to finish",
    "didn't answer",
    "did not answer",
    "couldn't answer",
    "could not answer",
    "couldn't think",
    "could not think",
    "couldn't remember",
    "couldn't recall",
    "didn't explain",
    "didn't mention",
    "didn't send",
    "did not send",
    "haven't sent",
    "have not sent",
    "not sent",
    "not yet sent",
    "couldn't pick up",
    "could not pick up",
    "couldn't join",
    "could not join",
    "couldn't make it",
    "could not make it",
    "couldn't attend",
    "had to cancel",
    "had to reschedule",
    "had to postpone",
    "had to leave early",
    "had to step out",
    "not at my best",
    "not my best",
    "wasn't at my best",
    "was not at my best",
    "wasn't myself",
    "off my game",
    "not on my game",
    "on my a game",
    "messed up",
    "mess up",
    "slipped my mind",
    "could tell how nervous",
    "how nervous i was",
    "so nervous",
    "too nervous",
    "my nerves",
    "the nerves",
    "nerves got",
    "slow reply",
    "slow response",
    "late reply",
    "late response",
    "reply is late",
    "response is late",
    "get back to you sooner",
    "got back to you sooner",
    "replied sooner",
    "responded sooner",
    "turned up late",
    "arrived late",
    "came late",
    "come late",
    "running late",
    "ran late",
    "being late",
    "was late",
    "were late",
    "my late arrival",
    "my arrival",
    "later than i meant",
    "later than i planned",
    "later than i intended",
    "later than i should",
    "later than planned",
    "later than intended",
    "a day late",
    "days late",
    "a day later",
    "my delay",
    "delay in replying",
    "delay in responding",
    "delay in getting back",
    "delay in writing",
    "contributed to my",
    "affected my",
    "impacted my",
    "threw me off",
    "threw me",
    "got the better of me",
    "weighed on me",
    "weighed heavily",
    "not ready",
    "wasn't ready",
    "weren't ready",
    "aren't ready",
    "isn't ready",
    "not as prepared",
    "less prepared",
    "not prepared",
    "wasn't prepared",
    "didn't prepare",
    "did not prepare",
    "didn't have time",
    "did not have time",
    "haven't had time",
    "have not had time",
    "had no time",
    "haven't had a chance",
    "didn't get a chance",
    "couldn't complete",
    "could not complete",
    "didn't complete",
    "late with",
    "behind with",
    "behind on",
    "thinking straight",
    "thinking clearly",
    "couldn't concentrate",
    "could not concentrate",
    "couldn't focus",
    "could not focus",
    "hard to concentrate",
    "hard to focus",
    "on my way",
    "on the way to",
    "no excuse",
    "not an excuse",
    "not making excuses",
    "couldn't get away",
    "could not get away",
    "take your call",
    "couldn't take",
    "could not take",
    "unable to take",
    "unable to join",
    "unable to attend",
    "unable to answer",
    "unable to finish",
    "my mistake",
    "my error",
    "not my strongest",
    "wasn't my strongest",
    "could have been better",
    "could've been better",
    "unable to",
    "wasn't able to",
    "was not able to",
    "weren't able to",
    "failed to",
    "didn't manage to",
    "did not manage to",
    "do myself justice",
    "did myself justice",
    "the delay in",
    "excuse the delay",
];

const CAUSE_WORDS: &[&str] = &[
    "because",
    "cause",
    "cos",
    "cuz",
    "due",
    "owing",
    "attribute",
];

const CAUSE_PHRASES: &[&str] = &[
    "as i",
    "as my",
    "as the",
    "as we",
    "as there",
    "as it",
    "since i was",
    "since i had",
    "since my",
    "due to",
    "owing to",
    "thanks to",
    "caused by",
    "what with",
    "on account of",
    "as a result of",
    "which is why",
    "that's why",
    "that is why",
    "the reason",
    "put it down to",
    "blame it on",
    "i blame",
    "was down to",
    "chalk it up",
    "attribute it",
    "i attribute",
    "led to",
    "resulted in",
    "i was driving",
    "i was in a meeting",
    "i was at work",
    "i was on the",
    "i was away",
    "i was travelling",
    "i was traveling",
    "i was busy",
    "i was out",
    "i've been away",
    "i have been away",
    "i've been travelling",
    "i've been traveling",
    "i've been busy",
    "i have been busy",
    "it's been a",
    "it has been a",
    "in my excitement",
    "in my haste",
    "in my rush",
    "in the rush",
    "in a rush",
    "in a hurry",
    "tied up",
    "held up",
    "stuck in",
    "got caught up",
    "caught up in",
    "came in with",
    "i was waiting",
    "i've been waiting",
    "i had been waiting",
];

const NOT_MINE_PHRASES: &[&str] = &[
    "you moved",
    "you rescheduled",
    "you changed",
    "you cancelled",
    "your colleague",
    "at your request",
    "as you requested",
    "thank you for moving",
    "thank you for rescheduling",
    "thank you for changing",
    "thanks for moving",
    "thanks for rescheduling",
    "for accommodating",
];

/// The writer's shortfall in `sent`, if it has one (and no sign that it is the
/// employer's doing).
fn shortfall(sent: &Sent<'_, '_, '_>) -> Option<std::ops::Range<usize>> {
    if sent.own_hit(NOT_MINE).is_some() {
        return None;
    }
    let doc = sent.cx.doc();
    let found = match sent.own_hit(SHORTFALL_PHRASE) {
        Some(h) => h.words(),
        None => {
            let w = sent.own(SHORTFALL)?;
            // "not late at all", "didn't miss a thing" (a phrase carries its own
            // negation: "didn't finish").
            if sent.negated(w, scope::ADJACENT) {
                return None;
            }
            // A single word needs the writer as its subject or owner close by, in the
            // same clause: "I was late", "my answer was rushed" — not "the number of
            // missed alarm reviews on our floor" or "a late delivery".
            let owner = (w.saturating_sub(8).max(sent.words.start)..w)
                .rev()
                .take_while(|&v| !doc.gap_before(v + 1).contains([',', ';', ':']))
                .any(|v| doc.is_pronoun_i(v) || doc.word_norm(v) == "my");
            if !owner && sent.words.len() > 8 && sent.shared_phrase(cue::APOLOGY).is_none() {
                return None;
            }
            w..w + 1
        }
    };
    // The writer's own: first person, or a fragment without a subject ("Late due to
    // traffic, sorry.").
    let mine = doc.is_first_person(sent.s)
        || sent.shared_phrase(cue::APOLOGY).is_some()
        || sent.words.len() <= 8;
    // Someone else's lateness: "the interviewer was late", "you were late" — a subject
    // in the same clause, not the object of a preposition ("during the interview;
    // nerves got the better of me").
    let theirs = (found.start.saturating_sub(3).max(sent.words.start)..found.start)
        .rev()
        .take_while(|&v| !doc.gap_before(v + 1).contains([';', ',', ':']))
        .any(|v| {
            let subject = doc.word_is(v, cue::READER)
                || doc.word_is(v, cue::HIRING_SIDE)
                || matches!(doc.word_norm(v), "he" | "she" | "they");
            let object = matches!(
                doc.word_norm(v.saturating_sub(1)),
                "during" | "in" | "at" | "after" | "before" | "for" | "of" | "on" | "from"
            ) || matches!(
                doc.word_norm(v.saturating_sub(2)),
                "during" | "in" | "at" | "after" | "before" | "for" | "of" | "on" | "from"
            ) && doc.word_norm(v.saturating_sub(1)) == "the";
            subject && !object
        });
    (mine && !theirs).then_some(found)
}

/// A cause offered in `sent`: a connective or a mishap.
fn cause(sent: &Sent<'_, '_, '_>) -> Option<usize> {
    let doc = sent.cx.doc();
    sent.own_hit(CAUSE_PHRASE)
        .map(|h| h.first_word())
        .or_else(|| sent.own(CAUSE))
        .or_else(|| sent.shared(cue::MISHAP))
        // "my referees were travelling, so I was unable to": the cause comes first and
        // "so" leads to the writer's shortfall.
        .or_else(|| {
            sent.words.clone().find(|&w| {
                doc.word_norm(w) == "so" && doc.is_pronoun_i(w + 1) && w > sent.words.start
            })
        })
}

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    flag_frames(cx, out, |sent| {
        let short = shortfall(sent)?;
        // The cause: in the same sentence, or the next or previous one in the paragraph.
        let paragraph = doc.sentences()[sent.s].paragraph;
        let neighbours = [sent.s.checked_sub(1), Some(sent.s + 1)];
        let cause_here =
            cause(sent).filter(|&w| !short.contains(&w) || doc.word_is(w, cue::MISHAP));
        // Next door, a mishap counts only when it is the writer's ("I had not slept"),
        // not any mention of a family or a phone.
        let cause_near = neighbours.into_iter().flatten().any(|n| {
            doc.sentences()
                .get(n)
                .is_some_and(|x| x.paragraph == paragraph && x.part == doc.sentences()[sent.s].part)
                && cause(&Sent::new(cx, n)).is_some_and(|w| {
                    !doc.word_is(w, cue::MISHAP)
                        || (w.saturating_sub(6)..w + 6).any(|v| {
                            v != w
                                && (doc.is_pronoun_i(v) || matches!(doc.word_norm(v), "my" | "me"))
                                && doc.sentence_of(v) == Some(n)
                        })
                        || doc.sentences()[n].words().len() <= 3
                })
        });
        if cause_here.is_none() && !cause_near {
            return None;
        }
        Found::new(sent.span(short), "This excuses a shortfall of yours")
    });
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::FollowUp;
    use crate::testing::{assert_accepts, assert_flags};

    const RULE: &str = "excuse";

    #[test]
    fn flags_shortfalls_explained_by_a_cause() {
        for text in [
            "I was late because the bus broke down.",
            "Late due to traffic, sorry.",
            "I haven't sent the references yet as my laptop crashed.",
            "Sorry for the slow reply, it has been a hectic week.",
            "My mind went blank on the last question. I had not slept much.",
        ] {
            assert_flags(RULE, FollowUp, text);
        }
    }

    #[test]
    fn ignores_reschedules_reasons_and_bare_apologies() {
        for text in [
            "You moved the interview to Monday because of the holiday, which suits me.",
            "I took the course because I wanted to lead data projects.",
            "I'm nervous but excited about the next round.",
            "The interviewer was late because of a fire drill, and we still covered everything.",
        ] {
            assert_accepts(RULE, FollowUp, text);
        }
    }

    #[test]
    fn flags_inability_with_its_cause() {
        for text in [
            "My landlord cut the power, so I was unable to log in on time.",
            "Owing to a family emergency I wasn't able to finish the task you set.",
            "i didnt do myself justice on the case study, i had barely slept",
        ] {
            assert_flags(RULE, FollowUp, text);
        }
    }

    #[test]
    fn ignores_shortfalls_that_are_not_the_writers() {
        for text in [
            "After the redesign, missed deliveries on our routes fell by a third.",
            "The usual cause is a late shipment, so we now order two days earlier.",
            "I wanted to add one point I didn't get to make. We lost no data in the move.",
        ] {
            assert_accepts(RULE, FollowUp, text);
        }
    }
}
