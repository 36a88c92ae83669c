//! `fixed-phrase`: a set phrase with a word missing, wrong or extra: "as much information
//! you can" (→ "as much information as you can"), "discuss about", "explain me",
//! "responsible of", "since three years", "I am interesting in" (→ "interested").
//!
//! Three kinds of frame:
//! - a collocation with the wrong preposition or a word too many, fixed where it stands
//!   ([`COLLOCATIONS`]);
//! - a comparison "as much … as" or "as soon as" that lost its second "as";
//! - a feeling said with the wrong participle: "I am interesting in" (the writer is
//!   interested), "the project was very interested" (the project is interesting).

use crate::diagnostic::{Applicability, Category, Edit, Finding, Level, Levels, Span, Suggestion};
use crate::draft::MessageKind::{FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{Example, Gate, Rule, RuleContext, RuleKind, TextRule};
use crate::text::flag;
use crate::text::lexicon::cue;

pub(crate) const RULE: Rule = Rule {
    id: "fixed-phrase",
    category: Category::Proofreading,
    summary: "Flags set phrases with a word wrong, missing or extra: \"discuss about\", \"explain me\", \"as soon possible\", \"since three years\", \"I am interesting in\".",
    why: "Readers know set phrases by heart, so a slip in one stands out more than in free prose.",
    help: "Use the phrase as it is usually written: \"discuss\", \"explain to me\", \"as soon as possible\", \"for three years\", \"I am interested in\".",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Error),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(ThankYou, "I would like to discuss about the role further."),
            Example::new(FollowUp, "Please let me know as soon possible."),
            Example::new(FollowUp, "I am very interesting in this position."),
        ],
        accepted: &[
            Example::new(ThankYou, "I would like to discuss the role further."),
            Example::new(FollowUp, "Please let me know as soon as possible."),
            Example::new(
                FollowUp,
                "I am very interested in this interesting position.",
            ),
        ],
        phrases: &[
            (COLLOCATION, COLLOCATION_PHRASES),
            (
                AS_AMOUNT,
                &[
                    "as much",
                    "as many",
                    "as soon",
                    "as quickly",
                    "as early",
                    "as often",
                    "as long",
                    "as far",
                    "as well",
                    "as little",
                    "as few",
                    "as fast",
                    "as detailed",
                    "as clear",
                    "as clearly",
                ],
            ),
            (PERSON_SUBJECT, &["i", "i'm", "we", "we're"]),
            (
                BE,
                &[
                    "am", "i'm", "are", "was", "were", "feel", "felt", "got", "get", "became",
                    "become", "be", "been",
                ],
            ),
            (
                DEGREE,
                &[
                    "very",
                    "so",
                    "really",
                    "quite",
                    "extremely",
                    "truly",
                    "genuinely",
                    "most",
                    "particularly",
                    "incredibly",
                    "also",
                    "still",
                    "always",
                    "more",
                ],
            ),
            (THING_SUBJECT, &["it", "this", "that"]),
        ],
        evidence: None,
        check,
    }),
};

/// A collocation written wrong ([`COLLOCATION_PHRASES`]).
const COLLOCATION: u8 = 0;
/// The first half of an "as … as" comparison.
const AS_AMOUNT: u8 = 1;
/// A subject that feels: "I", "we".
const PERSON_SUBJECT: u8 = 64;
/// A verb of being or becoming.
const BE: u8 = 65;
/// A degree word between the verb and the adjective.
const DEGREE: u8 = 66;
/// A subject that is a thing: "it", "this", "that".
const THING_SUBJECT: u8 = 67;

/// Collocations written wrong, and how they are written right.
const COLLOCATIONS: &[(&str, &str)] = &[
    ("discuss about", "discuss"),
    ("discussed about", "discussed"),
    ("discussing about", "discussing"),
    ("explain me", "explain to me"),
    ("explained me", "explained to me"),
    ("explain us", "explain to us"),
    ("appreciate if", "appreciate it if"),
    ("forward hearing", "forward to hearing"),
    ("depend of", "depend on"),
    ("depends of", "depends on"),
    ("take part of", "take part in"),
    ("took part of", "took part in"),
    ("capable to", "capable of"),
    ("responsible of", "responsible for"),
    ("surprised of", "surprised by"),
    ("participate to", "participate in"),
    ("participated to", "participated in"),
    ("similar with", "similar to"),
    ("in regards of", "in regard to"),
    ("on the other hands", "on the other hand"),
    ("am agree", "agree"),
    ("are agree", "agree"),
    ("is agree", "agrees"),
    ("comprised of", "composed of"),
    ("married with", "married to"),
    ("consist in", "consist of"),
    ("according to me", "in my view"),
    ("look forward for", "look forward to"),
    ("interested for", "interested in"),
    ("interested about", "interested in"),
    ("experience in working", "experience working"),
    ("far be it for", "far be it from"),
];

