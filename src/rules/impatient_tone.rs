//! `impatient-tone`: impatience about the wait.
//!
//! Impatience states the wait as a grievance. The frames:
//!
//! - repetition: how many times the writer has written or called ("this is my third
//!   email", "I've called twice", "yet again", "six unanswered emails");
//! - elapsed time with a sting: "it's been weeks and still nothing", "still haven't
//!   heard", "I've waited two weeks already", "how much longer";
//! - why and where questions about the silence: "why haven't you replied", "where are
//!   you", "what's the holdup", "did I get the job or what";
//! - asking for a decision too soon: "we spoke yesterday, but any news?", "did you
//!   decide yet?", "thought I would hear this week".
//!
//! A neutral mention of the time ("it has been a week since we spoke, so I wanted to
//! follow up") or thanks for patience is not impatience.

use crate::diagnostic::{Category, Level, Levels};
use crate::draft::MessageKind::{CallScript, FollowUp};
use crate::rule::Findings;
use crate::rule::{Example, Found, Gate, Rule, RuleContext, RuleKind, Sent, TextRule, flag_frames};
use crate::text::lexicon::cue;

pub(crate) const RULE: Rule = Rule {
    id: "impatient-tone",
    category: Category::Tone,
    summary: "Flags impatience: how many times you have written, elapsed time stated as a grievance, why-questions about the silence, or asking for news the day after.",
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
            Example::new(
                FollowUp,
                "This is the fourth email I've sent about the role.",
            ),
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
            Example::new(
                FollowUp,
                "Thank you for your patience while I gathered my references.",
            ),
        ],
        phrases: &[
            (REPEATED, REPEATED_PHRASES),
            (CONTACTED, CONTACTED_WORDS),
            (STING, STING_PHRASES),
            (SILENCE_QUESTION, SILENCE_QUESTIONS),
            (TOO_SOON, TOO_SOON_PHRASES),
            (ELAPSED, ELAPSED_PHRASES),
            (ORDINAL, ORDINAL_WORDS),
            (MESSAGE, MESSAGE_WORDS),
            (NEUTRAL, NEUTRAL_PHRASES),
            (RECENT, RECENT_PHRASES),
            (PROMISED, PROMISED_PHRASES),
            (NOT_HEARD, NOT_HEARD_PHRASES),
        ],
        evidence: None,
        check,
    }),
};

/// Repetition stated outright: "yet again", "once again", "again and again".
const REPEATED: u8 = 0;
/// Reaching out: "written", "emailed", "called", "followed".
const CONTACTED: u8 = 64;
/// What turns elapsed time into a grievance: "still nothing", "and no reply".
const STING: u8 = 1;
/// Questions about the silence: "why haven't you", "where are you".
const SILENCE_QUESTION: u8 = 2;
/// Asking too soon: "we spoke yesterday", "did you decide yet".
const TOO_SOON: u8 = 3;
/// Elapsed time: "it's been", "for weeks", "already".
const ELAPSED: u8 = 4;
/// An ordinal count: "second", "third", "fourth".
const ORDINAL: u8 = 65;
/// A message sent: "email", "message", "follow-up", "call".
const MESSAGE: u8 = 66;
/// A neutral purpose for naming the time: "so I wanted to follow up", "I remain
/// interested".
const NEUTRAL: u8 = 5;
/// The interview was very recent: "this morning", "yesterday", "an hour ago".
const RECENT: u8 = 6;
/// A promised answer, reported back: "you said you'd", "I was told".
const PROMISED: u8 = 7;
/// Not having heard back: "haven't heard back", "no word from you".
const NOT_HEARD: u8 = 8;

