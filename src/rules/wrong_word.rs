//! `wrong-word`: a real word in the place of its look-alike: "your going", "it's
//! delivery times", "there feedback", "better then", "loose touch", "a big affect",
//! "would of", "me preferred option".
//!
//! Each confusion is judged by the words around it, and only where the neighbours leave
//! one reading: "your" before a verb or an article, "its" before an article or "been",
//! "it's" after a preposition, "there" before a noun of the reader's, "their" before
//! "is", "then" after a comparative, "loose" after "to" or a modal, "affect" after an
//! article, "effect" after a modal, "to" before an adjective after a verb of being,
//! "except" before an offer, "weather" before a clause, "whose" before a verb, "me"
//! before a possessed noun, "of" after a modal.

use crate::diagnostic::{Applicability, Category, Edit, Finding, Level, Levels, Span, Suggestion};
use crate::draft::MessageKind::{FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{Example, Gate, Rule, RuleContext, RuleKind, TextRule};
use crate::text::flag;

pub(crate) const RULE: Rule = Rule {
    id: "wrong-word",
    category: Category::Proofreading,
    summary: "Flags a word confused with its look-alike: your/you're, its/it's, their/there/they're, then/than, lose/loose, affect/effect, to/too, accept/except, whether/weather, whose/who's, me/my, \"would of\".",
    why: "A spell checker passes these because each is a word; a reader does not, and a \
          wrong \"your\" or \"their\" is the slip hiring managers mention most.",
    help: "Read the sentence aloud with the suggested word; if it says what you meant, use it.",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Error),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(ThankYou, "I think your going to like my portfolio."),
            Example::new(FollowUp, "The role is a better fit then my current one."),
            Example::new(FollowUp, "I would of sent it sooner."),
        ],
        accepted: &[
            Example::new(
                ThankYou,
                "Your going-away party sounded fun, and your team was kind.",
            ),
            Example::new(
                FollowUp,
                "The role is a better fit than my current one, and then some.",
            ),
            Example::new(
                FollowUp,
                "The change will affect the timeline; the effect is small.",
            ),
        ],
        phrases: &[
            (TRIGGER, TRIGGER_WORDS),
            (POSSESSED, POSSESSED_WORDS),
            (COMPARATIVE, COMPARATIVE_WORDS),
            (PREPOSITION, PREPOSITION_WORDS),
            (MODAL, MODAL_WORDS),
            (ARTICLE_LIKE, ARTICLE_LIKE_WORDS),
            (STATE, STATE_WORDS),
            (BEING, BEING_WORDS),
        ],
        evidence: None,
        check,
    }),
};

/// A word that is often confused with its look-alike ([`TRIGGER_WORDS`]).
const TRIGGER: u8 = 64;
/// A noun the reader or their company owns ([`POSSESSED_WORDS`]).
const POSSESSED: u8 = 65;
/// A comparative, which "than" follows ([`COMPARATIVE_WORDS`]).
const COMPARATIVE: u8 = 66;
/// A preposition, after which "it's" cannot stand ([`PREPOSITION_WORDS`]).
const PREPOSITION: u8 = 67;
/// A modal or "to", after which a verb stands ([`MODAL_WORDS`]).
const MODAL: u8 = 68;
/// A word that opens a noun phrase ([`ARTICLE_LIKE_WORDS`]).
const ARTICLE_LIKE: u8 = 69;
/// An adjective that "too" goes with ([`STATE_WORDS`]).
const STATE: u8 = 70;
/// A verb of being, before "too busy" ([`BEING_WORDS`]).
const BEING: u8 = 71;

const TRIGGER_WORDS: &[&str] = &[
    "your", "you're", "its", "it's", "there", "their", "they're", "who's", "lose", "advice",
    "then", "than", "loose", "affect", "effect", "to", "except", "weather", "whose", "me", "of",
    "alot", "advise",
];

const POSSESSED_WORDS: &[&str] = &[
    "team",
    "teams",
    "company",
    "office",
    "offices",
    "staff",
    "feedback",
    "process",
    "website",
    "products",
    "product",
    "customers",
    "clients",
    "mission",
    "values",
    "culture",
    "plans",
    "approach",
    "pride",
    "work",
    "own",
    "time",
    "help",
    "consideration",
    "support",
    "advice",
    "patience",
    "kindness",
    "decision",
    "reply",
    "response",
    "email",
    "message",
    "invitation",
    "offer",
    "questions",
    "insight",
    "insights",
    "guidance",
    "organisation",
    "organization",
    "department",
    "colleagues",
    "firm",
    "business",
    "project",
    "projects",
    "delivery",
    "deliveries",
    "launch",
    "roadmap",
    "manager",
    "managers",
    "engineers",
    "interviewers",
];

