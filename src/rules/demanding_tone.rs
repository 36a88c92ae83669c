//! `demanding-tone`: demanding or aggressive wording.
//!
//! A demand is a directive aimed at the reader without the softening a request has
//! ("could you", "when you have a chance", "if possible"). The frames:
//!
//! - a deadline set for the reader's answer ("by Friday", "within 48 hours", "today"),
//!   unless it is the writer's own deadline told as news, or softened;
//! - an imperative to answer ("Reply today", "Tell me where things stand"), bare or
//!   urgent;
//! - a stated need, expectation or requirement of the reader ("I need an answer",
//!   "I expect a response", "you need to call me back"), not a polite question ("When
//!   could I expect to hear back?") nor a condition ("if you need to reach me");
//! - an ultimatum ("otherwise I will accept another offer"), pressure or guilt ("it isn't
//!   fair to leave me hanging"), or arrogance ("you won't find anyone better").

use crate::diagnostic::{Category, Level, Levels};
use crate::draft::MessageKind::{CallScript, FollowUp};
use crate::rule::Findings;
use crate::rule::{Example, Found, Gate, Rule, RuleContext, RuleKind, Sent, TextRule, flag_frames};
use crate::text::lexicon::{cue, scope};

pub(crate) const RULE: Rule = Rule {
    id: "demanding-tone",
    category: Category::Tone,
    summary: "Flags demanding or aggressive wording: deadlines set for the reader, bare orders to reply, stated needs of an answer, ultimatums and pressure.",
    why: "A hiring manager owes you courtesy, not a deadline; pressure makes you the \
          candidate who will be difficult to work with, and a decision forced is rarely yes.",
    help: "Ask instead of telling: \"Could you share an update on the timeline when you have a \
           moment?\"; if another offer sets you a deadline, say so and ask politely.",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Error),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(
                FollowUp,
                "I expect an answer by Friday, otherwise I will accept another offer.",
            ),
            Example::new(CallScript, "So you need to call me back when you get this."),
            Example::new(FollowUp, "Why don't you just HIRE ME already?!?"),
            Example::new(FollowUp, "Send me your decision within 48 hours."),
            Example::new(
                FollowUp,
                "I require written confirmation of the next steps by end of day.",
            ),
        ],
        accepted: &[
            Example::new(FollowUp, "If you need to reach me, my number is below."),
            Example::new(
                FollowUp,
                "I have received another offer and need to reply by Friday, but your team is my first choice.",
            ),
            Example::new(
                FollowUp,
                "I will be available for another hour and hope to hear from you by then.",
            ),
            Example::new(
                FollowUp,
                "When could I expect to hear back about next steps?",
            ),
            Example::new(
                FollowUp,
                "Please let me know if you need anything else from me before Friday.",
            ),
            Example::new(
                FollowUp,
                "I expect to finish my certification in May, which suits your timeline.",
            ),
        ],
        phrases: &[
            (DEADLINE, DEADLINE_WORDS),
            (INSULT, INSULT_WORDS),
            (TURN, TURN_WORDS),
            (URGENT, URGENT_WORDS),
            (DESERVE, &["deserve", "deserved", "deserves"]),
            (DIRECTIVE, DIRECTIVE_WORDS),
            (NEED, NEED_WORDS),
            (OBLIGE, OBLIGE_PHRASES),
            (ULTIMATUM, ULTIMATUM_PHRASES),
            (PRESSURE, PRESSURE_PHRASES),
            (ARROGANCE, ARROGANCE_PHRASES),
            (REPORTING, REPORTING_WORDS),
            (MY_DEADLINE, MY_DEADLINE_PHRASES),
            (OFFER_HELP, OFFER_HELP_PHRASES),
            (INFORMING, INFORMING_PHRASES),
            (AGGRESSION, AGGRESSION_PHRASES),
        ],
        evidence: None,
        check,
    }),
};

