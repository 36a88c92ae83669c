//! `verb-form`: the wrong form of a verb after a frame that fixes it.
//!
//! - "look forward to" takes the -ing form: "look forward to hear" → "hearing";
//! - a modal ("can", "will", "must"…) and "did"/"does"/"do" take the base form: "I can
//!   got" → "get", "didn't received" → "receive", "could discussing" → "discuss";
//! - "to" after a verb or adjective that takes an infinitive ("able to", "delighted
//!   to", "helped me to") takes the base form: "to spoke" → "speak";
//! - "have"/"has"/"had" take the participle: "have wrote" → "written".
//!
//! - a phrasal verb after such a frame is two words, not the hyphenated noun: "to
//!   follow-up on" → "follow up", "will check-in with" → "check in".
//!
//! One adverb may stand between ("will also made"). Words that only look like verb forms
//! ("need", "evening", "thing") are left alone.

use crate::diagnostic::{Applicability, Category, Edit, Finding, Level, Levels, Span, Suggestion};
use crate::draft::MessageKind::{FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{Example, Gate, Rule, RuleContext, RuleKind, TextRule};
use crate::text::flag;
use crate::text::lemma::ing_form;

pub(crate) const RULE: Rule = Rule {
    id: "verb-form",
    category: Category::Proofreading,
    summary: "Flags the wrong verb form after a frame that fixes it: \"look forward to hear\", \"I can got\", \"didn't received\", \"to spoke\", \"have wrote\", \"to follow-up on\".",
    why: "A verb in the wrong form is the slip a reader notices at once, and the closing \
          \"look forward to hear from you\" is the most common of them.",
    help: "Use the form the frame asks for: \"look forward to hearing\", \"I can get\", \"have written\".",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Error),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(ThankYou, "I look forward to hear from you."),
            Example::new(FollowUp, "I can sent the references by Friday."),
            Example::new(FollowUp, "I have wrote a short summary of our talk."),
        ],
        accepted: &[
            Example::new(
                ThankYou,
                "I look forward to hearing from you and to the next step.",
            ),
            Example::new(
                FollowUp,
                "I will need the forms, and I can send them by Friday.",
            ),
            Example::new(
                FollowUp,
                "I have written a summary; the team had gone home.",
            ),
        ],
        phrases: &[
            (FORWARD, &["look+ forward to"]),
            (MODAL, MODAL_WORDS),
            (DO, &["do", "does", "did", "don't", "doesn't", "didn't"]),
            (
                HAVE,
                &[
                    "have", "has", "had", "i've", "we've", "you've", "they've", "haven't",
                    "hasn't", "hadn't",
                ],
            ),
            (TAKES_TO, TAKES_TO_WORDS),
            (BETWEEN, BETWEEN_WORDS),
            (BASE_AFTER_FORWARD, BASE_AFTER_FORWARD_WORDS),
            (NOT_A_VERB, NOT_A_VERB_WORDS),
            (
                PHRASAL,
                &[
                    "follow up",
                    "check in",
                    "set up",
                    "sign up",
                    "log in",
                    "catch up",
                    "call back",
                    "touch base",
                    "back up",
                ],
            ),
            (
                PARTICLE_GOES_ON,
                &["on", "with", "about", "regarding", "again", "soon"],
            ),
        ],
        evidence: None,
        check,
    }),
};

/// "look forward to".
const FORWARD: u8 = 0;
/// A modal ([`MODAL_WORDS`]).
const MODAL: u8 = 64;
/// "do", "does", "did" and their negations.
const DO: u8 = 65;
/// "have", "has", "had" and their contractions.
const HAVE: u8 = 66;
/// A word after which "to" takes a verb ([`TAKES_TO_WORDS`]).
const TAKES_TO: u8 = 67;
/// An adverb that may stand between the frame and its verb ([`BETWEEN_WORDS`]).
const BETWEEN: u8 = 68;
/// A verb that follows "look forward to" in the wrong form ([`BASE_AFTER_FORWARD_WORDS`]).
const BASE_AFTER_FORWARD: u8 = 69;
/// A word that ends like a verb form but is none ([`NOT_A_VERB_WORDS`]).
const NOT_A_VERB: u8 = 70;
/// A phrasal verb whose noun is hyphenated: "follow up" / "a follow-up".
const PHRASAL: u8 = 1;
/// A word that continues a phrasal verb's clause, not a noun phrase: "follow up on".
const PARTICLE_GOES_ON: u8 = 71;

