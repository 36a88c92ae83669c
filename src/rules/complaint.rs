//! `complaint`: complains about the process, the wait, the interviewer, the company or a
//! former employer.
//!
//! A complaint is a breached expectation blamed on someone, not a negative feeling: "I'm
//! sad I didn't get it" is none, "nobody had the courtesy to reply" is one with no
//! negative word in it. The frames:
//!
//! - a judgement (a negative evaluation: "disorganised", "a joke", an insult, a swear
//!   word) aimed at the reader's side (you, your team, the process, the panel) or at
//!   what happened ("it was poor form", "my candidate experience was awful");
//! - a breach: the reader's side did not do what was owed (nobody replied, I was never
//!   told, not even an acknowledgement, I was told one thing and given another), or kept
//!   the writer waiting a stated time;
//! - a rhetorical question ("is it really so hard to…"), sarcasm (thanks for something
//!   bad, "nothing says … like …", scare quotes around the reader's words), or a barbed
//!   remark ("your loss", "with all due respect");
//! - running down a current or former employer.
//!
//! The writer's own performance, mishaps and feelings are left to `excuse` and
//! `excessive-apology`; sympathy ("sorry to hear") and negated judgements ("not at all
//! frustrating") are not complaints.

use crate::diagnostic::{Category, Level, Levels};
use crate::draft::MessageKind::{FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{Example, Found, Gate, Rule, RuleContext, RuleKind, Sent, TextRule, flag_frames};
use crate::text::lexicon::{cue, scope};

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
            Example::new(
                FollowUp,
                "Not one person from your office bothered to acknowledge my application.",
            ),
            Example::new(
                ThankYou,
                "Thanks for keeping me in the lobby for an hour, that was a nice touch.",
            ),
            Example::new(
                FollowUp,
                "Is it really that difficult to send candidates a two-line update?",
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
            Example::new(
                ThankYou,
                "I was sorry to hear that the move to the new warehouse has been so stressful for your team.",
            ),
            Example::new(
                FollowUp,
                "Thank you for rescheduling our call to Thursday; that works well for me.",
            ),
        ],
        phrases: &[
            (GIVE_RESPONSE, GIVE_RESPONSE_WORDS),
            (GOT_NO_RESPONSE, GOT_NO_RESPONSE_PHRASES),
            (NO_RESPONSE, NO_RESPONSE_PHRASES),
            (EXPECTATION, EXPECTATION_PHRASES),
            (PROMISE, PROMISE_PHRASES),
            (RHETORICAL, RHETORICAL_PHRASES),
            (SARCASM, SARCASM_PHRASES),
            (BARBED, BARBED_PHRASES),
            (JUDGEMENT_PHRASE, JUDGEMENT_PHRASES),
            (EMPLOYER, EMPLOYER_WORDS),
            (FORMER, FORMER_WORDS),
            (BAD_BOSS, BAD_BOSS_WORDS),
            (SELF_THING, SELF_THINGS),
            (PRAISE, PRAISE_WORDS),
            (WAITED, WAITED_WORDS),
            (COPULA, COPULAS),
            (WORK_OBJECT, WORK_OBJECTS),
            (FAILURE, FAILURE_WORDS),
            (QUALITY, QUALITY_WORDS),
            (DONE_TO, DONE_TO_WORDS),
            (COURTESY, COURTESY_WORDS),
            (BLAMED, BLAMED_WORDS),
            (FAILURE_PHRASE, FAILURE_PHRASES),
        ],
        evidence: None,
        check,
    }),
};

/// Something the reader's side owed: "reply", "told", "acknowledge", "show up".
const GIVE_RESPONSE: u8 = 64;
/// Something the writer did not get: "never heard back", "no reply".
const GOT_NO_RESPONSE: u8 = 0;
/// Nothing came: "no reply", "no explanation", "not a word".
const NO_RESPONSE: u8 = 1;
/// What it would have been decent to do: "common courtesy", "would have been nice".
const EXPECTATION: u8 = 2;
/// A promise reported back: "you said you'd", "I was told".
const PROMISE: u8 = 3;
/// A rhetorical question: "is it really so hard", "would it kill".
const RHETORICAL: u8 = 4;
/// Sarcasm: "thanks for nothing", "nothing says", "nice touch".
const SARCASM: u8 = 5;
/// A barbed remark: "your loss", "with all due respect".
const BARBED: u8 = 6;
/// A judgement of several words: "a joke", "poor form", "waste of my time".
const JUDGEMENT_PHRASE: u8 = 7;
/// A boss or an employer: "boss", "manager", "employer".
const EMPLOYER: u8 = 65;
/// What makes one the writer's past or present one: "old", "former", "current".
const FORMER: u8 = 66;
/// What makes talk of an employer a complaint: "micromanaged", "hated".
const BAD_BOSS: u8 = 67;
/// The writer's own part in the interview: "answer", "performance".
const SELF_THING: u8 = 68;
/// A word of praise, which sarcasm turns: "great", "lovely", "glad".
const PRAISE: u8 = 69;
/// Waiting: "waited", "sat", "kept".
const WAITED: u8 = 70;
/// A verb that states what something was: "was", "is", "felt", "seemed".
const COPULA: u8 = 71;
/// The work itself, whose problems are a topic, not a complaint: "data", "code".
const WORK_OBJECT: u8 = 72;
/// Something that went wrong by someone's doing: "wrong", "broken", "cancelled".
const FAILURE: u8 = 73;
/// Something that went wrong, in several words: "started late", "kept changing".
const FAILURE_PHRASE: u8 = 8;