const COMPARATIVE_WORDS: &[&str] = &[
    "more", "less", "better", "rather", "higher", "lower", "fewer", "greater", "worse", "bigger",
    "smaller", "longer", "shorter", "faster", "slower", "larger", "stronger", "easier", "harder",
    "quicker", "older", "younger", "cheaper", "busier", "other",
];

const PREPOSITION_WORDS: &[&str] = &[
    "of",
    "in",
    "on",
    "for",
    "with",
    "about",
    "from",
    "by",
    "at",
    "into",
    "through",
    "over",
    "under",
    "tracks",
    "improve",
    "improves",
    "improved",
    "improving",
    "share",
    "shares",
];

const MODAL_WORDS: &[&str] = &[
    "to", "will", "would", "could", "can", "should", "may", "might", "must", "not", "don't",
    "didn't", "doesn't", "won't", "wouldn't", "couldn't", "cannot",
];

const ARTICLE_LIKE_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "big",
    "positive",
    "negative",
    "real",
    "huge",
    "significant",
    "lasting",
    "direct",
    "any",
    "no",
    "great",
    "major",
    "strong",
    "little",
    "small",
    "immediate",
];

const STATE_WORDS: &[&str] = &[
    "short",
    "busy",
    "late",
    "early",
    "long",
    "soon",
    "big",
    "small",
    "hard",
    "difficult",
    "expensive",
    "complicated",
    "much",
    "far",
    "tired",
    "slow",
    "quick",
];

const BEING_WORDS: &[&str] = &[
    "is", "was", "are", "were", "be", "been", "being", "felt", "feel", "feels", "seems", "seemed",
    "way", "far", "looks", "looked", "sounds", "sounded", "got", "gets",
];