const NOT_HEARD_PHRASES: &[&str] = &[
    "haven't heard",
    "have not heard",
    "hadn't heard",
    "had not heard",
    "not heard back",
    "not heard from",
    "haven't received a reply",
    "haven't received a response",
    "haven't received any",
    "have not received a reply",
    "have not received a response",
    "have not received any",
    "haven't had a reply",
    "haven't had a response",
    "haven't had any",
    "no word from you",
    "no reply from you",
    "no response from you",
    "not received a reply",
    "not received a response",
    "heard nothing",
    "not a peep",
    "not gotten back",
    "not got back",
    "haven't gotten back",
    "hasn't gotten back",
    "haven't got back",
    "hasn't got back",
    "not replied",
    "haven't replied",
    "hasn't replied",
    "not responded",
    "haven't responded",
    "hasn't responded",
    "not called back",
    "haven't called back",
    "not been in touch",
    "haven't been in touch",
];

const PROMISED_PHRASES: &[&str] = &[
    "you said you'd",
    "you said you would",
    "you said i'd",
    "you said i would",
    "you told me",
    "you promised",
    "i was told",
    "was supposed to",
    "were supposed to",
    "you mentioned you'd",
    "you mentioned you would",
];

const NEUTRAL_PHRASES: &[&str] = &[
    "so i wanted",
    "so i thought",
    "so i would like",
    "so i'd like",
    "i wanted to follow up",
    "i wanted to check in",
    "wanted to touch base",
    "wanted to reach out",
    "i'm writing to",
    "i am writing to",
    "i'm following up",
    "i am following up",
    "i hope",
    "i remain",
    "still interested",
    "still very interested",
    "still keen",
    "still excited",
    "thank you",
    "thanks",
    "i understand",
    "understand that",
    "i appreciate",
    "i know these",
    "i know that",
    "take time",
    "takes time",
];

const RECENT_PHRASES: &[&str] = &[
    "this morning",
    "yesterday",
    "earlier today",
    "an hour ago",
    "a few hours ago",
    "hours ago",
    "last night",
    "this afternoon",
    "just now",
    "only just",
];

const REPEATED_PHRASES: &[&str] = &[
    "yet again",
    "again and again",
    "over and over",
    "time and again",
    "for the second time",
    "for the third time",
    "for the fourth time",
    "for the umpteenth time",
    "more than once",
    "several times",
    "multiple times",
    "many times",
    "repeatedly",
    "unanswered emails",
    "unanswered messages",
    "unanswered calls",
    "without a single reply",
    "without a reply",
    "no reply to any",
];

const CONTACTED_WORDS: &[&str] = &[
    "written",
    "wrote",
    "emailed",
    "mailed",
    "messaged",
    "called",
    "rung",
    "rang",
    "phoned",
    "followed",
    "tried",
    "contacted",
    "reached",
    "left",
    "sent",
    "asked",
    "chased",
    "pinged",
    "texted",
    "write",
];

const STING_PHRASES: &[&str] = &[
    "whatsoever",
    "a single word",
    "a single reply",
    "a single response",
    "yet to hear",
    "yet to receive",
    "yet to get",
    "not a peep",
    "still nothing",
    "still no",
    "still not",
    "still haven't",
    "still have not",
    "still hasn't",
    "still waiting",
    "still no word",
    "still not heard",
    "and nothing",
    "and no reply",
    "and no response",
    "and no word",
    "and no news",
    "and not a word",
    "and still",
    "but nothing",
    "but still",
    "with no reply",
    "with no response",
    "without a word",
    "no word",
    "not a word",
    "nothing yet",
    "nothing so far",
    "only been",
    "already",
    "so long",
    "too long",
    "this long",
    "that long",
    "ages",
    "forever",
    "an eternity",
    "how much longer",
    "how long do",
    "how long will",
    "how long does",
    "any day now",
    "no rush of course",
    "might have received",
    "would have received",
    "might have heard",
    "would have heard",
    "should have received",
    "hoping to have",
    "hoped to have",
    "expected to have",
];