const FAILURE_PHRASES: &[&str] = &[
    "not to have read",
    "hadn't read",
    "had not read",
    "didn't read",
    "did not read",
    "hadn't looked at",
    "no idea what",
    "no idea who",
    "checking his phone",
    "checking her phone",
    "checking their phone",
    "on his phone",
    "on her phone",
    "on their phone",
    "started late",
    "began late",
    "ran late",
    "running late",
    "showed up late",
    "turned up late",
    "arrived late",
    "kept changing",
    "keeps changing",
    "kept moving",
    "kept rescheduling",
    "changed again",
    "moved again",
    "rescheduled again",
    "cancelled again",
    "canceled again",
    "changed twice",
    "moved twice",
    "rescheduled twice",
    "cancelled twice",
    "canceled twice",
    "cancelled on me",
    "canceled on me",
    "cancelled at the last minute",
    "canceled at the last minute",
    "at the last minute",
    "form letter",
    "form letters",
    "form rejection",
    "form email",
    "template email",
    "template rejection",
    "generic email",
    "generic rejection",
    "canned response",
    "canned reply",
    "automated email",
    "automated reply",
    "automated rejection",
    "last minute change",
    "no one was there",
    "nobody was there",
    "no one turned up",
    "nobody turned up",
    "no one showed up",
    "nobody showed up",
    "didn't show up",
    "did not show up",
    "didn't turn up",
    "did not turn up",
];
/// A quality owed to candidates, which a negation turns into a judgement: "not fair".
const QUALITY: u8 = 74;
/// What is done to a candidate: "sent", "given", "left" ("I was sent to the wrong
/// building").
const DONE_TO: u8 = 75;
/// Something a candidate is owed as a matter of decency ([`COURTESY_WORDS`]).
const COURTESY: u8 = 76;
/// A feeling that blames when pinned on the reader ([`BLAMED_WORDS`]).
const BLAMED: u8 = 77;

/// Feelings that blame when pinned on the reader: "disappointing", "frustrated".
const BLAMED_WORDS: &[&str] = &[
    "disappointing",
    "disappointment",
    "frustrating",
    "frustrated",
    "frustration",
    "annoyed",
    "annoying",
    "irritated",
    "irritating",
    "upsetting",
    "angry",
    "appalled",
    "dismayed",
    "distasteful",
    "offended",
    "offensive",
    "insulted",
];

/// What candidates are owed as a matter of decency: "courtesy", "respect", "feedback".
const COURTESY_WORDS: &[&str] = &[
    "courtesy",
    "respect",
    "professionalism",
    "manners",
    "consideration",
    "communication",
    "feedback",
    "acknowledgement",
    "acknowledgment",
    "explanation",
    "transparency",
    "decency",
    "contact",
    "updates",
];

const FAILURE_WORDS: &[&str] = &[
    "wrong",
    "wrongly",
    "broken",
    "badly",
    "poorly",
    "forgot",
    "forgotten",
    "lost",
    "misspelt",
    "misspelled",
    "mispronounced",
    "distracted",
    "rushed",
    "unprepared",
    "interrupt+",
    "mixed",
    "confused",
    "muddled",
    "overbooked",
    "ignore+",
    "skipped",
    "dismissed",
    "unanswered",
    "unread",
    "unannounced",
    "overran",
    "hadn't",
    "absent",
    "missing",
    "without",
    "outdated",
    "incorrect",
    "inaccurate",
    "contradictory",
    "conflicting",
    "vague",
    "unclear",
    "generic",
    "canned",
    "automated",
    "uninterested",
    "disinterested",
    "bored",
];

const QUALITY_WORDS: &[&str] = &[
    "serious",
    "fair",
    "professional",
    "respectful",
    "organised",
    "organized",
    "acceptable",
    "appropriate",
    "polite",
    "courteous",
    "reasonable",
    "prepared",
    "clear",
    "consistent",
    "honest",
    "transparent",
    "considerate",
    "welcoming",
    "punctual",
    "good",
    "great",
    "right",
];

const DONE_TO_WORDS: &[&str] = &[
    "sent", "given", "left", "kept", "made", "put", "asked", "handed", "directed", "shown", "told",
    "informed", "treated", "messed",
];