const MODAL_WORDS: &[&str] = &[
    "can",
    "could",
    "will",
    "would",
    "shall",
    "should",
    "may",
    "might",
    "must",
    "cannot",
    "can't",
    "couldn't",
    "won't",
    "wouldn't",
    "shouldn't",
    "mustn't",
];

const TAKES_TO_WORDS: &[&str] = &[
    "able",
    "unable",
    "possible",
    "delighted",
    "happy",
    "glad",
    "pleased",
    "want",
    "wanted",
    "like",
    "love",
    "hoping",
    "hope",
    "hoped",
    "trying",
    "try",
    "tried",
    "going",
    "need",
    "needs",
    "needed",
    "agreeing",
    "agree",
    "agreed",
    "helped",
    "help",
    "helps",
    "allowed",
    "plan",
    "planning",
    "planned",
    "ready",
    "keen",
    "eager",
    "decided",
    "managed",
    "me",
    "us",
    "chance",
    "opportunity",
    "ought",
    "used",
];

const BETWEEN_WORDS: &[&str] = &[
    "also",
    "still",
    "just",
    "definitely",
    "certainly",
    "really",
    "probably",
    "easily",
    "then",
    "not",
    "never",
    "always",
    "soon",
    "already",
    "recently",
    "ever",
    "gladly",
    "happily",
    "surely",
    "only",
    "now",
];

const BASE_AFTER_FORWARD_WORDS: &[&str] = &[
    "hear",
    "meet",
    "work",
    "join",
    "speak",
    "talk",
    "discuss",
    "learn",
    "receive",
    "contribute",
    "start",
    "continue",
    "see",
    "get",
    "be",
    "have",
    "chat",
    "connect",
    "help",
    "become",
    "catch",
    "collaborate",
    "visit",
    "begin",
    "share",
    "support",
    "build",
    "grow",
    "take",
    "make",
    "do",
    "go",
    "come",
    "return",
    "answer",
    "attend",
    "explore",
    "bring",
    "lead",
    "meeting",
    "speaking",
];

/// Words that end in -ed or -ing without being a verb form after a modal.
const NOT_A_VERB_WORDS: &[&str] = &[
    "need",
    "feed",
    "seed",
    "speed",
    "proceed",
    "succeed",
    "exceed",
    "bleed",
    "breed",
    "heed",
    "indeed",
    "bed",
    "red",
    "shed",
    "wed",
    "hundred",
    "sacred",
    "naked",
    "wicked",
    "thing",
    "nothing",
    "something",
    "anything",
    "everything",
    "evening",
    "morning",
    "during",
    "bring",
    "string",
    "spring",
    "king",
    "ring",
    "sing",
    "swing",
    "cling",
    "sting",
    "wing",
    "ceiling",
    "sibling",
    "darling",
    "pudding",
    "wedding",
    "ping",
    "ding",
];

/// Irregular verbs: simple past, base, participle.
const IRREGULAR: &[(&str, &str, &str)] = &[
    ("went", "go", "gone"),
    ("got", "get", "got"),
    ("made", "make", "made"),
    ("took", "take", "taken"),
    ("gave", "give", "given"),
    ("came", "come", "come"),
    ("knew", "know", "known"),
    ("saw", "see", "seen"),
    ("spoke", "speak", "spoken"),
    ("wrote", "write", "written"),
    ("sent", "send", "sent"),
    ("told", "tell", "told"),
    ("said", "say", "said"),
    ("found", "find", "found"),
    ("thought", "think", "thought"),
    ("brought", "bring", "brought"),
    ("bought", "buy", "bought"),
    ("began", "begin", "begun"),
    ("ran", "run", "run"),
    ("left", "leave", "left"),
    ("kept", "keep", "kept"),
    ("felt", "feel", "felt"),
    ("understood", "understand", "understood"),
    ("heard", "hear", "heard"),
    ("met", "meet", "met"),
    ("did", "do", "done"),
    ("chose", "choose", "chosen"),
    ("drove", "drive", "driven"),
    ("ate", "eat", "eaten"),
    ("broke", "break", "broken"),
    ("became", "become", "become"),
    ("forgot", "forget", "forgotten"),
    ("flew", "fly", "flown"),
    ("grew", "grow", "grown"),
    ("threw", "throw", "thrown"),
    ("drew", "draw", "drawn"),
    ("rode", "ride", "ridden"),
    ("wore", "wear", "worn"),
    ("stole", "steal", "stolen"),
    ("shook", "shake", "shaken"),
    ("led", "lead", "led"),
    ("taught", "teach", "taught"),
    ("was", "be", "been"),
    ("were", "be", "been"),
];