/// Introduces a deadline: "by", "within", "before", "until".
const DEADLINE: u8 = 64;
/// An insult ([`INSULT_WORDS`]).
const INSULT: u8 = 68;
/// A turn to what the writer will do otherwise: "otherwise", "or", "else", "before".
const TURN: u8 = 69;
/// Haste ([`URGENT_WORDS`]); "delay" and "once" only after "without" and "at".
const URGENT: u8 = 70;
/// Entitlement: "deserve".
const DESERVE: u8 = 71;

/// Insults, aggressive at the reader whatever else the sentence does.
const INSULT_WORDS: &[&str] = &[
    "idiot",
    "idiots",
    "moron",
    "morons",
    "clowns",
    "fools",
    "pathetic",
    "disgrace",
    "incompetent",
    "liars",
];

const TURN_WORDS: &[&str] = &["otherwise", "or", "else", "before"];

const URGENT_WORDS: &[&str] = &[
    "immediate",
    "immediately",
    "urgent",
    "urgently",
    "promptly",
    "asap",
    "forthwith",
    "delay",
    "once",
];
/// A verb that orders an answer when it opens a sentence: "reply", "tell", "decide".
const DIRECTIVE: u8 = 65;
/// Needing or expecting: "need", "expect", "require", "demand".
const NEED: u8 = 66;
/// Obliging the reader: "you need to", "you must", "you have to".
const OBLIGE: u8 = 0;
/// An ultimatum: "otherwise I will", "or I'll".
const ULTIMATUM: u8 = 1;
/// Pressure or guilt: "not fair to leave me", "I've turned down".
const PRESSURE: u8 = 2;
/// Arrogance: "you won't find anyone better", "I am the one candidate".
const ARROGANCE: u8 = 3;
/// A verb after "you should" that reports rather than demands: "you should have received".
const REPORTING: u8 = 67;
/// The writer's own deadline, told as news: "I have until", "need to reply by".
const MY_DEADLINE: u8 = 4;
/// An offer of help, which is not an order: "let me know if you need".
const OFFER_HELP: u8 = 5;
/// Telling, which uses the words of a demand: "I want you to know".
const INFORMING: u8 = 6;
/// Open hostility toward the reader: "shame on you", "no desire to work for you".
const AGGRESSION: u8 = 7;

const AGGRESSION_PHRASES: &[&str] = &[
    "shame on you",
    "no desire to work",
    "would never work for",
    "never want to work for",
    "don't want to work for",
    "do not want to work for",
    "you people",
    "screw you",
    "to hell with",
    "good riddance",
    "how dare you",
    "your loss",
];

const INFORMING_PHRASES: &[&str] = &[
    "want you to know",
    "wanted you to know",
    "want to let you know",
    "wanted to let you know",
    "need you to know",
    "want you to understand",
];

const DEADLINE_WORDS: &[&str] = &["by", "within", "before", "until", "till"];

const DIRECTIVE_WORDS: &[&str] = &[
    "reply", "respond", "answer", "decide", "confirm", "tell", "send", "give", "call", "ring",
    "email", "contact", "update", "inform", "hurry", "remove", "hire", "explain", "get", "make",
    "let",
];

const NEED_WORDS: &[&str] = &[
    "need+", "expect+", "require+", "demand+", "want", "insist+", "must", "deserve+",
];

const OBLIGE_PHRASES: &[&str] = &[
    "you need to",
    "you needed to",
    "you must",
    "you have to",
    "you've got to",
    "you ought to",
    "you should",
    "you'd better",
    "you had better",
    "you will need to",
    "i insist",
    "i demand",
    "i want someone",
    "i want an answer",
    "i want a response",
    "i want a decision",
    "i want to know now",
];

