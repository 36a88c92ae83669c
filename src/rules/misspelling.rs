//! `misspelling`: a known misspelling, looked up in the typos project's dictionary.

use super::{Check, Example, Rule, RuleContext};
use crate::diagnostic::{Applicability, Category, Edit, Finding, Level, Levels, Suggestion};
use crate::draft::MessageKind::{FollowUp, ThankYou};
use crate::text::Document;

pub(crate) const RULE: Rule = Rule {
    id: "misspelling",
    category: Category::Proofreading,
    levels: Levels::all(Level::Error),
    summary: "Flags known misspellings (\"recieve\", \"oppurtunity\", \"sincerly\") and suggests the correction.",
    why: "Typos tell the reader you did not check your work, in a message whose whole point is \
          to show care; many recruiters stop reading at the first one.",
    help: "Correct the spelling, then read the message once more before sending.",
    flagged: &[
        Example::new(ThankYou, "Thank you for the oppurtunity to meet the team."),
        Example::new(
            FollowUp,
            "I look forward to hearing about the next steps.\n\nSincerly,\nLeo",
        ),
    ],
    accepted: &[
        Example::new(ThankYou, "Thank you for the opportunity to meet the team."),
        Example::new(FollowUp, "I enjoyed the tour of the Recieve Labs office.")
            .with_context(&[("company", "Recieve Labs")]),
        Example::new(
            FollowUp,
            "Please reply to [recieve address] or see http://example.com/recieve.",
        ),
    ],
    options: &[],
    phrases: &[],
    criterion: None,
    check: Check::Text(check),
};

/// Contractions written without their apostrophe: the dictionary's one correction is
/// often the wrong word ("youre" → "your"), so their fixes need a look.
const CONTRACTIONS: &[&str] = &[
    "dont", "cant", "wont", "youre", "theyre", "im", "ive", "id", "isnt", "arent", "wasnt",
    "werent", "hasnt", "havent", "didnt", "doesnt", "couldnt", "wouldnt", "shouldnt", "thats",
    "whats", "lets", "its", "hes", "shes", "weve", "youve", "youll", "theyll", "ill",
];

/// Declares [`COMMON`] and [`is_common`] from one list, so they cannot drift apart.
macro_rules! common_words {
    ($($word:literal),* $(,)?) => {
        /// The most frequent words of English prose, spelled right: about half of a
        /// message's words, skipped without a dictionary lookup (a test checks that none
        /// of them is a key of the dictionary).
        #[cfg_attr(not(test), allow(dead_code))]
        const COMMON: &[&str] = &[$($word),*];

        /// True for a word of [`COMMON`]; a `match`, which compiles to a few comparisons.
        fn is_common(word: &str) -> bool {
            matches!(word, $($word)|*)
        }
    };
}

common_words!(
    "i",
    "a",
    "the",
    "to",
    "and",
    "of",
    "you",
    "for",
    "in",
    "my",
    "your",
    "is",
    "it",
    "that",
    "with",
    "on",
    "me",
    "be",
    "we",
    "as",
    "at",
    "this",
    "have",
    "are",
    "was",
    "our",
    "an",
    "or",
    "so",
    "if",
    "do",
    "not",
    "but",
    "all",
    "any",
    "can",
    "will",
    "would",
    "about",
    "from",
    "by",
    "i'm",
    "i'd",
    "i've",
    "it's",
    "team",
    "role",
    "time",
    "thank",
    "thanks",
    "you're",
    "us",
    "more",
    "very",
    "what",
    "how",
    "there",
    "their",
    "they",
    "has",
    "had",
    "been",
    "one",
    "also",
    "up",
    "no",
    "out",
    "just",
    "like",
    "know",
    "work",
    "working",
    "interview",
    "job",
);

/// Returns the corrections for a misspelled word, if the dictionary knows it.
fn corrections(word: &str) -> Option<&'static [&'static str]> {
    if is_common(word) {
        return None;
    }
    typos_dict::WORD.find(&unicase::UniCase::new(word)).copied()
}