/// The base form of an -ed or -ing form ("moved" → "move", "planned" → "plan",
/// "discussing" → "discuss"), checked against the dictionary where there is one.
fn base_of(form: &str) -> Option<String> {
    let stem = form
        .strip_suffix("ing")
        .or_else(|| form.strip_suffix("ed"))?;
    let mut candidates = Vec::with_capacity(4);
    if let Some(s) = form.strip_suffix("ied") {
        candidates.push(format!("{s}y"));
    }
    // "planned" → "plan", "getting" → "get".
    let b = stem.as_bytes();
    if b.len() >= 2
        && b[b.len() - 1] == b[b.len() - 2]
        && !matches!(b[b.len() - 1], b'l' | b's' | b'f' | b'z')
    {
        candidates.push(stem[..stem.len() - 1].to_owned());
    }
    candidates.push(format!("{stem}e"));
    candidates.push(stem.to_owned());
    #[cfg(feature = "spelling")]
    {
        use crate::text::dictionary::{INTENDED, is_word};
        // A form no dictionary knows ("reaed") is a misspelling, and `misspelling` has
        // the word.
        if !is_word(form) {
            return None;
        }
        let known = |c: &String| INTENDED.contains(c.as_str());
        let found = candidates.iter().find(|c| known(c));
        found
            .or_else(|| candidates.iter().find(|c| is_word(c)))
            .cloned()
    }
    // Without a dictionary: "-e" after a consonant pair that English ends words with.
    #[cfg(not(feature = "spelling"))]
    candidates.into_iter().last()
}

/// What a verb form after a frame should be, if it is wrong.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Wants {
    Base,
    Participle,
}

/// The corrected form of word `v` for a frame that wants `wants`, if `v` is wrong.
fn correct(cx: &RuleContext<'_, '_>, v: usize, wants: Wants) -> Option<String> {
    let doc = cx.doc();
    let norm = doc.word_norm(v);
    let word = &doc.words()[v];
    if word.is_capitalized() || cx.tag_at(NOT_A_VERB, v) || norm.len() < 3 {
        return None;
    }
    if let Some(&(_, base, participle)) = IRREGULAR.iter().find(|(past, ..)| *past == norm) {
        return match wants {
            Wants::Base => Some(base.to_owned()),
            Wants::Participle => (participle != norm).then(|| participle.to_owned()),
        };
    }
    if wants == Wants::Participle {
        return None;
    }
    let ed = norm.len() >= 5 && norm.ends_with("ed") && !norm.ends_with("eed");
    let ing = norm.len() >= 6 && norm.ends_with("ing");
    if ed || ing {
        return base_of(norm);
    }
    None
}

/// The first word after `w` that is not an adverb of [`BETWEEN_WORDS`], in the
/// sentence ending before `end`.
fn skip_adverb(cx: &RuleContext<'_, '_>, w: usize, end: usize) -> Option<usize> {
    let mut v = w + 1;
    if v < end && cx.tag_at(BETWEEN, v) && !pause_before(cx, v) {
        v += 1;
    }
    (v < end).then_some(v)
}

/// A finding replacing word `v` with `right`.
fn finding(cx: &RuleContext<'_, '_>, v: usize, right: &str, frame: &str) -> Finding {
    let doc = cx.doc();
    let span: Span = doc.words()[v].span;
    let written = doc.word_text(v);
    Finding::new(
        span,
        format!("After \"{frame}\", write \"{right}\" rather than \"{written}\"."),
    )
    .suggest(Suggestion::new(
        format!("Write \"{right}\""),
        Edit::new(span, right.to_owned()),
        Applicability::NeedsReview,
    ))
}