const ULTIMATUM_PHRASES: &[&str] = &[
    "otherwise i will accept",
    "otherwise i'll accept",
    "otherwise i will withdraw",
    "otherwise i'll withdraw",
    "otherwise i will assume",
    "otherwise i'll assume",
    "otherwise i will take",
    "otherwise i'll take",
    "otherwise i will have to",
    "otherwise i'll have to",
    "otherwise i will go",
    "otherwise i'll go",
    "otherwise i will pursue",
    "or i will accept",
    "or i'll accept",
    "or i will withdraw",
    "or i'll withdraw",
    "or i will assume",
    "or i'll assume",
    "or i will take",
    "or i'll take",
    "or i will go",
    "or i'll go",
    "or i will have to",
    "or i'll have to",
    "or else",
    "i will be sure to mention",
    "i'll be sure to mention",
    "i will mention this",
    "i'll mention this",
    "leave a review",
    "glassdoor",
    "tell everyone",
    "report this",
    "escalate this",
    "your ceo",
    "your boss know",
    "your manager know",
    "i will have no choice",
    "i'll have no choice",
    "i will assume",
    "i'll assume",
    "i will withdraw",
    "i'll withdraw",
    "i will take my",
    "i'll take my",
    "i will go elsewhere",
    "i'll go elsewhere",
    "withdraw my application",
    "withdraw my candidacy",
    "pull my application",
    "take my application elsewhere",
    "look elsewhere",
    "i will move on",
    "i'll move on",
    "last chance",
    "final chance",
    "final warning",
    "this is your last",
];

const PRESSURE_PHRASES: &[&str] = &[
    "not fair to leave me",
    "isn't fair to leave me",
    "it's not fair to",
    "it isn't fair to",
    "don't think it's fair",
    "leave me hanging",
    "keep me hanging",
    "i've turned down",
    "i have turned down",
    "i turned down",
    "i've put my life on hold",
    "on hold for you",
    "you owe me",
    "i deserve an answer",
    "i deserve a response",
    "i deserve to know",
    "the least you can do",
    "the least you could do",
    "i'm not going to wait",
    "i won't wait",
    "i will not wait",
    "i can't wait any longer",
    "cannot wait any longer",
    "lost all faith",
    "after all i've done",
    "after all i have done",
    "after everything i",
    "after all the effort",
    "after all the time",
    "i cancelled",
    "i canceled",
    "i rearranged",
    "i took a day off",
    "i took time off",
    "i took leave",
    "remove my resume",
    "remove my application",
];

const ARROGANCE_PHRASES: &[&str] = &[
    "ready to get started",
    "when do i start",
    "when can i start",
    "see you on monday",
    "see you monday",
    "i'm perfect for",
    "i am perfect for",
    "you'll agree",
    "you will agree",
    "you'll have to agree",
    "over qualified",
    "overqualified",
    "i know i'm the",
    "i know i am the",
    "best candidate you",
    "best person for",
    "i am the one candidate",
    "i'm the one candidate",
    "the only candidate",
    "you won't find anyone better",
    "you will not find anyone better",
    "you won't find a better",
    "you'd be a fool",
    "you would be a fool",
    "you'd be crazy",
    "you would be crazy",
    "you'd be mad",
    "your loss",
    "i tell you",
    "hire me already",
    "just hire me",
    "hire me now",
    "perfect for that job",
];

const REPORTING_WORDS: &[&str] = &["have", "receive", "find", "see", "know", "feel", "expect"];

const MY_DEADLINE_PHRASES: &[&str] = &[
    "i have until",
    "i've got until",
    "i need to reply",
    "need to reply by",
    "need to respond",
    "need to give them",
    "need to get back to",
    "need to decide",
    "need to make a decision",
    "must reply",
    "must respond",
    "must decide",
    "to respond to",
    "to reply to",
    "another offer",
    "other offer",
    "competing offer",
    "i will be available",
    "i'll be available",
    "i am available",
    "i'm available",
];

const OFFER_HELP_PHRASES: &[&str] = &[
    "if you need",
    "if you have",
    "if there is anything",
    "if there's anything",
    "should you need",
    "should you have",
    "anything else",
    "any questions",
    "any further information",
    "any more information",
    "any other information",
    "happy to",
    "glad to",
];