const WORK_OBJECTS: &[&str] = &[
    "data",
    "dataset+",
    "code",
    "codebase",
    "system+",
    "legacy",
    "backlog",
    "record+",
    "spreadsheet+",
    "file+",
    "inventory",
    "report+",
    "pipeline+",
    "workflow+",
    "market+",
    "economy",
    "weather",
    "quarter",
    "situation",
    "problem+",
    "issue+",
    "ticket+",
    "migration",
    "handover",
    "rota",
    "shift+",
];

const GIVE_RESPONSE_WORDS: &[&str] = &[
    "reply+",
    "respond+",
    "response",
    "answer+",
    "acknowledge+",
    "acknowledgement",
    "acknowledgment",
    "contact+",
    "call+",
    "ring+",
    "email+",
    "write",
    "wrote",
    "tell",
    "told",
    "inform+",
    "notify",
    "notified",
    "mention+",
    "warn+",
    "show+",
    "turn+",
    "came",
    "come",
    "look+",
    "read",
    "bother+",
    "care+",
    "follow+",
    "update+",
    "explain+",
    "apologise+",
    "update",
    "collect+",
    "meet",
    "greet+",
];

const GOT_NO_RESPONSE_PHRASES: &[&str] = &[
    "never heard back",
    "never heard anything",
    "never heard from",
    "never got a reply",
    "never got a response",
    "never got an answer",
    "never received a reply",
    "never received a response",
    "never received an answer",
    "never received any",
    "haven't heard a thing",
    "have not heard a thing",
    "didn't hear back",
    "did not hear back",
    "didn't even get",
    "did not even get",
    "didn't get so much as",
    "wasn't told",
    "was not told",
    "was never told",
    "was never informed",
    "wasn't informed",
    "was not informed",
    "was not warned",
    "wasn't warned",
    "had no idea",
    "left in the dark",
    "kept in the dark",
    "left me hanging",
    "left hanging",
    "kept me waiting",
    "keep me waiting",
    "left me waiting",
    "ghosted",
];

const NO_RESPONSE_PHRASES: &[&str] = &[
    "no reply",
    "no response",
    "no answer",
    "no acknowledgement",
    "no acknowledgment",
    "no explanation",
    "no apology",
    "no feedback",
    "no update",
    "no updates",
    "no word",
    "no warning",
    "no heads up",
    "no call",
    "no email",
    "no courtesy",
    "not a word",
    "not a single reply",
    "not a single word",
    "not even a",
    "not even an",
    "not so much as",
    "without a single",
    "without a word",
    "without a reply",
    "without any explanation",
    "without explanation",
    "without warning",
    "without notice",
    "without so much as",
    "silence",
    "radio silence",
];

const EXPECTATION_PHRASES: &[&str] = &[
    "common courtesy",
    "basic courtesy",
    "professional courtesy",
    "simple courtesy",
    "the courtesy",
    "some courtesy",
    "any courtesy",
    "more courtesy",
    "lack of communication",
    "lack of courtesy",
    "lack of respect",
    "lack of professionalism",
    "lack of transparency",
    "lack of feedback",
    "poor communication",
    "no respect",
    "would have been nice",
    "would've been nice",
    "would have been good",
    "would have been courteous",
    "would have been polite",
    "would have appreciated",
    "would've appreciated",
    "could have at least",
    "could at least",
    "the least you could",
    "the decency",
    "had the decency",
    "too busy to",
    "too busy for",
    "no time to",
    "a bit rich",
    "bit much",
    "handled badly",
    "badly handled",
    "poorly handled",
    "handled poorly",
    "is it too much",
    "i deserve",
    "i deserved",
    "candidates deserve",
    "deserve better",
    "deserved better",
    "expected better",
    "expected more",
    "i had wished",
    "i'd wished",
    "i had hoped",
    "wish it had been",
    "wished it had been",
    "had hoped for better",
    "hoped for better",
    "only to learn",
    "only to find",
    "only to be told",
    "only to discover",
    "only to hear",
    "only to see",
    "after all that",
    "after all the time",
    "after all my",
    "for nothing",
    "none of this was",
    "nobody bothered",
    "no one bothered",
    "didn't even bother",
    "did not even bother",
    "couldn't even",
    "could not even",
    "can't even",
    "cannot even",
    "didn't even",
    "did not even",
    "never even",
    "bore little resemblance",
    "bears little resemblance",
    "nothing like the",
    "not what was advertised",
    "not as advertised",
    "different from the advert",
    "instead i was",
    "instead we",
    "instead i got",
];

const PROMISE_PHRASES: &[&str] = &[
    "you said you'd",
    "you said you would",
    "you said i would",
    "you said i'd",
    "you promised",
    "you told me you would",
    "you told me you'd",
    "you told me i would",
    "you assured me",
    "i was told i would",
    "i was told i'd",
    "i was told that",
    "i was told in writing",
    "i was promised",
    "i was assured",
    "was supposed to hear",
    "supposed to hear back",
    "supposed to get back",
    "supposed to call",
    "supposed to be",
    "should have heard",
    "should have been notified",
    "should have been told",
    "should have gotten back",
    "should have got back",
    "you'd get back to me",
    "you would get back to me",
];

