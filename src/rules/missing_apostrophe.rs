//! `missing-apostrophe`: a contraction written without its apostrophe ("dont", "Im",
//! "thats").
//!
//! The unambiguous ones ("dont", "didnt", "youre") are flagged wherever they stand. Those
//! that are also words ("ill", "id", "lets", "hell", "wed", "well", "were", "shell") are
//! left alone, except "ill" and "id" right before a verb they take ("ill send", "id
//! love") and "Lets" opening a sentence before a verb ("Lets talk"). A capitalised one
//! after another capitalised word is part of a name ("Jony Ive").

use crate::diagnostic::{Applicability, Category, Edit, Finding, Level, Levels, Suggestion};
use crate::draft::MessageKind::{CallScript, FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{Example, Gate, Rule, RuleContext, RuleKind, TextRule};
use crate::text::flag;

pub(crate) const RULE: Rule = Rule {
    id: "missing-apostrophe",
    category: Category::Proofreading,
    summary: "Flags contractions written without their apostrophe: \"dont\", \"Im\", \"thats\", \"youre\".",
    why: "A missing apostrophe reads as texting or haste, in a message meant to show care.",
    help: "Put the apostrophe back (\"don't\", \"I'm\"), or write the words out (\"do not\").",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Error),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(FollowUp, "Im still very interested in the role."),
            Example::new(ThankYou, "Thats exactly the kind of team I want to join."),
            Example::new(
                CallScript,
                "If you miss me now, ill call back this afternoon.",
            ),
        ],
        accepted: &[
            Example::new(FollowUp, "I'm still very interested in the role."),
            Example::new(ThankYou, "I was ill last week, but the notes helped."),
            Example::new(FollowUp, "The new tool lets analysts share dashboards."),
            Example::new(FollowUp, "I enjoyed the talk by Jony Ive on design."),
        ],
        phrases: &[
            (ALWAYS, ALWAYS_WORDS),
            (BEFORE_VERB, &["ill", "id"]),
            (LETS, &["lets"]),
            (TAKES_WOULD, TAKES_WOULD_WORDS),
            (TAKES_WILL, TAKES_WILL_WORDS),
        ],
        evidence: None,
        check,
    }),
};

/// A contraction that is no word without its apostrophe.
const ALWAYS: u8 = 64;
/// "ill" and "id": words of their own, contractions only before a verb.
const BEFORE_VERB: u8 = 65;
/// "lets": a verb, "let's" when it opens a sentence before a verb.
const LETS: u8 = 66;
/// Verbs that follow "I'd" ([`TAKES_WOULD_WORDS`]).
const TAKES_WOULD: u8 = 67;
/// Verbs that follow "I'll" ([`TAKES_WILL_WORDS`]).
const TAKES_WILL: u8 = 68;

/// Each contraction without its apostrophe, and with it.
const FIXES: &[(&str, &str)] = &[
    ("im", "I'm"),
    ("ive", "I've"),
    ("id", "I'd"),
    ("ill", "I'll"),
    ("dont", "don't"),
    ("didnt", "didn't"),
    ("doesnt", "doesn't"),
    ("wont", "won't"),
    ("cant", "can't"),
    ("isnt", "isn't"),
    ("arent", "aren't"),
    ("wasnt", "wasn't"),
    ("werent", "weren't"),
    ("havent", "haven't"),
    ("hasnt", "hasn't"),
    ("hadnt", "hadn't"),
    ("couldnt", "couldn't"),
    ("wouldnt", "wouldn't"),
    ("shouldnt", "shouldn't"),
    ("mustnt", "mustn't"),
    ("neednt", "needn't"),
    ("thats", "that's"),
    ("whats", "what's"),
    ("wheres", "where's"),
    ("theres", "there's"),
    ("heres", "here's"),
    ("youre", "you're"),
    ("youve", "you've"),
    ("youll", "you'll"),
    ("youd", "you'd"),
    ("theyre", "they're"),
    ("theyve", "they've"),
    ("theyll", "they'll"),
    ("theyd", "they'd"),
    ("weve", "we've"),
    ("hes", "he's"),
    ("shes", "she's"),
    ("itll", "it'll"),
    ("lets", "let's"),
];

/// The contractions of [`FIXES`] that are no English word without the apostrophe.
const ALWAYS_WORDS: &[&str] = &[
    "im", "ive", "dont", "didnt", "doesnt", "wont", "cant", "isnt", "arent", "wasnt", "werent",
    "havent", "hasnt", "hadnt", "couldnt", "wouldnt", "shouldnt", "mustnt", "neednt", "thats",
    "whats", "wheres", "theres", "heres", "youre", "youve", "youll", "youd", "theyre", "theyve",
    "theyll", "theyd", "weve", "hes", "shes", "itll",
];

/// Verbs that follow "I'd": "id love", "id be happy".
const TAKES_WOULD_WORDS: &[&str] = &[
    "like",
    "love",
    "be",
    "appreciate",
    "welcome",
    "prefer",
    "enjoy",
    "rather",
    "need",
    "hoped",
    "thought",
    "have",
    "say",
    "suggest",
    "recommend",
    "imagine",
    "expect",
    "want",
    "gladly",
    "also",
    "still",
    "really",
    "definitely",
    "certainly",
    "happily",
];