/// Writes `candidate` in the case pattern of `written`: "Recieve" → "Receive".
fn match_case(written: &str, candidate: &str) -> String {
    let letters: Vec<char> = written.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        return candidate.to_uppercase();
    }
    if letters.first().is_some_and(|c| c.is_uppercase()) {
        let mut chars = candidate.chars();
        return chars
            .next()
            .map(|first| first.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
    }
    candidate.to_owned()
}

/// True if the word is one the writer told us about (a name, a company, a skill).
fn in_context(doc: &Document<'_>, written: &str) -> bool {
    let c = doc.context();
    c.applicant_name
        .iter()
        .chain(&c.interviewer_names)
        .chain(&c.company)
        .chain(&c.role)
        .chain(&c.topics)
        .chain(&c.skills)
        .chain(&c.other_companies)
        .flat_map(|s| s.split(|ch: char| !ch.is_alphanumeric() && ch != '\''))
        .any(|w| w.eq_ignore_ascii_case(written))
}

fn check(cx: &RuleContext<'_, '_>, out: &mut Vec<Finding>) {
    let doc = cx.doc();
    for (w, word) in doc.words().iter().enumerate() {
        // Quoted replies, template slots, URLs and numbers are not the writer's prose.
        if doc.sentence_of(w).is_none()
            || word.is_placeholder()
            || word.is_url()
            || word.has_digit()
        {
            continue;
        }
        let norm = doc.word_norm(w);
        let Some(fixes) = corrections(norm) else {
            continue;
        };
        let written = doc.word_text(w);
        if fixes.is_empty() || in_context(doc, written) {
            continue;
        }
        let safe = fixes.len() == 1 && !CONTRACTIONS.contains(&norm);
        let applicability = if safe {
            Applicability::Safe
        } else {
            Applicability::NeedsReview
        };
        let options: Vec<String> = fixes
            .iter()
            .map(|f| format!("\"{}\"", match_case(written, f)))
            .collect();
        let mut finding = Finding::new(
            word.span,
            format!(
                "\"{written}\" is misspelled; did you mean {}?",
                options.join(" or ")
            ),
        );
        for fix in fixes {
            let right = match_case(written, fix);
            finding = finding.suggest(Suggestion::new(
                format!("Write \"{right}\""),
                Edit::new(word.span, right),
                applicability,
            ));
        }
        out.push(finding);
    }
}

#[cfg(test)]
mod tests {
    use super::match_case;
    use crate::MessageKind::FollowUp;
    use crate::testing::{assert_accepts, assert_flags, check};
    use crate::{Applicability, apply_fixes};

    const RULE: &str = "misspelling";

    #[test]
    fn common_words_skipped_without_lookup_are_not_misspellings() {
        for word in super::COMMON {
            assert!(super::is_common(word));
            assert!(
                typos_dict::WORD
                    .find(&unicase::UniCase::new(word))
                    .is_none(),
                "{word}"
            );
        }
    }

    #[test]
    fn keeps_the_writers_capitals() {
        assert_eq!(match_case("Recieve", "receive"), "Receive");
        assert_eq!(match_case("RECIEVE", "receive"), "RECEIVE");
        assert_eq!(match_case("recieve", "receive"), "receive");
    }

    #[test]
    fn flags_common_misspellings_with_curly_apostrophes_too() {
        for text in [
            "I definately want the job.",
            "Thier team was great.",
            "We will recieve it.",
        ] {
            assert_flags(RULE, FollowUp, text);
        }
    }

    #[test]
    fn ignores_british_spellings_and_quoted_replies() {
        assert_accepts(
            RULE,
            FollowUp,
            "The organisation's programme and catalogue were great.",
        );
        assert_accepts(RULE, FollowUp, "Thanks!\n\n> We recieved your application.");
    }

    #[test]
    fn fixes_a_single_candidate_safely() {
        let text = "I will recieve it.";
        let report = check(FollowUp, text);
        assert_eq!(
            apply_fixes(text, &report.diagnostics, Applicability::Safe).as_deref(),
            Ok("I will receive it.")
        );
    }

    #[test]
    fn leaves_contractions_for_review() {
        let report = check(FollowUp, "I think youre right.");
        let d = report
            .diagnostics
            .iter()
            .find(|d| d.rule == RULE)
            .expect("fires");
        assert_eq!(d.suggestions[0].applicability, Applicability::NeedsReview);
    }
}