const RHETORICAL_PHRASES: &[&str] = &[
    "why is this taking",
    "why is it taking",
    "why has this taken",
    "why does it take",
    "what's taking so long",
    "what is taking so long",
    "why so long",
    "why the delay",
    "what's the holdup",
    "what is the holdup",
    "what's the hold up",
    "is it really so hard",
    "is it really that hard",
    "is it really so difficult",
    "is it really that difficult",
    "is it so hard",
    "is it that hard",
    "is it so difficult",
    "is it that difficult",
    "is it too hard",
    "is it too difficult",
    "is it too much to ask",
    "is that too much to ask",
    "how hard is it",
    "how hard can it be",
    "how hard would it be",
    "how difficult is it",
    "would it kill",
    "would it have killed",
    "what's the point",
    "what is the point",
    "who does that",
    "is this how you treat",
    "is that how you treat",
    "is this how your company",
    "do you treat all",
    "do you always",
    "are you kidding",
    "you must be joking",
    "you've got to be kidding",
    "what kind of company",
    "what kind of organisation",
    "what kind of organization",
];

const SARCASM_PHRASES: &[&str] = &[
    "thanks for nothing",
    "thank you for nothing",
    "thanks a lot for nothing",
    "nothing says",
    "nice touch",
    "lovely touch",
    "classy",
    "real classy",
    "glad i could help you",
    "glad i could help",
    "happy to have helped you",
    "what a way to",
    "way to treat",
    "love how",
    "loved how",
    "love that you",
    "thanks for wasting",
    "thank you for wasting",
    "thanks for ghosting",
    "thanks for ignoring",
    "thank you for ignoring",
    "thanks for keeping me",
    "thank you for keeping me",
    "thanks for leaving me",
    "thank you for leaving me",
    "thanks for the silence",
    "tick a box",
    "ticking a box",
    "box ticking",
    "must be nice",
];

const BARBED_PHRASES: &[&str] = &[
    "far be it",
    "i can only assume",
    "i guess no",
    "i guess you",
    "shame on",
    "with all due respect",
    "your loss",
    "you made a mistake",
    "you'll regret",
    "you will regret",
    "wrong decision",
    "disagree with your decision",
    "i was the best candidate",
    "no desire to work",
    "would never work for",
    "don't want to work for",
    "do not want to work for",
    "you people",
    "i have to stand up for myself",
    "i must point out",
    "i have to say",
    "i must say",
    "put out",
    "not impressed",
    "unimpressed",
    "hard to believe",
    "i'm shocked",
    "i am shocked",
    "i was shocked",
    "walking away",
    "lost all faith",
    "happy i was not",
    "happy i wasn't",
    "glad i was not",
    "glad i wasn't",
    "glad i didn't",
    "happy i didn't",
    "relieved i",
    "dodged a bullet",
    "if this is the level",
    "if this is how",
    "if that is how",
    "if that's how",
];

const JUDGEMENT_PHRASES: &[&str] = &[
    "a joke",
    "poor form",
    "poor show",
    "bad form",
    "a waste of time",
    "waste of time",
    "waste of my time",
    "wasted my time",
    "wasting my time",
    "hours of my life",
    "not respectful",
    "not professional",
    "not fair",
    "not okay",
    "not ok",
    "not acceptable",
    "not on",
    "not good enough",
    "did not reflect well",
    "didn't reflect well",
    "doesn't reflect well",
    "does not reflect well",
    "reflects poorly",
    "reflected poorly",
    "left a bad taste",
    "bad experience",
    "bad taste",
    "let down",
    "let me down",
    "felt like a",
    "out of order",
    "not cool",
];

const EMPLOYER_WORDS: &[&str] = &[
    "boss+",
    "manager+",
    "employer+",
    "company",
    "firm",
    "workplace",
    "supervisor+",
    "director",
    "lead",
    "job",
    "team",
    "management",
    "colleagues",
    "coworkers",
];

const FORMER_WORDS: &[&str] = &[
    "old", "current", "former", "previous", "last", "present", "ex",
];

const BAD_BOSS_WORDS: &[&str] = &[
    "micromanage+",
    "hate+",
    "underpaid",
    "undervalued",
    "unappreciated",
    "overworked",
    "exploit+",
    "bully+",
    "bullied",
    "nightmare",
    "incompetent",
    "clueless",
    "shambles",
    "toxic",
    "useless",
    "awful",
    "terrible",
    "horrible",
    "worst",
    "bad",
    "credit",
    "undermine+",
    "belittle+",
    "yell+",
    "scream+",
    "blame+",
];

const SELF_THINGS: &[&str] = &[
    "answer+",
    "performance",
    "presentation+",
    "response+",
    "nerves",
    "delivery",
    "handwriting",
    "preparation",
    "timing",
];