/// True if punctuation stands right before word `v` (a clause break).
fn pause_before(cx: &RuleContext<'_, '_>, v: usize) -> bool {
    cx.doc()
        .gap_before(v)
        .contains([',', ';', ':', '.', '!', '?', '(', ')', '"'])
}

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    // "look forward to hear".
    for h in cx.hits().iter().filter(|h| h.tag() == FORWARD) {
        let v = h.end_word();
        let Some(s) = doc.sentence_of(h.first_word()) else {
            continue;
        };
        if doc.sentence_of(v) != Some(s) || pause_before(cx, v) || !cx.tag_at(BASE_AFTER_FORWARD, v)
        {
            continue;
        }
        let norm = doc.word_norm(v);
        // "meeting you" and "speaking with you" are right; "meet" and "speak" are not.
        if norm.ends_with("ing") {
            continue;
        }
        let right = ing_form(norm);
        out.push(finding(cx, v, &right, "look forward to"));
    }
    phrasal_verbs(cx, out);
    for (s, sentence) in doc.sentences().iter().enumerate() {
        let end = sentence.words().end;
        for w in sentence.words() {
            let frame = if cx.tag_at(MODAL, w) {
                // "May" and "Will" capitalised mid-sentence are a month and a name.
                if doc.words()[w].is_capitalized() && w != sentence.words().start {
                    continue;
                }
                Wants::Base
            } else if cx.tag_at(DO, w) {
                Wants::Base
            } else if cx.tag_at(HAVE, w) {
                Wants::Participle
            } else if doc.word_norm(w) == "to"
                && w > sentence.words().start
                && cx.tag_at(TAKES_TO, w - 1)
            {
                Wants::Base
            } else {
                continue;
            };
            let Some(v) = skip_adverb(cx, w, end) else {
                continue;
            };
            if pause_before(cx, v) {
                continue;
            }
            let word = &doc.words()[v];
            if word.is_placeholder() || word.is_url() || word.has(flag::QUOTATION) {
                continue;
            }
            let norm = doc.word_norm(v);
            // After "to", an -ed or -ing word is often an adjective or a noun ("to
            // interested parties", "committed to improving"): only a verb form with an
            // object after it, or an irregular past, counts.
            if doc.word_norm(w) == "to" && !IRREGULAR.iter().any(|(p, ..)| *p == norm) {
                let object = matches!(
                    doc.word_norm(v + 1),
                    "the"
                        | "a"
                        | "an"
                        | "my"
                        | "our"
                        | "your"
                        | "his"
                        | "her"
                        | "their"
                        | "this"
                        | "that"
                        | "these"
                        | "those"
                        | "it"
                        | "them"
                        | "him"
                        | "me"
                        | "us"
                        | "as"
                        | "with"
                        | "about"
                        | "what"
                ) && doc.sentence_of(v + 1) == Some(s);
                let able = matches!(doc.word_norm(w - 1), "able" | "unable" | "possible");
                if !(object || able && norm.ends_with("ing")) {
                    continue;
                }
            }
            // "have to", "had better", "has been": "have" as a main verb or before "to"
            // takes no participle.
            if frame == Wants::Participle && matches!(norm, "been" | "to" | "got") {
                continue;
            }
            // "did you", "do we": a question's inversion, not a verb after "do".
            if cx.tag_at(DO, w) && matches!(norm, "you" | "we" | "they" | "i" | "it") {
                continue;
            }
            let Some(right) = correct(cx, v, frame) else {
                continue;
            };
            if right == norm {
                continue;
            }
            let frame_text = doc.word_text(w).to_owned();
            out.push(finding(cx, v, &right, &frame_text));
        }
    }
}