/// True if the sentence softens what it asks: "could you", "when you have a chance",
/// "I'd appreciate", "I hope" ("feel free … by tomorrow noon" softens nothing).
fn softened(sent: &Sent<'_, '_, '_>) -> bool {
    sent.cx
        .doc()
        .lexicon_hits_in(sent.s, cue::SOFTENER)
        .any(|h| !matches!(sent.norm(h.first_word()), "feel" | "whenever" | "no"))
        || sent.words.clone().any(|w| {
            matches!(
                sent.norm(w),
                "hope" | "hoping" | "appreciate" | "grateful" | "kindly"
            )
        })
}

/// The deadline in the sentence: "by Friday", "within 48 hours", "today".
fn deadline(sent: &Sent<'_, '_, '_>) -> Option<std::ops::Range<usize>> {
    let cx = sent.cx;
    let doc = cx.doc();
    for w in sent.all(DEADLINE) {
        let end = (w + 4).min(sent.words.end);
        let point = (w + 1..end).find(|&v| {
            doc.word_is(v, cue::TIME_POINT)
                || doc.word_is(v, cue::TIME_UNIT)
                || doc.words()[v].has_digit()
                || doc
                    .lexicon_hits_in(sent.s, cue::TIME_POINT_PHRASE)
                    .any(|h| h.first_word() == v)
        });
        if let Some(v) = point {
            return Some(w..v + 1);
        }
    }
    // "reply today", "call me back tonight", "answer asap": urging words right after the
    // answer asked for (not "thank you for your time today").
    sent.shared_all(cue::TIME_POINT)
        .chain(sent.all(URGENT))
        .find(|&w| {
            matches!(
                doc.word_norm(w),
                "today" | "tonight" | "asap" | "immediately" | "now" | "tomorrow"
            ) && w > sent.words.start
                && !lifted(sent, w)
                && (doc.word_is(w - 1, cue::RESPONSE)
                    || matches!(doc.word_norm(w - 1), "me" | "back" | "us" | "decision"))
        })
        .map(|w| w..w + 1)
        .or_else(|| {
            // "an immediate answer", "respond urgently", "reply at once": urgency anywhere
            // with the answer asked for.
            let urgent = sent.all(URGENT).find(|&w| urgency(sent, w));
            urgent
                .filter(|_| sent.shared(cue::RESPONSE).is_some())
                .map(|w| w..w + 1)
        })
}

/// True if word `w` presses for haste: "immediately", "urgently", "asap", "at once",
/// "without (further) delay", "forthwith".
fn urgency(sent: &Sent<'_, '_, '_>, w: usize) -> bool {
    let doc = sent.cx.doc();
    let prev = doc.word_norm(w.saturating_sub(1));
    match doc.word_norm(w) {
        // "thank you for replying so promptly" praises; it does not press.
        // "please do not feel any pressure to reply immediately" lifts the pressure.
        "immediate" | "immediately" | "urgent" | "urgently" | "promptly" | "asap" | "forthwith" => {
            !matches!(prev, "so" | "very" | "how" | "and")
                && sent.shared_phrase(cue::THANK).is_none()
                && sent.shared(cue::THANK).is_none()
                && !lifted(sent, w)
        }
        "delay" => w > sent.words.start && matches!(prev, "without" | "further"),
        "once" => w > sent.words.start && prev == "at",
        _ => false,
    }
}

/// True if the haste at word `w` is waived: "please don't feel any pressure to reply
/// immediately", "no need to answer today".
fn lifted(sent: &Sent<'_, '_, '_>, w: usize) -> bool {
    let doc = sent.cx.doc();
    (w.saturating_sub(8).max(sent.words.start)..w)
        .any(|v| doc.is_negation_word(v) || matches!(doc.word_norm(v), "pressure" | "rush"))
}