const PRAISE_WORDS: &[&str] = &[
    "great",
    "wonderful",
    "lovely",
    "love",
    "nice",
    "glad",
    "amazing",
    "fantastic",
    "brilliant",
    "superb",
    "thanks",
    "thank",
    "delightful",
    "perfect",
    "excellent",
    "marvellous",
    "marvelous",
    "terrific",
    "fabulous",
    "appreciate+",
];

const WAITED_WORDS: &[&str] = &[
    "wait+", "sat", "sitting", "kept", "stood", "standing", "hung",
];

const COPULAS: &[&str] = &[
    "is", "was", "were", "are", "been", "felt", "feels", "seemed", "seems", "looked", "looks",
    "sounds", "sounded", "remains",
];

/// True if word `w` is a negation ("not", "never", "no").
fn negation(sent: &Sent<'_, '_, '_>, w: usize) -> bool {
    sent.cx.doc().is_negation_word(w)
}

/// A negative judgement aimed at the reader's side or at what happened.
fn judgement(sent: &Sent<'_, '_, '_>) -> Option<Found> {
    let cx = sent.cx;
    let doc = cx.doc();
    if let Some(h) = sent.own_hit(JUDGEMENT_PHRASE) {
        // "not a joke", "hardly poor form" read as the opposite only rarely; the
        // negated positives ("not respectful") are written into the table.
        return Found::new(sent.span(h.words()), "This judges the employer harshly");
    }
    for w in sent.shared_all(cue::NEG_EVAL) {
        // "not unreasonable", "I didn't find it frustrating".
        if sent.negated(w, scope::VERB_GROUP) {
            continue;
        }
        // The writer's own answer or nerves, a mishap or a feeling: not a complaint.
        if doc.word_is(w, cue::MISHAP) || doc.word_is(w, cue::FEELING) {
            continue;
        }
        let own = (sent.words.start..w)
            .any(|v| cx.tag_at(SELF_THING, v) && doc.word_norm(v.wrapping_sub(1)) == "my");
        // "the messy legacy data": a problem of the work, a topic of the interview.
        let work = (w + 1..(w + 3).min(sent.words.end)).any(|v| cx.tag_at(WORK_OBJECT, v));
        // "the traffic was terrible": a mishap, the stuff of an excuse.
        let mishap =
            (w.saturating_sub(4).max(sent.words.start)..w).any(|v| doc.word_is(v, cue::MISHAP));
        if own || work || mishap {
            continue;
        }
        let target = sent.near_shared(w, 6, cue::READER).is_some()
            || sent.near_shared(w, 6, cue::HIRING_SIDE).is_some()
            || sent.shared_phrase(cue::READER_SIDE).is_some();
        // "it was rude", "that felt unprofessional": what happened, judged.
        let judged = (w.saturating_sub(3).max(sent.words.start)..w).any(|v| cx.tag_at(COPULA, v));
        // "Idiots.", "Pathetic!": a judgement on its own.
        let alone = sent.words.len() <= 3;
        if target || judged || alone {
            return Found::new(sent.span(w..w + 1), "This judges the employer harshly");
        }
    }
    // A swear word aimed at anyone.
    if let Some(w) = sent.shared(cue::PROFANITY) {
        if sent.shared(cue::READER).is_some() || sent.shared_phrase(cue::READER_SIDE).is_some() {
            return Found::new(sent.span(w..w + 1), "This swears at the reader");
        }
    }
    None
}