/// The wrong halves of [`COLLOCATIONS`], as the phrase table lists them.
const COLLOCATION_PHRASES: &[&str] = &[
    "discuss about",
    "discussed about",
    "discussing about",
    "explain me",
    "explained me",
    "explain us",
    "appreciate if",
    "forward hearing",
    "depend of",
    "depends of",
    "take part of",
    "took part of",
    "capable to",
    "responsible of",
    "surprised of",
    "participate to",
    "participated to",
    "similar with",
    "in regards of",
    "on the other hands",
    "am agree",
    "are agree",
    "is agree",
    "comprised of",
    "married with",
    "consist in",
    "according to me",
    "look forward for",
    "interested for",
    "interested about",
    "experience in working",
    "far be it for",
];

/// Feelings said with the wrong participle, each with the right one.
const PARTICIPLES: &[(&str, &str)] = &[
    ("interesting", "interested"),
    ("exciting", "excited"),
    ("boring", "bored"),
    ("confusing", "confused"),
    ("satisfying", "satisfied"),
    ("pleasing", "pleased"),
    ("impressing", "impressed"),
    ("surprising", "surprised"),
    ("disappointing", "disappointed"),
    ("tiring", "tired"),
    ("overwhelming", "overwhelmed"),
    ("amazing", "amazed"),
    ("thrilling", "thrilled"),
    ("fascinating", "fascinated"),
];