const SILENCE_QUESTIONS: &[&str] = &[
    "why haven't you",
    "why have you not",
    "why hasn't anyone",
    "why has nobody",
    "why has no one",
    "why is nobody",
    "why is no one",
    "why nobody",
    "why no one",
    "why haven't i",
    "why have i not",
    "why is this taking",
    "why is it taking",
    "why the delay",
    "why so long",
    "where are you",
    "what's going on",
    "what is going on",
    "what is happening",
    "what's happening with",
    "what's the holdup",
    "what is the holdup",
    "what's the hold up",
    "what's taking",
    "what is taking",
    "or what",
    "or not",
    "did you receive my",
    "did you get my",
    "did you see my",
    "have you received my",
    "have you seen my",
    "when are you going to",
    "or shall i",
    "or should i",
    "should i just",
    "should i assume",
    "shall i assume",
    "do i assume",
    "when will you",
    "are you ever going",
    "will i ever",
    "am i ever going",
    "anyone there",
    "is anyone there",
    "did i get the job",
    "did i get it",
];

const TOO_SOON_PHRASES: &[&str] = &[
    "spoke yesterday",
    "met yesterday",
    "talked yesterday",
    "spoke this morning",
    "met this morning",
    "interviewed this morning",
    "spoke earlier today",
    "spoke a few hours ago",
    "only yesterday",
    "thought i would hear",
    "thought i'd hear",
    "expected to hear from you",
    "expected to have heard",
    "i was hoping to have heard",
    "i'd have heard by now",
    "would have heard by now",
    "by now",
];

const ELAPSED_PHRASES: &[&str] = &[
    "it's been",
    "it has been",
    "its been",
    "it's now been",
    "it has now been",
    "been waiting",
    "waiting",
    "waited",
    "gone by",
    "have passed",
    "has passed",
    "had passed",
    "weeks passed",
    "days passed",
    "later",
    "on and",
    "now and",
    "weeks now",
    "days now",
    "months now",
];

const ORDINAL_WORDS: &[&str] = &[
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "nth",
    "umpteenth",
    "tenth",
];

const MESSAGE_WORDS: &[&str] = &[
    "email+",
    "message+",
    "follow",
    "followup+",
    "call+",
    "voicemail+",
    "note+",
    "letter+",
    "attempt+",
    "time",
    "try",
    "inquiry",
    "enquiry",
];

/// How many times the writer has reached out, said as a grievance: "my third email",
/// "I've called twice and emailed three times".
fn repetition(sent: &Sent<'_, '_, '_>) -> Option<Found> {
    let cx = sent.cx;
    let doc = cx.doc();
    let label = "This sounds impatient: it counts the messages sent";
    if let Some(h) = sent.own_hit(REPEATED) {
        return Found::new(sent.span(h.words()), label);
    }
    // "my fourth message", "the third time".
    for w in sent.all(ORDINAL) {
        if (w + 1..(w + 3).min(sent.words.end)).any(|v| cx.tag_at(MESSAGE, v)) {
            return Found::new(sent.span(w..w + 2), label);
        }
    }
    // "I've emailed three times now", "called twice and still nothing": a count, with a
    // sting unless it is three or more.
    let sting = || {
        sent.own_hit(STING).is_some()
            || sent.words.clone().any(|w| {
                matches!(
                    doc.word_norm(w),
                    "now" | "already" | "still" | "yet" | "again"
                )
            })
    };
    for w in sent.all(CONTACTED) {
        let count = (w + 1..(w + 5).min(sent.words.end)).find(|&v| {
            matches!(doc.word_norm(v), "twice" | "thrice")
                || ((doc.word_is(v, cue::NUMBER) || doc.words()[v].has_digit())
                    && matches!(
                        doc.word_norm(v + 1),
                        "times" | "emails" | "messages" | "calls" | "voicemails"
                    ))
        });
        if let Some(v) = count {
            let two = matches!(doc.word_norm(v), "twice" | "two" | "2");
            if !two || sting() {
                return Found::new(sent.span(w..v + 1), label);
            }
        }
    }
    None
}

/// A stretch of time named in the sentence: "it's been three weeks", "for a fortnight",
/// "six weeks now".
fn duration(sent: &Sent<'_, '_, '_>) -> Option<usize> {
    let doc = sent.cx.doc();
    sent.shared_all(cue::TIME_UNIT).find(|&w| {
        let before = doc.word_norm(w.saturating_sub(1));
        w > sent.words.start
            && (doc.word_is(w - 1, cue::NUMBER)
                || doc.words()[w - 1].has_digit()
                || matches!(
                    before,
                    "a" | "an" | "few" | "several" | "many" | "couple" | "for" | "over"
                ))
            || matches!(
                doc.word_norm(w),
                "weeks" | "months" | "ages" | "forever" | "fortnight"
            )
    })
}