/// The reader's side did not do what was owed, or kept the writer waiting.
fn breach(sent: &Sent<'_, '_, '_>) -> Option<Found> {
    let cx = sent.cx;
    let doc = cx.doc();
    let label = "This complains that the employer let you down";
    for tag in [GOT_NO_RESPONSE, NO_RESPONSE, EXPECTATION, PROMISE] {
        if let Some(h) = sent.own_hit(tag) {
            // "I'm happy that there has been no rush": nothing owed.
            // "If there's no update yet, …": a case considered, not a grievance.
            let supposed = (sent.words.start..h.first_word())
                .any(|v| matches!(doc.word_norm(v), "if" | "unless" | "whether"));
            if supposed || tag == NO_RESPONSE && sent.shared(cue::SOFTENER).is_some() {
                continue;
            }
            return Found::new(sent.span(h.words()), label);
        }
    }
    // "Nobody got back to me", "no one came to collect me", "they never replied".
    if let Some(h) = sent.shared_phrase(cue::READER_SIDE) {
        let nobody = matches!(
            doc.word_norm(h.first_word()),
            "no" | "nobody" | "noone" | "not"
        );
        let gave = (h.end_word()..(h.end_word() + 5).min(sent.words.end))
            .find(|&v| cx.tag_at(GIVE_RESPONSE, v));
        if nobody {
            if let Some(v) = gave {
                return Found::new(sent.span(h.first_word()..v + 1), label);
            }
        }
    }
    // "you never replied", "they didn't even call": a negated response by the reader's
    // side, not by the writer.
    for w in sent.words.clone() {
        if !cx.tag_at(GIVE_RESPONSE, w) {
            continue;
        }
        // The negation, right after its subject or with an auxiliary between: "you
        // never replied", "they have not called".
        let before = w.saturating_sub(3).max(sent.words.start)..w;
        let Some(n) = before.clone().rev().find(|&v| negation(sent, v)) else {
            continue;
        };
        let subject = (n.saturating_sub(2).max(sent.words.start)..n)
            .rev()
            .find(|&v| {
                !matches!(
                    doc.word_norm(v),
                    "have"
                        | "has"
                        | "had"
                        | "did"
                        | "do"
                        | "does"
                        | "will"
                        | "would"
                        | "could"
                        | "even"
                        | "still"
                )
            });
        let by_reader = subject.is_some_and(|v| {
            doc.word_is(v, cue::READER)
                || matches!(doc.word_norm(v), "they" | "nobody" | "he" | "she")
        });
        if by_reader {
            return Found::new(sent.span(before.start..w + 1), label);
        }
    }
    // "I waited forty minutes in reception": a stated wait, by the writer.
    if let Some(w) = sent.own(WAITED) {
        let duration = (w + 1..(w + 7).min(sent.words.end)).any(|v| {
            (doc.word_is(v, cue::NUMBER) || doc.words()[v].has_digit())
                && doc.word_is(v + 1, cue::TIME_UNIT)
        });
        let mine = sent.cx.doc().is_first_person(sent.s);
        if duration && mine {
            return Found::new(
                sent.span(w..w + 1),
                "This complains about being kept waiting",
            );
        }
    }
    None
}

/// Something went wrong by the reader's side's doing: the panel had not read the
/// application, the link was broken, the brief kept changing; or was done to the
/// writer ("I was sent to the wrong building").
fn failure(sent: &Sent<'_, '_, '_>) -> Option<Found> {
    let cx = sent.cx;
    let doc = cx.doc();
    let label = "This complains about how the employer handled things";
    let phrases: Vec<usize> = sent
        .own_hits(FAILURE_PHRASE)
        .map(|h| h.first_word())
        .collect();
    let words = sent.all(FAILURE);
    for w in phrases.into_iter().chain(words) {
        let before = w.saturating_sub(6).max(sent.words.start)..w;
        // Whose doing: the reader's side, named before the failure.
        let theirs = before.clone().any(|v| {
            doc.word_is(v, cue::READER)
                || doc.word_is(v, cue::HIRING_SIDE)
                || matches!(
                    doc.word_norm(v),
                    "they" | "he" | "she" | "nobody" | "someone"
                )
        }) || doc
            .lexicon_hits_in(sent.s, cue::READER_SIDE)
            .any(|h| h.first_word() < w);
        // Or done to the writer: "I was sent", "I was given".
        let done_to_me = before.clone().any(|v| {
            cx.tag_at(DONE_TO, v)
                && matches!(doc.word_norm(v.saturating_sub(1)), "was" | "were" | "been")
        });
        // The writer's own failure is an excuse, not a complaint.
        let mine = before
            .clone()
            .rev()
            .take(3)
            .any(|v| doc.is_pronoun_i(v) || doc.word_norm(v) == "my");
        if (done_to_me || theirs && !mine) && !sent.negated(w, scope::ADJACENT) {
            return Found::new(sent.span(w..w + 1), label);
        }
    }
    // "it started twenty minutes late", "the panel joined a half hour late": the
    // meeting kept the writer waiting. Not "I arrived late" (an excuse) and not "late
    // last week" (a time).
    for w in sent.words.clone().filter(|&w| doc.word_norm(w) == "late") {
        if doc.word_is(w + 1, cue::TIME_UNIT) || matches!(doc.word_norm(w + 1), "last" | "in") {
            continue;
        }
        let start = w.saturating_sub(5).max(sent.words.start);
        let Some(verb) = (start..w).rev().find(|&v| {
            matches!(
                doc.word_norm(v),
                "started"
                    | "began"
                    | "ran"
                    | "arrived"
                    | "joined"
                    | "showed"
                    | "turned"
                    | "was"
                    | "were"
                    | "logged"
                    | "called"
                    | "rang"
            )
        }) else {
            continue;
        };
        let subject = verb.saturating_sub(1);
        if verb > sent.words.start && !doc.is_pronoun_i(subject) && doc.word_norm(subject) != "we" {
            return Found::new(sent.span(subject..w + 1), label);
        }
    }
    // "it wasn't fair", "this is not professional": a quality owed, denied.
    for w in sent.all(QUALITY) {
        let from = w.saturating_sub(3).max(sent.words.start);
        let denied = (from..w).any(|v| doc.is_negation_word(v));
        let about_them = sent.shared(cue::READER).is_some()
            || sent.shared(cue::HIRING_SIDE).is_some()
            || (from..w).any(|v| {
                cx.tag_at(COPULA, v)
                    && matches!(doc.word_norm(v.saturating_sub(1)), "it" | "this" | "that")
            });
        // "if now is not a good time": a courtesy about timing, not a verdict.
        let courtesy = doc.word_is(w + 1, cue::TIME_UNIT)
            || matches!(doc.word_norm(w + 1), "time" | "moment")
            || (sent.words.start..from).any(|v| doc.word_norm(v) == "if");
        let hedge = matches!(doc.word_norm(w.saturating_sub(1)), "sure")
            || courtesy
            || doc.is_first_person(sent.s) && !about_them;
        if denied && about_them && !hedge {
            return Found::new(sent.span(from..w + 1), "This judges the employer harshly");
        }
    }
    None
}