/// What word `w` should be, if its neighbours show it is the wrong one.
fn judge(cx: &RuleContext<'_, '_>, w: usize, end: usize) -> Option<&'static str> {
    let doc = cx.doc();
    let norm = doc.word_norm(w);
    let next = if w + 1 < end {
        doc.word_norm(w + 1)
    } else {
        ""
    };
    let after = if w + 2 < end {
        doc.word_norm(w + 2)
    } else {
        ""
    };
    let prev = doc.word_norm(w.wrapping_sub(1));
    let has_prev = w > 0 && doc.sentence_of(w - 1) == doc.sentence_of(w);
    let gap_after = doc.gap_before(w + 1);
    let clause_ends = next.is_empty() || gap_after.contains(['.', '!', '?', ',', ';']);
    match norm {
        // "your going", "your not", "your a star" — not "your going-away party".
        "your" if !doc.gap_before(w + 2).starts_with('-') => matches!(
            next,
            "going"
                | "doing"
                | "coming"
                | "getting"
                | "trying"
                | "not"
                | "a"
                | "an"
                | "the"
                | "very"
                | "so"
                | "probably"
                | "still"
                | "also"
                | "welcome"
                | "right"
                | "absolutely"
        )
        .then_some("you're")
        .filter(|_| next != "welcome" || clause_ends_at(doc, w + 1, end))
        // "your right that …", "your right about …", "your right." — not "your right hand".
        .filter(|_| {
            next != "right" || clause_ends_at(doc, w + 1, end) || matches!(after, "that" | "about")
        }),
        // "take you're time", "you're feedback".
        "you're" => cx.tag_at(POSSESSED, w + 1).then_some("your"),
        // "its been", "its a great team", "its clear that".
        "its" => matches!(
            next,
            "a" | "an"
                | "the"
                | "been"
                | "not"
                | "very"
                | "so"
                | "clear"
                | "great"
                | "good"
                | "important"
                | "also"
                | "just"
                | "really"
                | "always"
                | "never"
                | "still"
                | "going"
                | "my"
                | "your"
                | "our"
                | "obvious"
                | "true"
                | "possible"
                | "likely"
        )
        .then_some("it's"),
        // "tracks it's delivery times", "it's own".
        "it's" => (next == "own" || has_prev && cx.tag_at(PREPOSITION, w - 1) && !clause_ends)
            .then_some("its"),
        // "there feedback was generous" — not "are there plans", "over there".
        "there" if cx.tag_at(POSSESSED, w + 1) && next != "time" => {
            let existential = has_prev
                && matches!(
                    prev,
                    "is" | "are"
                        | "was"
                        | "were"
                        | "over"
                        | "out"
                        | "in"
                        | "from"
                        | "up"
                        | "get"
                        | "be"
                        | "been"
                        | "here"
                        | "and"
                );
            // "pride in there work." — a place word, but the noun ends the clause, so
            // it is owned, not a verb after "in there" ("the people in there work hard").
            let owned_after_place = matches!(prev, "in" | "from" | "out" | "up" | "over")
                && clause_ends_at(doc, w + 1, end);
            let existential = existential && !owned_after_place;
            (!existential && !doc.words()[w].is_capitalized() || !has_prev && next == "own")
                .then_some("their")
                .or_else(|| (doc.words()[w].is_capitalized() && next == "own").then_some("Their"))
        }
        // "Their is one more question".
        "their" if matches!(next, "is" | "are" | "was" | "were") => Some("there"),
        "their" if matches!(next, "going" | "not" | "very" | "so" | "doing" | "coming") => {
            Some("they're")
        }
        // "a better fit then my current one" — not "later, then": the comparative right
        // before, or one noun before, with no pause between.
        "then" if has_prev && !doc.gap_before(w).contains([',', ';', '.']) => {
            let two_back = w >= 2
                && doc.sentence_of(w - 2) == doc.sentence_of(w)
                && cx.tag_at(COMPARATIVE, w - 2)
                && !doc.gap_before(w - 1).contains([',', ';', '.']);
            ((cx.tag_at(COMPARATIVE, w - 1) || two_back) && !clause_ends).then_some("than")
        }
        // "since than", "back than", "and than I".
        "than" if has_prev && matches!(prev, "since" | "until" | "back" | "till" | "by") => {
            Some("then")
        }
        // "to loose touch", "I don't want to loose".
        "loose" if has_prev && cx.tag_at(MODAL, w - 1) => Some("lose"),
        "loose" if matches!(next, "touch" | "sight" | "track" | "momentum" | "interest") => {
            Some("lose")
        }
        // "a big affect on".
        "affect" if has_prev && cx.tag_at(ARTICLE_LIKE, w - 1) && !matches!(prev, "to" | "not") => {
            Some("effect")
        }
        // "will effect the timeline" — not "to effect change", "in effect".
        "effect"
            if has_prev
                && cx.tag_at(MODAL, w - 1)
                && prev != "to"
                && !matches!(next, "change" | "changes" | "a" | "an") =>
        {
            Some("affect")
        }
        // "felt to short", "is to busy", "me to."
        "to" if has_prev
            && cx.tag_at(STATE, w + 1)
            && cx.tag_at(BEING, w - 1)
            && (clause_ends_at(doc, w + 1, end)
                || after == "to"
                || after == "for"
                || after == "this") =>
        {
            Some("too")
        }
        "to" if has_prev && prev == "me" && clause_ends => Some("too"),
        // "to except your offer".
        "except"
            if matches!(next, "your" | "the" | "this" | "an" | "a" | "my")
                && matches!(
                    after,
                    "offer" | "invitation" | "position" | "role" | "job" | "terms"
                )
                && has_prev
                && !matches!(
                    prev,
                    "all" | "everything" | "anything" | "nothing" | "everyone"
                ) =>
        {
            Some("accept")
        }
        // "weighing up weather the London office" — not "weather the storm".
        "weather"
            if matches!(
                next,
                "or" | "to"
                    | "it"
                    | "i"
                    | "we"
                    | "you"
                    | "they"
                    | "this"
                    | "that"
                    | "there"
                    | "he"
                    | "she"
                    | "my"
                    | "our"
                    | "your"
            ) || next == "the"
                && after != "storm"
                && has_prev
                && matches!(
                    prev,
                    "up" | "decide"
                        | "know"
                        | "sure"
                        | "unsure"
                        | "wondering"
                        | "wonder"
                        | "ask"
                        | "asking"
                        | "see"
                        | "check"
                ) =>
        {
            Some("whether")
        }
        // "whose leading the onboarding", "whose the best person".
        "whose"
            if matches!(
                next,
                "the"
                    | "in"
                    | "responsible"
                    | "going"
                    | "leading"
                    | "running"
                    | "handling"
                    | "doing"
                    | "coming"
                    | "available"
            ) =>
        {
            Some("who's")
        }
        // "still me preferred option".
        "me" if matches!(
            next,
            "own"
                | "preferred"
                | "favourite"
                | "favorite"
                | "current"
                | "previous"
                | "former"
                | "first-choice"
        ) =>
        {
            Some("my")
        }
        // "would of", "could of".
        "of" if has_prev
            && matches!(
                prev,
                "would" | "could" | "should" | "must" | "might" | "may"
            )
            && !doc.gap_before(w).contains(',') =>
        {
            Some("have")
        }
        "alot" => Some("a lot"),
        // "who's team I would join".
        "who's" if cx.tag_at(POSSESSED, w + 1) => Some("whose"),
        // "everyone they're, especially": a place, not "they are".
        "they're" if clause_ends && has_prev => Some("there"),
        // "their hoping to schedule".
        "their" if next.len() > 5 && next.ends_with("ing") && after == "to" => Some("they're"),
        // "tie up any lose ends".
        "lose" if matches!(next, "ends" | "end" | "fit" | "threads" | "thread") => Some("loose"),
        // "could you advice me".
        "advice"
            if has_prev && cx.tag_at(MODAL, w - 1)
                || matches!(next, "me" | "him" | "her" | "them" | "us") =>
        {
            Some("advise")
        }
        // "your advise was helpful".
        "advise"
            if has_prev
                && matches!(
                    prev,
                    "your"
                        | "the"
                        | "my"
                        | "good"
                        | "some"
                        | "any"
                        | "great"
                        | "helpful"
                        | "useful"
                        | "for"
                ) =>
        {
            Some("advice")
        }
        _ => None,
    }
}