/// An ultimatum in the grammar of one: "otherwise I will withdraw", "or I'll take
/// another offer", "before I withdraw", "else I shall assume": a turn to the writer's
/// own next move, which the reader's silence would cause.
fn ultimatum(sent: &Sent<'_, '_, '_>) -> Option<std::ops::Range<usize>> {
    let doc = sent.cx.doc();
    sent.all(TURN).find_map(|w| {
        let mut v = w + 1;
        if !doc.is_pronoun_i(v) {
            return None;
        }
        let future = matches!(doc.word_norm(v), "i'll");
        v += 1;
        let aux = matches!(doc.word_norm(v), "will" | "shall" | "must");
        if aux {
            v += 1;
        }
        if doc.word_norm(v) == "have" && doc.word_norm(v + 1) == "to" {
            v += 2;
        }
        // "before I withdraw" needs no auxiliary; "or I will" does. After "before", only
        // a move away threatens ("before I accept" plans).
        let before = doc.word_norm(w) == "before";
        let timed = before || future || aux;
        let away = matches!(
            doc.word_norm(v),
            "withdraw" | "go" | "move" | "look" | "escalate" | "report" | "complain"
        );
        let threat =
            away || !before && matches!(doc.word_norm(v), "accept" | "assume" | "take" | "pursue");
        (timed && threat && v < sent.words.end).then_some(w..v + 1)
    })
}

/// The reader's answer asked for before word `at` in the same clause: "reply by
/// Friday", "an answer within 48 hours", "let me know by noon" — not "our numbers were
/// back above target within six weeks".
fn answer_asked_before(sent: &Sent<'_, '_, '_>, at: usize) -> bool {
    let doc = sent.cx.doc();
    let from = (sent.words.start..at)
        .rev()
        .find(|&v| doc.gap_before(v + 1).contains([';', ':']) && v + 1 < at)
        .map_or(sent.words.start, |v| v + 1)
        .max(at.saturating_sub(10));
    (from..at).any(|v| doc.word_is(v, cue::RESPONSE) && doc.word_norm(v) != "back")
        || (from..at).any(|v| doc.word_norm(v) == "back" && doc.word_is(v - 1, cue::RESPONSE))
        || doc
            .lexicon_hits_in(sent.s, cue::ASKING)
            .any(|h| h.first_word() >= from && h.first_word() < at)
}