/// Disappointment or frustration pinned on the reader: "my disappointment in your
/// district", "how disappointing that you were more interested in another candidate" —
/// not disappointment about the outcome that thanks the reader in the same breath.
fn blamed_feeling(sent: &Sent<'_, '_, '_>) -> Option<Found> {
    let cx = sent.cx;
    let doc = cx.doc();
    let feeling = sent.own(BLAMED)?;
    if sent.negated(feeling, scope::CLAUSE) {
        return None;
    }
    let grateful = sent.words.clone().any(|w| {
        doc.word_is(w, cue::THANK)
            || doc.word_is(w, cue::APPRECIATE)
            || doc.word_is(w, cue::GRATEFUL)
    }) || doc.lexicon_hits_in(sent.s, cue::THANK).next().is_some()
        || doc
            .lexicon_hits_in(sent.s, cue::APPRECIATE)
            .next()
            .is_some();
    // The reader as the one who did it: "you were", "your district", "the panel".
    let blamed = sent.words.clone().any(|w| {
        doc.word_is(w, cue::READER) && !matches!(doc.word_norm(w + 1), "time" | "consideration")
    }) || sent.shared_phrase(cue::READER_SIDE).is_some();
    // "I was disappointed that I did not get it": the outcome, felt.
    let outcome = sent.words.clone().any(|w| {
        matches!(
            doc.word_norm(w),
            "offered"
                | "selected"
                | "chosen"
                | "successful"
                | "unsuccessful"
                | "position"
                | "role"
                | "news"
        )
    }) && !sent
        .words
        .clone()
        .any(|w| doc.word_is(w, cue::READER) && doc.word_norm(w + 1) != "time");
    if blamed && !grateful && !outcome {
        return Found::new(
            sent.span(feeling..feeling + 1),
            "This complains about how the employer handled things",
        );
    }
    None
}

/// Sarcasm, rhetorical questions and barbed remarks.
fn tone(sent: &Sent<'_, '_, '_>) -> Option<Found> {
    if let Some(h) = sent.own_hit(RHETORICAL) {
        return Found::new(
            sent.span(h.words()),
            "This complains with a rhetorical question",
        );
    }
    if let Some(h) = sent.own_hit(SARCASM) {
        return Found::new(sent.span(h.words()), "This complains through sarcasm");
    }
    if let Some(h) = sent.own_hit(BARBED) {
        return Found::new(sent.span(h.words()), "This makes a barbed remark");
    }
    let cx = sent.cx;
    let doc = cx.doc();
    let target = sent.shared(cue::READER).is_some() || sent.shared(cue::HIRING_SIDE).is_some();
    // "Zero courtesy from your recruiters", "not a shred of feedback": decency owed,
    // said to be absent.
    if let Some(w) = sent.own(COURTESY) {
        let absent = (w.saturating_sub(3).max(sent.words.start)..w)
            .any(|v| matches!(doc.word_norm(v), "zero" | "shred" | "ounce" | "lack" | "no"));
        if absent && (target || sent.words.len() <= 6) && sent.shared(cue::SOFTENER).is_none() {
            return Found::new(
                sent.span(w.saturating_sub(1)..w + 1),
                "This complains about how you were treated",
            );
        }
    }
    // "too busy, apparently, to send a two-line email": the reader's side excused
    // with a sneer.
    if let Some(w) = sent.words.clone().find(|&w| {
        doc.word_norm(w) == "too" && matches!(doc.word_norm(w + 1), "busy" | "important")
    }) {
        let to = (w + 2..(w + 5).min(sent.words.end)).any(|v| doc.word_norm(v) == "to");
        // Not the writer's own "I was too busy to reply".
        let mine = (w.saturating_sub(3).max(sent.words.start)..w)
            .any(|v| doc.is_pronoun_i(v) || doc.word_norm(v) == "we");
        if to && target && !mine {
            return Found::new(sent.span(w..w + 2), "This complains through sarcasm");
        }
    }
    // "Very professional." on its own after an account of what happened: praise
    // turned into a verdict.
    if sent.words.len() <= 3
        && sent.words.start > 0
        && doc
            .sentence_of(sent.words.start - 1)
            .is_some_and(|p| doc.sentences()[p].paragraph == doc.sentences()[sent.s].paragraph)
    {
        let last = sent.words.end - 1;
        let verdict = cx.tag_at(QUALITY, last)
            && !matches!(doc.word_norm(last), "good" | "great" | "right" | "clear")
            && (sent.words.start..last).all(|v| doc.word_is(v, cue::INTENSIFIER));
        if verdict && last > sent.words.start {
            return Found::new(
                sent.span(sent.words.clone()),
                "This complains through sarcasm",
            );
        }
    }
    // Scare quotes: praise around the reader's words in quotation marks, next to a
    // judgement or a stated length of time ("a \"quick chat\" means a ninety-minute
    // grilling").
    let quoted = sent.words.clone().filter(|&w| doc.in_quotation(w)).count();
    if quoted > 0 && quoted <= 5 && quoted < sent.words.len() {
        let praise = sent.own(PRAISE).is_some();
        let sting = sent.shared(cue::NEG_EVAL).is_some()
            || sent.own(FAILURE).is_some()
            || sent
                .shared_all(cue::TIME_UNIT)
                .any(|w| w > sent.words.start && doc.word_is(w - 1, cue::NUMBER));
        if praise && sting {
            let first = sent
                .words
                .clone()
                .find(|&w| doc.in_quotation(w))
                .unwrap_or(sent.words.start);
            return Found::new(
                sent.span(first..first + 1),
                "This complains through sarcasm",
            );
        }
    }
    None
}