/// Verbs that follow "I'll": "ill send", "ill be in touch".
const TAKES_WILL_WORDS: &[&str] = &[
    "be",
    "send",
    "call",
    "follow",
    "get",
    "make",
    "take",
    "do",
    "let",
    "need",
    "keep",
    "bring",
    "reach",
    "look",
    "try",
    "share",
    "contact",
    "email",
    "check",
    "see",
    "give",
    "have",
    "start",
    "ring",
    "come",
    "put",
    "forward",
    "update",
    "wait",
    "drop",
    "pass",
    "also",
    "definitely",
    "certainly",
    "probably",
    "just",
    "gladly",
    "happily",
];

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    for (w, word) in doc.words().iter().enumerate() {
        let always = cx.tag_at(ALWAYS, w);
        let before_verb = cx.tag_at(BEFORE_VERB, w);
        let lets = cx.tag_at(LETS, w);
        if !(always || before_verb || lets) {
            continue;
        }
        let Some(s) = doc.sentence_of(w) else {
            continue;
        };
        if word.is_placeholder() || word.is_url() || word.has(flag::QUOTATION) {
            continue;
        }
        let written = doc.word_text(w);
        // An apostrophe already there ("I'm") or another symbol inside.
        if !written.bytes().all(|b| b.is_ascii_alphabetic()) {
            continue;
        }
        // "ID", "ILL" in capitals are abbreviations or shouting, not a lost "I'd".
        if !always && word.is_all_caps() {
            continue;
        }
        // "Jony Ive", "Dr Hes": part of a name.
        let first = doc.sentences()[s].words().start == w;
        if word.is_capitalized() && !first && w > 0 && doc.words()[w - 1].is_capitalized() {
            continue;
        }
        let norm = doc.word_norm(w);
        let fires = if always {
            // "the cant of the trade", "as was his wont".
            !matches!(
                doc.word_norm(w.wrapping_sub(1)),
                "the" | "his" | "her" | "their"
            )
        } else if before_verb {
            let takes = if norm == "id" {
                TAKES_WOULD
            } else {
                TAKES_WILL
            };
            cx.tag_at(takes, w + 1) && doc.sentence_of(w + 1) == Some(s)
        } else {
            // "Lets talk on Friday" opens a suggestion; "it lets me" is the verb.
            first
                && (cx.tag_at(TAKES_WILL, w + 1)
                    || matches!(
                        doc.word_norm(w + 1),
                        "discuss" | "talk" | "meet" | "schedule" | "arrange" | "chat" | "plan"
                    ))
        };
        if !fires {
            continue;
        }
        let Some(&(_, fixed)) = FIXES.iter().find(|(bare, _)| *bare == norm) else {
            continue;
        };
        let right = match_case(written, fixed);
        // Only the ambiguous ones need a second look.
        let applicability = if always {
            Applicability::Safe
        } else {
            Applicability::NeedsReview
        };
        out.push(
            Finding::new(
                word.span,
                format!("\"{written}\" is missing its apostrophe: \"{right}\"."),
            )
            .suggest(Suggestion::new(
                format!("Write \"{right}\""),
                Edit::new(word.span, right.clone()),
                applicability,
            )),
        );
    }
}

/// `fixed` in the case of `written`: "Dont" → "Don't", "DONT" → "DON'T"; "I" stays.
fn match_case(written: &str, fixed: &str) -> String {
    if written.len() > 1 && written.bytes().all(|b| b.is_ascii_uppercase()) {
        return fixed.to_uppercase();
    }
    if written.starts_with(|c: char| c.is_ascii_uppercase()) {
        let mut chars = fixed.chars();
        return chars
            .next()
            .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
            .unwrap_or_default();
    }
    fixed.to_owned()
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::FollowUp;
    use crate::testing::{assert_accepts, assert_flags};

    const RULE: &str = "missing-apostrophe";

    #[test]
    fn flags_contractions_in_any_case() {
        for text in [
            "i dont think the start date is fixed yet",
            "Whats the best way to send the forms?",
            "DONT worry about the delay.",
            "If you are free on Friday, id love to call.",
            "youre welcome to call me on my mobile.",
            "Lets schedule a call for Tuesday.",
        ] {
            assert_flags(RULE, FollowUp, text);
        }
    }

    #[test]
    fn leaves_words_that_need_no_apostrophe() {
        for text in [
            "I was ill for a day but I'm fine now.",
            "Please bring photo ID and your national insurance number.",
            "The portal lets you upload a CV.",
            "Well, the week went quickly.",
            "As is his wont, the manager replied within the hour.",
            "We spoke with Jony Ive about the product.",
        ] {
            assert_accepts(RULE, FollowUp, text);
        }
    }

    #[test]
    fn keeps_the_case_of_what_was_written() {
        assert_eq!(super::match_case("Dont", "don't"), "Don't");
        assert_eq!(super::match_case("DONT", "don't"), "DON'T");
        assert_eq!(super::match_case("im", "I'm"), "I'm");
    }
}