fn finding(span: Span, written: &str, right: &str) -> Finding {
    Finding::new(
        span,
        format!("\"{written}\" is not the usual phrase; write \"{right}\"."),
    )
    .suggest(Suggestion::new(
        format!("Write \"{right}\""),
        Edit::new(span, right.to_owned()),
        Applicability::NeedsReview,
    ))
}

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    for h in cx.hits() {
        let first = h.first_word();
        if doc.sentence_of(first).is_none() || doc.words()[first].has(flag::QUOTATION) {
            continue;
        }
        let span = doc.hit_span(h);
        let written = span.slice(doc.text());
        match h.tag() {
            COLLOCATION => {
                let phrase = doc.norm_range(h.words());
                let Some(&(_, right)) = COLLOCATIONS.iter().find(|(wrong, _)| *wrong == phrase)
                else {
                    continue;
                };
                // "interested, for example," is no collocation.
                if phrase == "interested for" && doc.word_norm(h.end_word()) == "example" {
                    continue;
                }
                let right = if written.starts_with(|c: char| c.is_uppercase()) {
                    let mut c = right.chars();
                    c.next()
                        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                        .unwrap_or_default()
                } else {
                    right.to_owned()
                };
                out.push(finding(span, written, &right));
            }
            AS_AMOUNT => {
                // "as much information you can offer": the second "as" went missing
                // before the pronoun (or "possible") within four words.
                let end = doc
                    .sentence_of(first)
                    .map_or(first, |s| doc.sentences()[s].words().end);
                // "as well" is an adverb ("as well as" or "too") unless a comparison
                // follows; leave it.
                if doc.word_norm(first + 1) == "well"
                    || first > 0 && doc.word_norm(first - 1) == "as"
                {
                    continue;
                }
                let mut found = None;
                for v in h.end_word()..(h.end_word() + 4).min(end) {
                    let n = doc.word_norm(v);
                    if n == "as" || doc.gap_before(v).contains([',', ';', '.']) {
                        break;
                    }
                    if matches!(
                        n,
                        "you" | "i" | "we" | "they" | "possible" | "needed" | "necessary"
                    ) {
                        found = Some(v);
                        break;
                    }
                }
                let Some(v) = found else {
                    continue;
                };
                let at = doc.words()[v].span;
                let word = doc.word_text(v);
                out.push(
                    Finding::new(
                        span.cover(at),
                        format!("The comparison needs its second \"as\": \"… as {word}\"."),
                    )
                    .suggest(Suggestion::new(
                        "Add \"as\"",
                        Edit::insert(at.start, "as "),
                        Applicability::NeedsReview,
                    )),
                );
            }
            _ => {}
        }
    }
    // "since three years" → "for three years": a length of time, not a point.
    for sentence in doc.sentences() {
        let range = sentence.words();
        for w in range.clone() {
            let norm = doc.word_norm(w);
            if norm == "since" && w + 2 < range.end {
                let count = doc.word_is(w + 1, cue::NUMBER) || doc.words()[w + 1].has_digit();
                let unit = matches!(
                    doc.word_norm(w + 2),
                    "years" | "months" | "weeks" | "days" | "hours"
                );
                if count && unit && doc.word_norm(w + 3) != "ago" {
                    out.push(finding(doc.words()[w].span, doc.word_text(w), "for"));
                }
            }
            // "for last three years" → "for the last three years".
            if norm == "for" && doc.word_norm(w + 1) == "last" && w + 3 < range.end {
                let counted = doc.word_is(w + 2, cue::NUMBER) || doc.words()[w + 2].has_digit();
                if counted && doc.word_is(w + 3, cue::TIME_UNIT) {
                    let span = doc.words()[w + 1].span;
                    out.push(Finding::new(span, "Write \"for the last …\".").suggest(
                        Suggestion::new(
                            "Add \"the\"",
                            Edit::insert(span.start, "the "),
                            Applicability::NeedsReview,
                        ),
                    ));
                }
            }
            // A feeling with the wrong participle.
            let Some(&(ing, ed)) = PARTICIPLES.iter().find(|(i, e)| *i == norm || *e == norm)
            else {
                continue;
            };
            let mut v = w;
            while v > range.start && cx.tag_at(DEGREE, v - 1) {
                v -= 1;
            }
            if v < range.start + 1 || !cx.tag_at(BE, v - 1) {
                continue;
            }
            // "I'm" is subject and verb at once.
            let contracted = matches!(doc.word_norm(v - 1), "i'm" | "we're");
            if !contracted && v < range.start + 2 {
                continue;
            }
            let subject = if contracted { v - 1 } else { v - 2 };
            let next = doc.word_norm(w + 1);
            let person = cx.tag_at(PERSON_SUBJECT, subject);
            let thing = cx.tag_at(THING_SUBJECT, subject) && subject == range.start;
            let prep_after = matches!(
                next,
                "in" | "about" | "by" | "with" | "to" | "at" | "for" | "that"
            );
            let clause_end =
                w + 1 >= range.end || doc.gap_before(w + 1).contains([',', '.', ';', '!', '?']);
            // "I am interesting in", "I was so exciting about": the writer feels.
            if person && norm == ing && prep_after && ing != "amazing" {
                out.push(finding(doc.words()[w].span, doc.word_text(w), ed));
            }
            // "It was very interested." The thing is what interests.
            if thing && norm == ed && clause_end {
                out.push(finding(doc.words()[w].span, doc.word_text(w), ing));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::FollowUp;
    use crate::testing::{assert_accepts, assert_flags};

    const RULE: &str = "fixed-phrase";

    #[test]
    fn flags_set_phrases_written_wrong() {
        for text in [
            "I would like to discuss about the budget.",
            "Could you explain me the review cycle?",
            "I would appreciate if you could confirm.",
            "I am responsible of the weekly reports.",
            "I have worked in retail since three years.",
            "Please send as much detail you can.",
            "I will reply as soon possible.",
            "I am really interesting in the role.",
            "I'm so exciting about the launch.",
            "It was very interested.",
            "I have led the team for last two years.",
            "Far be it for me to question the timing, but the role suits me.",
        ] {
            assert_flags(RULE, FollowUp, text);
        }
    }

    #[test]
    fn leaves_the_usual_phrases_alone() {
        for text in [
            "I would like to discuss the budget and our discussion about hiring.",
            "Could you explain to me the review cycle?",
            "I have worked in retail since 2019 and for three years in logistics.",
            "Please send as much detail as you can, as soon as possible.",
            "I am really interested in the role, which is interesting.",
            "It was very interesting, and the team was interested in my work.",
            "I have led the team for the last two years.",
            "The name was familiar to me, and it was as well organised as promised.",
            "I was interested, for example, in the tooling.",
        ] {
            assert_accepts(RULE, FollowUp, text);
        }
    }
}