/// Elapsed time stated as a grievance: the time named, and a sting (still no word,
/// nothing yet, already, a question about it) rather than a neutral purpose ("so I
/// wanted to follow up").
fn elapsed(sent: &Sent<'_, '_, '_>) -> Option<Found> {
    let doc = sent.cx.doc();
    let label = "This sounds impatient about the wait";
    if let Some(sting) = sent.own_hit(STING) {
        let time = sent.own_hit(ELAPSED).is_some()
            || duration(sent).is_some()
            || matches!(doc.word_norm(sting.first_word()), "still");
        // "still waiting" is impatient about an answer, not about a form to be sent.
        let answer = sent.shared(cue::RESPONSE).is_some();
        let owed = answer
            || matches!(
                doc.word_norm(sting.first_word()),
                "and" | "but" | "with" | "nothing"
            )
            || doc.word_norm(sting.first_word()) == "still"
                && (doc.word_norm(sting.first_word() + 1) != "waiting" || sent.words.len() <= 6)
            || sent.question_mark();
        let neutral = sent.own_hit(NEUTRAL).is_some();
        if time && owed && !neutral {
            return Found::new(sent.span(sting.words()), label);
        }
    }
    // The time named, and a grievance in the same breath or the next: "It's been six
    // weeks. Decision?", "a fortnight on, not a peep".
    let w = duration(sent)?;
    let since = sent.own_hit(ELAPSED).is_some();
    if !since || sent.own_hit(NEUTRAL).is_some() {
        return None;
    }
    let grievance = |x: &Sent<'_, '_, '_>| {
        x.own_hit(STING).is_some()
            || x.own_hit(SILENCE_QUESTION).is_some()
            || (x.question_mark() && x.shared(cue::RESPONSE).is_some())
            || x.words
                .clone()
                .any(|v| doc.words()[v].is_all_caps() && x.norm(v).len() > 2)
    };
    let paragraph = doc.sentences()[sent.s].paragraph;
    let next = Some(sent.s + 1)
        .filter(|&n| {
            doc.sentences()
                .get(n)
                .is_some_and(|x| x.paragraph == paragraph)
        })
        .map(|n| Sent::new(sent.cx, n));
    let prev = sent
        .s
        .checked_sub(1)
        .filter(|&n| {
            doc.sentences()
                .get(n)
                .is_some_and(|x| x.paragraph == paragraph)
        })
        .map(|n| Sent::new(sent.cx, n));
    let exclaims = doc.sentences()[sent.s].ending == crate::text::Ending::Exclamation;
    if grievance(sent)
        || exclaims
        || next.is_some_and(|n| grievance(&n))
        || prev.is_some_and(|p| grievance(&p))
    {
        return Found::new(sent.span(w..w + 1), label);
    }
    None
}