/// "to follow-up on", "will check-in with": a hyphenated noun where the frame wants the
/// verb. After a modal, "do" or a verb that takes "to", the verb is certain; after any
/// other "to" only if the clause goes on as a verb's would ("on", "with", the end).
fn phrasal_verbs(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    for h in cx.hits().iter().filter(|h| h.tag() == PHRASAL) {
        let (v, particle) = (h.first_word(), h.first_word() + 1);
        let word = &doc.words()[v];
        if v == 0
            || doc.gap_before(particle) != "-"
            || word.is_capitalized()
            || word.is_placeholder()
        {
            continue;
        }
        let Some(s) = doc.sentence_of(v) else {
            continue;
        };
        let mut f = v - 1;
        if cx.tag_at(BETWEEN, f) && f > 0 && !pause_before(cx, f + 1) {
            f -= 1;
        }
        if doc.sentence_of(f) != Some(s) || pause_before(cx, f + 1) {
            continue;
        }
        let after_to = doc.word_norm(f) == "to";
        let certain = cx.tag_at(MODAL, f)
            || cx.tag_at(DO, f)
            || after_to && f > 0 && cx.tag_at(TAKES_TO, f - 1);
        let next = particle + 1;
        let goes_on = next >= doc.sentences()[s].words().end
            || doc.gap_before(next).contains([',', ';', '.', '!', '?'])
            || cx.tag_at(PARTICLE_GOES_ON, next);
        if !(certain || after_to && goes_on) {
            continue;
        }
        let span = Span::new(doc.words()[v].span.start, doc.words()[particle].span.end);
        let verb = format!("{} {}", doc.word_text(v), doc.word_text(particle));
        out.push(
            Finding::new(
                span,
                format!(
                    "\"{}\" is the noun; after \"{}\", the verb is \"{verb}\".",
                    span.slice(doc.text()),
                    doc.word_text(f)
                ),
            )
            .suggest(Suggestion::new(
                format!("Write \"{verb}\""),
                Edit::new(Span::new(span.start, span.end), verb.clone()),
                Applicability::NeedsReview,
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::FollowUp;
    use crate::testing::{assert_accepts, assert_flags};

    const RULE: &str = "verb-form";

    #[test]
    fn flags_the_wrong_form_after_each_frame() {
        for text in [
            "I am looking forward to meet the rest of the team.",
            "I will made sure to bring my passport.",
            "I didn't received the calendar invitation.",
            "Would it be possible to moved our call to Friday?",
            "I was delighted to spoke with Mr. Adeyemi.",
            "I had spoke to two former employees before applying.",
            "We should be able to finishing the handover in a week.",
            "I wondered if we could discussing the budget on our next call.",
        ] {
            assert_flags(RULE, FollowUp, text);
        }
    }

    #[test]
    fn splits_a_hyphenated_phrasal_verb_after_a_verb_frame() {
        for (text, fixed) in [
            (
                "I am writing to follow-up on my application.",
                "I am writing to follow up on my application.",
            ),
            (
                "I wanted to check-in with you about the role.",
                "I wanted to check in with you about the role.",
            ),
            (
                "I will follow-up by email next week.",
                "I will follow up by email next week.",
            ),
            (
                "Would you like to set-up a short call?",
                "Would you like to set up a short call?",
            ),
        ] {
            let report = crate::testing::check(FollowUp, text);
            let ours: Vec<_> = report
                .diagnostics
                .into_iter()
                .filter(|d| d.rule == RULE)
                .collect();
            let fix = crate::apply_fixes(text, &ours, crate::Applicability::NeedsReview);
            assert_eq!(fix.as_deref(), Ok(fixed), "{text}");
        }
        for text in [
            "Thank you for the follow-up on Friday.",
            "I look forward to follow-up questions from the panel.",
            "I replied to follow-up emails within a day.",
            "Here is my follow-up: the slides are attached.",
            "I will send a follow-up with the figures.",
        ] {
            assert_accepts(RULE, FollowUp, text);
        }
    }

    #[test]
    fn leaves_right_forms_and_look_alikes_alone() {
        for text in [
            "I look forward to hearing from you, and I look forward to it.",
            "I will need the forms; I can get the references by Friday.",
            "I have written the summary, and the team had gone through the agenda.",
            "I am committed to improving the reporting process.",
            "I am used to working across time zones.",
            "The results will be shared with interested parties.",
            "I will send it on Monday evening.",
            "We met in May, and Will said the team would decide soon.",
            "I have to leave at five, and I have been busy.",
            "Did you receive my portfolio?",
            "I look forward to meeting you and speaking with the panel.",
        ] {
            assert_accepts(RULE, FollowUp, text);
        }
    }
}