/// True if the deadline at word `at` is not one the writer sets the reader: it is
/// reported from someone ("they've asked for an answer by Friday", "the pack said
/// candidates would hear within ten days"), conditional ("if things don't improve
/// within a week"), a channel ("by phone"), or the writer's own schedule ("I'm on site
/// until 3:30").
fn someone_elses(sent: &Sent<'_, '_, '_>, at: usize) -> bool {
    let doc = sent.cx.doc();
    let before = sent.words.start..at;
    let reported = before.clone().any(|v| {
        matches!(
            doc.word_norm(v),
            "mentioned"
                | "said"
                | "told"
                | "asked"
                | "hoped"
                | "hopes"
                | "expected"
                | "indicated"
                | "noted"
                | "explained"
                | "promised"
                | "stated"
                | "informed"
                | "advised"
                | "they've"
                | "they"
        )
    });
    // "if things don't improve within a week"; "it would be good to know before the
    // second interview" (a wish, not a term).
    let conditional = before.clone().any(|v| {
        matches!(doc.word_norm(v), "if" | "unless" | "whether" | "when")
            || doc.word_norm(v) == "would" && matches!(doc.word_norm(v + 1), "be" | "help" | "love")
    });
    let channel = matches!(
        doc.word_norm(at + 1),
        "phone" | "email" | "e-mail" | "mail" | "post" | "text" | "letter" | "courier" | "hand"
    );
    // The writer's own timing: "I'm usually on site until", "I'll send it by Friday" —
    // not "I need an answer by Friday" nor "I look forward to hearing from you within
    // the week".
    let own = before.clone().rev().take(8).any(|v| doc.is_pronoun_i(v))
        && !before.clone().any(|v| {
            matches!(
                doc.word_norm(v),
                "need"
                    | "needs"
                    | "expect"
                    | "require"
                    | "demand"
                    | "want"
                    | "must"
                    | "like"
                    | "hear"
                    | "hearing"
                    | "receive"
                    | "receiving"
            )
        });
    reported || conditional || channel || own
}

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    flag_frames(cx, out, |sent| {
        let label = "This sounds demanding";
        // Insults and swearing at the reader: aggression, whatever else the sentence does.
        let insult = sent.shared(cue::PROFANITY).or_else(|| sent.own(INSULT));
        if let Some(w) = insult {
            if sent.shared(cue::READER).is_some()
                || sent.shared_phrase(cue::READER_SIDE).is_some()
                || sent.words.len() <= 3
            {
                return Found::new(sent.span(w..w + 1), "This sounds aggressive");
            }
        }
        for tag in [AGGRESSION, ULTIMATUM, PRESSURE, ARROGANCE] {
            if let Some(h) = sent.own_hit(tag) {
                return Found::new(sent.span(h.words()), label);
            }
        }
        if let Some(r) = ultimatum(sent) {
            return Found::new(sent.span(r), label);
        }
        // "Kindly … immediately": haste outweighs the courtesy word.
        let soft = softened(sent) && !sent.all(URGENT).any(|w| urgency(sent, w));
        let offer = sent.own_hit(OFFER_HELP).is_some() || sent.own_hit(INFORMING).is_some();
        // "you need to call me back", not "if you need to reach me" nor "you should have
        // received my portfolio".
        if let Some(h) = sent.own_hit(OBLIGE) {
            let conditional = doc.previous_words(h.first_word(), 3).any(|(_, w)| {
                matches!(w, "if" | "when" | "whenever" | "case" | "should" | "unless")
            });
            let reporting = cx.tag_at(REPORTING, h.end_word());
            if !conditional
                && !reporting
                && !offer
                && !sent.negated(h.first_word(), scope::ADJACENT)
            {
                return Found::new(sent.span(h.words()), label);
            }
        }
        // A deadline for the reader's answer (not one the reader named: "you mentioned a
        // decision by the 15th").
        if let Some(d) = deadline(sent) {
            let mine = sent.own_hit(MY_DEADLINE).is_some()
                || sent.shared_phrase(cue::REPORTED).is_some()
                || someone_elses(sent, d.start);
            if answer_asked_before(sent, d.start) && !soft && !mine && !offer {
                return Found::new(sent.span(d), label);
            }
        }
        // An order to answer, opening the sentence: "Reply today", "Tell me where things
        // stand" (not "Let me know if you need anything", not "Please send the form").
        let first = sent.words.start;
        let opener = if matches!(
            sent.norm(first),
            "please" | "just" | "so" | "now" | "kindly"
        ) {
            first + 1
        } else {
            first
        };
        if opener < sent.words.end && cx.tag_at(DIRECTIVE, opener) && !soft && !offer {
            let please = sent.words.clone().any(|w| sent.norm(w) == "please");
            let urgent = deadline(sent).is_some()
                || sent
                    .words
                    .clone()
                    .any(|w| matches!(sent.norm(w), "already" | "now" | "immediately"));
            let to_me = matches!(sent.norm(opener + 1), "me" | "back" | "us")
                || (opener + 1..sent.words.end).any(|v| doc.word_is(v, cue::RESPONSE));
            let question = sent.question_mark();
            if to_me && !question && (urgent || !please) && sent.norm(opener) != "let" {
                return Found::new(sent.span(opener..opener + 1), label);
            }
            if sent.norm(opener) == "let" && urgent {
                return Found::new(sent.span(opener..opener + 1), label);
            }
        }
        // "If I don't hear back by then, I will…": a condition on the reader's silence.
        let doc2 = doc;
        if let Some(w) = sent.words.clone().find(|&w| doc2.word_norm(w) == "if") {
            let silent = (w + 1..(w + 8).min(sent.words.end)).any(|v| {
                doc2.is_negation_word(v)
                    && (v + 1..(v + 4).min(sent.words.end)).any(|x| {
                        matches!(
                            doc2.word_norm(x),
                            "hear" | "heard" | "receive" | "get" | "reply" | "respond"
                        )
                    })
            });
            let then_i = (w + 3..sent.words.end).any(|v| {
                matches!(doc2.word_norm(v), "i'll" | "i")
                    && matches!(
                        doc2.word_norm(v + 1),
                        "will" | "shall" | "must" | "have" | "would"
                    )
                    || matches!(doc2.word_norm(v), "i'll")
            });
            if silent && then_i {
                return Found::new(sent.span(w..w + 1), label);
            }
        }
        // "I deserve an explanation": entitlement.
        if let Some(w) = sent.own(DESERVE) {
            let by_me = (w.saturating_sub(4).max(sent.words.start)..w).any(|v| doc.is_pronoun_i(v));
            if by_me && !sent.negated(w, scope::ADJACENT) {
                return Found::new(sent.span(w..w + 1), label);
            }
        }
        // "I need an answer", "I expect a response", "I require confirmation": a need of
        // the reader's answer, stated rather than asked.
        if let Some(w) = sent.own(NEED) {
            let by_me = (w.saturating_sub(3).max(sent.words.start)..w)
                .any(|v| doc.is_pronoun_i(v) || sent.norm(v) == "we");
            let of_reader = (w + 1..(w + 7).min(sent.words.end)).any(|v| {
                doc.word_is(v, cue::RESPONSE)
                    || matches!(sent.norm(v), "someone" | "somebody" | "you" | "yours")
            });
            // "When could I expect to hear back?" asks; "I expect to finish" is mine.
            let asks = sent.question_mark() || sent.shared(cue::WH) == Some(first);
            let own_action = matches!(sent.norm(w + 1), "to")
                && !(w + 2..(w + 4).min(sent.words.end)).any(|v| doc.word_is(v, cue::RESPONSE));
            if by_me
                && of_reader
                && !asks
                && !soft
                && !own_action
                && !offer
                && !sent.negated(w, scope::ADJACENT)
            {
                return Found::new(sent.span(w..w + 1), label);
            }
        }
        None
    });
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::FollowUp;
    use crate::testing::{assert_accepts, assert_flags};

    const RULE: &str = "demanding-tone";

    #[test]
    fn flags_deadlines_orders_needs_and_ultimatums() {
        for text in [
            "I need to hear back from you by Thursday.",
            "Remove my resume – I have lost all faith.",
            "I am the one candidate you have been looking for.",
            "I tell you I'm perfect for that job, man.",
            "Please respond by end of day.",
            "Reply today, please.",
            "I need an answer about the role this week.",
            "Tell me whether I got the job.",
        ] {
            assert_flags(RULE, FollowUp, text);
        }
    }

    #[test]
    fn ignores_requests_offers_and_own_deadlines() {
        for text in [
            "Could you let me know the timeline when you have a moment?",
            "Please let me know if there is anything else you need.",
            "You should have received my portfolio on Monday.",
            "I need to reply to another offer by Friday, so I would appreciate knowing your timeline if possible.",
            "Please find my references attached.",
        ] {
            assert_accepts(RULE, FollowUp, text);
        }
    }

    #[test]
    fn flags_haste_and_ultimatums_in_new_wordings() {
        for text in [
            "Kindly send me the result immediately.",
            "I trust I will receive your decision without further delay.",
            "Treat this as my final message before I withdraw my application.",
            "Decide soon or I'll take the other job.",
        ] {
            assert_flags(RULE, FollowUp, text);
        }
    }

    #[test]
    fn ignores_plans_wishes_and_lifted_pressure() {
        for text in [
            "I have a couple of questions before I accept.",
            "Please don't feel any pressure to reply immediately.",
            "Thank you for replying so promptly.",
            "It would be good to hear back before the second interview, if possible.",
            "You can reach me by phone on 0161 496 0000.",
            "Your recruiter said I would hear by Friday, which is perfect.",
            "If the figures don't improve within a month, I escalate to the client.",
        ] {
            assert_accepts(RULE, FollowUp, text);
        }
    }
}