/// The writer has not heard back, said as the reason for writing: "I haven't heard
/// from you yet", "since I haven't heard back" (not "I haven't heard yet, and I
/// understand these things take time").
fn unanswered(sent: &Sent<'_, '_, '_>) -> Option<Found> {
    let h = sent.own_hit(NOT_HEARD)?;
    if sent
        .own_hit(NEUTRAL)
        .is_some_and(|n| !matches!(sent.norm(n.first_word()), "so" | "i'm" | "i" | "wanted"))
    {
        return None;
    }
    // "as you suggested, I'm calling": following their own instructions.
    if sent.shared_phrase(cue::REPORTED).is_some()
        || sent.words.clone().any(|w| sent.norm(w) == "suggested")
    {
        return None;
    }
    Found::new(
        sent.span(h.words()),
        "This sounds impatient about the silence",
    )
}

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    flag_frames(cx, out, |sent| {
        if let Some(h) = sent.own_hit(SILENCE_QUESTION) {
            // "Where are you in the hiring process?" asks politely; "or not" and "or
            // what" only sting in a question ("regardless of whether or not I'm hired").
            let polite =
                sent.shared(cue::HIRING_SIDE).is_some() && sent.norm(h.first_word()) == "where";
            // "…, or should I expect a mix of shifts?" offers a choice; "any decision
            // yet, or shall I check back next season?" needles.
            let tail = sent.norm(h.first_word()) == "or"
                && (!sent.question_mark() || sent.shared(cue::RESPONSE).is_none());
            if !polite && !tail {
                return Found::new(
                    sent.span(h.words()),
                    "This sounds impatient about the silence",
                );
            }
        }
        // "You said you'd get back to me on Monday, and it's Tuesday now!"
        if let Some(h) = sent.own_hit(PROMISED) {
            let overdue = sent.words.clone().any(|w| {
                matches!(
                    sent.norm(w),
                    "now" | "already" | "still" | "passed" | "overdue" | "yet"
                )
            });
            if overdue {
                return Found::new(sent.span(h.words()), "This sounds impatient about the wait");
            }
        }
        // "We only spoke this morning, but is there any news?" (not after an offer).
        if let Some(h) = sent
            .own_hit(RECENT)
            .filter(|_| sent.cx.doc().stage() != crate::draft::Stage::OfferReceived)
        {
            let met = sent.words.clone().any(|w| {
                matches!(
                    sent.norm(w),
                    "spoke"
                        | "met"
                        | "talked"
                        | "interviewed"
                        | "chatted"
                        | "interview"
                        | "meeting"
                        | "call"
                )
            });
            let asks = (sent.asks() || sent.question_mark())
                && sent
                    .words
                    .clone()
                    .any(|w| sent.cx.doc().word_is(w, cue::RESPONSE) && w != h.first_word());
            if met && asks && sent.shared_phrase(cue::SOFTENER).is_none() {
                return Found::new(sent.span(h.words()), "This asks for news too soon");
            }
        }
        if let Some(h) = sent.own_hit(TOO_SOON) {
            let asks = sent.asks()
                || sent.shared(cue::RESPONSE).is_some()
                || sent.norm(h.first_word()) == "thought";
            let polite = sent.shared_phrase(cue::SOFTENER).is_some();
            if (asks || sent.question_mark()) && !polite {
                return Found::new(sent.span(h.words()), "This asks for news too soon");
            }
        }
        // "Decision?", "Any news?": the answer demanded in a word or two.
        if sent.question_mark()
            && sent.words.len() <= 2
            && sent
                .words
                .clone()
                .any(|w| sent.cx.doc().word_is(w, cue::RESPONSE))
        {
            return Found::new(
                sent.span(sent.words.clone()),
                "This sounds impatient about the silence",
            );
        }
        // "Did you decide yet?", "Any news yet?": short and bare.
        let yet = sent.words.clone().any(|w| sent.norm(w) == "yet");
        if yet
            && sent.question_mark()
            && sent.words.len() <= 6
            && sent.shared(cue::RESPONSE).is_some()
        {
            return Found::new(sent.span(sent.words.clone()), "This asks for news too soon");
        }
        repetition(sent)
            .or_else(|| elapsed(sent))
            .or_else(|| unanswered(sent))
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
            "Did you decide yet?",
            "I have emailed three times and called twice.",
            "Three weeks now and still nothing.",
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
            "It has been a week since our interview, and I remain very interested.",
        ] {
            assert_accepts(RULE, FollowUp, text);
        }
    }

    #[test]
    fn flags_silence_stressed_by_time() {
        for text in [
            "It has now been four weeks and I have had no reply whatsoever.",
            "A whole month on and I've yet to hear a single word.",
        ] {
            assert_flags(RULE, FollowUp, text);
        }
    }

    #[test]
    fn ignores_paperwork_and_offered_choices() {
        for text in [
            "I'm still waiting for the pension form, and I'll return it the day it comes.",
            "Will the shifts be fixed, or should I expect a rota?",
            "I passed my licence exam last week, and the certificate should arrive within days.",
        ] {
            assert_accepts(RULE, FollowUp, text);
        }
    }
}