/// True if the clause ends right after word `w`: the sentence ends, or a comma follows.
fn clause_ends_at(doc: &crate::Document<'_>, w: usize, end: usize) -> bool {
    w + 1 >= end
        || doc
            .gap_before(w + 1)
            .contains(['.', '!', '?', ',', ';', ':'])
}

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    for (s, sentence) in doc.sentences().iter().enumerate() {
        let words = sentence.words();
        // Most sentences hold none of the look-alikes: skip them in constant time.
        if cx
            .class_bit(TRIGGER)
            .is_some_and(|bit| !doc.sentence_has(s, bit))
        {
            continue;
        }
        for w in words.clone() {
            if !cx.tag_at(TRIGGER, w) {
                continue;
            }
            let word = &doc.words()[w];
            if word.is_placeholder() || word.is_url() || word.has(flag::QUOTATION) {
                continue;
            }
            let Some(right) = judge(cx, w, words.end) else {
                continue;
            };
            let written = doc.word_text(w);
            let right = if written.starts_with(|c: char| c.is_uppercase()) {
                let mut c = right.chars();
                c.next()
                    .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                    .unwrap_or_default()
            } else {
                right.to_owned()
            };
            let span: Span = word.span;
            out.push(
                Finding::new(
                    span,
                    format!(
                        "\"{written}\" looks like the wrong word here; did you mean \"{right}\"?"
                    ),
                )
                .suggest(Suggestion::new(
                    format!("Write \"{right}\""),
                    Edit::new(span, right.clone()),
                    Applicability::NeedsReview,
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::FollowUp;
    use crate::testing::{assert_accepts, assert_flags};

    const RULE: &str = "wrong-word";

    #[test]
    fn flags_look_alikes_where_the_neighbours_leave_one_reading() {
        for text in [
            "I think your going to enjoy the report.",
            "Please take you're time with the decision.",
            "Its been a pleasure to meet the team.",
            "I liked how the firm tracks it's delivery times.",
            "Please thank the panel; there feedback was generous.",
            "I can tell the bakers take real pride in there work.",
            "Their is one more question about the contract.",
            "The new role pays more then my current one.",
            "I don't want to loose touch with the team.",
            "The tool will have a big affect on the planning.",
            "The interview felt to short to cover everything.",
            "I am delighted to except your offer.",
            "I am unsure weather I can attend on Monday.",
            "Could you tell me whose leading the induction?",
            "The Leeds office is still me preferred option.",
            "I could of prepared some sample figures.",
            "I learned alot on Friday.",
            "Could you tell me who's team I would join?",
            "Your right that the plan is ambitious.",
            "The recruiters said their hoping to decide soon.",
            "Could you advice me on the next step?",
            "I hope we can tie up any lose ends.",
            "I enjoyed meeting everyone they're, especially the apprentices.",
        ] {
            assert_flags(RULE, FollowUp, text);
        }
    }

    #[test]
    fn leaves_the_right_word_alone() {
        for text in [
            "Your feedback was generous, and your team was kind.",
            "You're welcome to call me, and you're right about the timeline.",
            "The product has its own release cycle.",
            "It's clear that the team is growing, and it's exciting.",
            "Are there plans to open an office in Porto?",
            "I met the engineers over there and their manager.",
            "The people in there work hard, and the crew out there team up well.",
            "We finished the audit, then moved on to the forecast.",
            "The salary is slightly more than I expected.",
            "The bolts had come loose before the inspection.",
            "A move might affect the timeline, and the effect would be small.",
            "We hope to effect change across the region.",
            "Could you tell me to whom I should send the forms?",
            "I would like to talk to Maria about it, and to the team too.",
            "Everyone was there except the finance lead.",
            "The weather in Aberdeen was kind to us.",
            "Whose team would I join in the first month?",
            "Please send me your current timetable.",
            "Their hiring process was clear, and they're hoping to decide soon.",
            "Who's the best person to ask, and whose team is it?",
            "I raised my right hand; your right hand is on the left in the photo.",
            "Thank you for the advice on my portfolio.",
            "I did not want to lose the thread of the conversation.",
            "The team spoke of the need to hire, and I thought of my own experience.",
        ] {
            assert_accepts(RULE, FollowUp, text);
        }
    }
}