/// A current or former employer run down.
fn former_employer(sent: &Sent<'_, '_, '_>) -> Option<Found> {
    let cx = sent.cx;
    let doc = cx.doc();
    let who = sent.all(EMPLOYER).find(|&w| {
        (w.saturating_sub(3).max(sent.words.start)..w).any(|v| {
            matches!(doc.word_norm(v), "my" | "our")
                && (v + 1..w).all(|x| cx.tag_at(FORMER, x) || doc.word_norm(x) == "line")
        })
    })?;
    let bad = sent.words.clone().find(|&w| {
        (cx.tag_at(BAD_BOSS, w) || doc.word_is(w, cue::NEG_EVAL))
            && !sent.negated(w, scope::VERB_GROUP)
    })?;
    Found::new(
        sent.span(who.min(bad)..who.max(bad) + 1),
        "This runs down a current or former employer",
    )
}

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    flag_frames(cx, out, |sent| {
        // "Sorry to hear the move has been so stressful": sympathy, not a complaint.
        if sent.shared_phrase(cue::SYMPATHY).is_some() {
            return None;
        }
        former_employer(sent)
            .or_else(|| tone(sent))
            .or_else(|| breach(sent))
            .or_else(|| judgement(sent))
            .or_else(|| failure(sent))
            .or_else(|| blamed_feeling(sent))
    });
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::FollowUp;
    use crate::testing::{assert_accepts, assert_flags};

    const RULE: &str = "complaint";

    #[test]
    fn flags_judgements_breaches_and_sarcasm() {
        for text in [
            "Why is this taking so long?",
            "Nobody has replied to me since the interview.",
            "You people are idiots.",
            "It is unfair for you to waste three hours of my life.",
            "This is a letter to complain about your company's rude behavior.",
            "I had hoped for better from a company of your size.",
            "After learning what little I have about you, I would have no desire to work for you.",
            "Not even a two-line email to say the role was filled?",
            "I was supposed to hear back last Monday.",
            "My old manager micromanaged every email we sent.",
            "I sat in reception for forty minutes before anyone came out.",
        ] {
            assert_flags(RULE, FollowUp, text);
        }
    }

    #[test]
    fn ignores_patience_disappointment_and_own_troubles() {
        for text in [
            "Of course, I am disappointed because I really enjoyed our conversation.",
            "I understand these processes take time.",
            "The traffic was terrible, so I arrived late.",
            "I did not find the process frustrating at all.",
            "My answer on the second question was weak, and I'd like to add to it.",
            "Your team's approach to the messy legacy data impressed me.",
        ] {
            assert_accepts(RULE, FollowUp, text);
        }
    }

    #[test]
    fn flags_treatment_said_in_new_ways() {
        for text in [
            "Not one ounce of courtesy from anyone in your HR department.",
            "I suppose your recruiters were too busy, as usual, to answer a single email.",
            "The panel turned up with my CV unopened and clearly hadn't read a word of it.",
            "The session began forty minutes late and nobody said why.",
            "My old boss took credit for everything our team shipped.",
        ] {
            assert_flags(RULE, FollowUp, text);
        }
    }

    #[test]
    fn ignores_cases_considered_and_timing_courtesies() {
        for text in [
            "If there is no update yet, that is completely fine.",
            "If now is not a good time, I can call back this afternoon.",
            "The exercise could form part of the final round, which I'd welcome.",
            "It would be good to know whether the role is hybrid.",
        ] {
            assert_accepts(RULE, FollowUp, text);
        }
    }
}
