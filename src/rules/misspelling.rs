//! `misspelling`: a known misspelling, looked up in the typos project's dictionary, or a
//! word no dictionary knows that one slip of the keyboard away from a word people use.

use crate::diagnostic::{Applicability, Category, Edit, Finding, Level, Levels, Suggestion};
use crate::draft::MessageKind::{FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{ContextField, Example, Gate, Rule, RuleContext, RuleKind, TextRule};
use crate::text::dictionary::{HYPHEN_PREFIXES, INTENDED, is_common, is_word, split_unknown};
use crate::text::{Part, flag};

pub(crate) const RULE: Rule = Rule {
    id: "misspelling",
    category: Category::Proofreading,
    summary: "Flags known misspellings (\"recieve\", \"oppurtunity\", \"sincerly\") and slips that turn a common word into no word (\"yourelf\", \"I amm\"), and suggests the correction.",
    why: "Typos tell the reader you did not check your work, in a message whose whole point is \
          to show care; many recruiters stop reading at the first one.",
    help: "Correct the spelling, then read the message once more before sending.",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Error),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(ThankYou, "Thank you for the oppurtunity to meet the team."),
            Example::new(
                FollowUp,
                "I look forward to hearing about the next steps.\n\nSincerly,\nLeo",
            ),
            Example::new(ThankYou, "I hope to prove myself and push yourelf less."),
        ],
        accepted: &[
            Example::new(ThankYou, "Thank you for the opportunity to meet the team."),
            Example::new(FollowUp, "I enjoyed the tour of the Recieve Labs office.")
                .with_context(&[(ContextField::Company, "Recieve Labs")]),
            Example::new(
                FollowUp,
                "Please reply to [recieve address] or see http://example.com/recieve.",
            ),
            Example::new(
                FollowUp,
                "I would love to prioritise the backend work and the onboarding of new devs.",
            ),
        ],
        phrases: &[],
        evidence: None,
        check,
    }),
};

/// Contractions written without their apostrophe: the dictionary's one correction is
/// often the wrong word ("youre" → "your"), so their fixes need a look.
const CONTRACTIONS: &[&str] = &[
    "dont", "cant", "wont", "youre", "theyre", "im", "ive", "id", "isnt", "arent", "wasnt",
    "werent", "hasnt", "havent", "didnt", "doesnt", "couldnt", "wouldnt", "shouldnt", "thats",
    "whats", "lets", "its", "hes", "shes", "weve", "youve", "youll", "theyll", "ill",
];

/// Returns the corrections for a misspelled word, if the dictionary knows it.
fn corrections(word: &str) -> Option<&'static [&'static str]> {
    typos_dict::WORD.find(&unicase::UniCase::new(word)).copied()
}

/// For a lower-case word that no dictionary knows, the common words one typing slip
/// away: a letter doubled ("amm" → "am"), two letters swapped ("wiht" → "with"), or a
/// letter left out after the first ("yourelf" → "yourself"). Wrong-letter slips are left
/// to the typos dictionary: a changed letter turns too much jargon into a word ("saas" →
/// "says"). Jargon is mostly abbreviation, which looks like letters left out, so a word
/// that begins a longer word ("util", "compat") is taken as one and gets no guess.
/// Returns at most three, in alphabetical order.
fn slips(word: &str) -> Vec<String> {
    let b = word.as_bytes();
    let n = b.len();
    let mut found: Vec<String> = Vec::new();
    let mut buf = String::with_capacity(n + 1);
    let mut try_candidate = |buf: &str| {
        if INTENDED.contains(buf) && !found.iter().any(|f| f == buf) {
            found.push(buf.to_owned());
        }
    };
    // A doubled first letter ("mmap", "ccache") is how abbreviations of tools look.
    for i in 2..n {
        if b[i] == b[i - 1] {
            buf.clear();
            buf.push_str(&word[..i]);
            buf.push_str(&word[i + 1..]);
            try_candidate(&buf);
        }
    }
    if n >= 4 && !begins_a_longer_word(word) {
        for i in 0..n - 1 {
            buf.clear();
            buf.push_str(&word[..i]);
            buf.push(char::from(b[i + 1]));
            buf.push(char::from(b[i]));
            buf.push_str(&word[i + 2..]);
            try_candidate(&buf);
        }
        for i in 1..=n {
            for c in b'a'..=b'z' {
                buf.clear();
                buf.push_str(&word[..i]);
                buf.push(char::from(c));
                buf.push_str(&word[i..]);
                try_candidate(&buf);
            }
        }
    }
    found.sort();
    found.truncate(3);
    found
}

/// True if some word of the Wordnik list starts with `word` and has at least two more
/// letters: "util" (utility), "compat" (compatible), "prio" (priority).
fn begins_a_longer_word(word: &str) -> bool {
    let mut end = word.to_owned();
    end.push('{'); // the byte after 'z'
    wordnik_list::word_range(word, &end).any(|w| w.len() >= word.len() + 2)
}

/// The slips [`slips`] finds for a word, if it is a candidate at all: lower-case ASCII
/// letters only (names, acronyms, and words in other scripts are left alone), three to
/// twenty-four letters. The caller has already found it in no dictionary.
fn unknown_word_slips(word: &str) -> Vec<String> {
    if !(3..=24).contains(&word.len()) || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return Vec::new();
    }
    slips(word)
}

/// True for the sounds a caller makes while thinking ("umm", "amm", "erm", "hmm"): a
/// script may write them down, and after anything but "I" they are no misspelling of
/// "am" or "err".
fn is_filler(word: &str) -> bool {
    let b = word.as_bytes();
    let vowels = b
        .iter()
        .take_while(|c| matches!(c, b'a' | b'e' | b'u' | b'h'))
        .count();
    let rest = &b[vowels..];
    vowels >= 1 && !rest.is_empty() && rest.iter().all(|c| matches!(c, b'm' | b'h' | b'r'))
        || b.iter().all(|c| matches!(c, b'h' | b'm')) && b.len() >= 3
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

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    let mut unknown: std::collections::HashMap<&str, Vec<String>> =
        std::collections::HashMap::new();
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
        // About half of a message's words, spelled right: no lookup needed. Contractions
        // without their apostrophe are `missing-apostrophe`'s. A word people mean is no
        // key of the typos dictionary (none of its ~21,900 corrections is), and a hash
        // lookup is cheaper than the dictionary's.
        if is_common(norm) || INTENDED.contains(norm) || CONTRACTIONS.contains(&norm) {
            continue;
        }
        let written = doc.word_text(w);
        // "mis-shipments", "non-compete": a prefix before its hyphen.
        let prefix = w + 1 < doc.words().len()
            && doc.gap_before(w + 1) == "-"
            && HYPHEN_PREFIXES.contains(&norm);
        if prefix || is_name(cx, w) {
            continue;
        }
        // "Hi, amm, this is Dana": a filler, unless it stands where "am" would ("I amm").
        if is_filler(norm) && !(w > 0 && doc.is_pronoun_i(w - 1)) {
            continue;
        }
        let Some(fixes) = corrections(norm) else {
            // Words run together are `closed-compound`'s.
            // Only lower-case words get a guess (names and acronyms are left alone), so
            // the word list's search is spared for the rest.
            let lower = written.bytes().all(|b| b.is_ascii_lowercase());
            if !lower || word.has(flag::QUOTATION) {
                continue;
            }
            // A pasted list repeats its unknown words: each is judged once per draft.
            let likely = unknown.entry(norm).or_insert_with(|| {
                if is_word(norm) || split_unknown(norm).is_some() {
                    Vec::new()
                } else {
                    unknown_word_slips(norm)
                }
            });
            if !likely.is_empty() && !doc.context().has_word(written, true) {
                out.push(slip_finding(word.span, written, likely));
            }
            continue;
        };
        if fixes.is_empty() || doc.context().has_word(written, true) {
            continue;
        }
        let safe = fixes.len() == 1;
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

/// True if word `w` reads as a name, which no dictionary of slips should correct:
/// capitalised in a greeting, sign-off or signature ("Warm regards, Ines"), or
/// capitalised mid-sentence next to another capitalised word ("my name is Aaron
/// Feld"). A slip at the start of a sentence ("Recieve") is still a slip.
fn is_name(cx: &RuleContext<'_, '_>, w: usize) -> bool {
    let doc = cx.doc();
    let words = doc.words();
    if !words[w].is_capitalized() || words[w].is_all_caps() {
        return false;
    }
    let Some(s) = doc.sentence_of(w) else {
        return false;
    };
    let sentence = &doc.sentences()[s];
    if matches!(
        sentence.part,
        Part::Greeting | Part::Closing | Part::Signature
    ) {
        return true;
    }
    let capital = |v: usize| {
        doc.sentence_of(v) == Some(s) && words[v].is_capitalized() && !doc.is_pronoun_i(v)
    };
    w > sentence.words().start && (capital(w - 1) || capital(w + 1))
}

/// The finding for a word that no dictionary knows, with the words it may have meant;
/// every fix is a guess, so none is safe to apply unseen.
fn slip_finding(span: crate::Span, written: &str, likely: &[String]) -> Finding {
    let options: Vec<String> = likely.iter().map(|l| format!("\"{l}\"")).collect();
    let mut finding = Finding::new(
        span,
        format!(
            "\"{written}\" is not in the dictionary; did you mean {}?",
            options.join(" or ")
        ),
    );
    for l in likely {
        finding = finding.suggest(Suggestion::new(
            format!("Write \"{l}\""),
            Edit::new(span, l.clone()),
            Applicability::NeedsReview,
        ));
    }
    finding
}

#[cfg(test)]
mod tests {
    use super::match_case;
    use crate::MessageKind::FollowUp;
    use crate::testing::{assert_accepts, assert_flags, check, flagged};
    use crate::{Applicability, apply_fixes};

    const RULE: &str = "misspelling";

    #[test]
    fn common_words_skipped_without_lookup_are_not_misspellings() {
        for word in crate::text::dictionary::COMMON {
            assert!(crate::text::dictionary::is_common(word));
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
    fn flags_slips_no_dictionary_knows_and_leaves_the_fix_for_review() {
        for (text, meant) in [
            ("I amm glad we met.", "am"),
            ("Hi amm this is Dana, and I amm calling back.", "am"),
            ("Please let yourelf know.", "yourself"),
            ("I enjoyed our convresation.", "conversation"),
            ("The plannning work excitted me.", "planning"),
            ("It was a great teamm.", "team"),
        ] {
            let d = flagged(RULE, FollowUp, text);
            let fixes: Vec<&str> = d
                .suggestions
                .iter()
                .map(|s| s.edits[0].replacement.as_str())
                .collect();
            assert!(fixes.contains(&meant), "{text:?}: {fixes:?}");
            assert!(d.message.contains("not in the dictionary"), "{}", d.message);
            assert!(
                d.suggestions
                    .iter()
                    .all(|s| s.applicability == Applicability::NeedsReview)
            );
        }
    }

    #[test]
    fn leaves_abbreviations_jargon_names_and_british_spellings_alone() {
        for text in [
            "We talked about the util module, compat layers and mmap.",
            "I would refactor the inline styles and prioritise the backend.",
            "I met priya and the devops team; the fintech saas roadmap looked great.",
            "The Kubernetes and NumPy work on macOS was fun.",
            "I realised the colour of the programme mattered.",
            "My checks cut mis-shipments by half, and I signed the non-compete.",
            "Hello, my name is Aaron Feld and I am calling about the role.",
            "Thank you for your time.\n\nWarm regards,\nInes Calloway",
        ] {
            assert_accepts(RULE, FollowUp, text);
        }
        // A slip that starts a sentence is capitalised too, and still a slip.
        assert_flags(RULE, FollowUp, "Recieve my thanks for the tour.");
    }

    #[test]
    fn no_word_people_mean_is_a_known_misspelling() {
        // `check` skips words of INTENDED before looking them up in the typos
        // dictionary; that is only right while the two never meet.
        let both: Vec<&str> = crate::text::dictionary::INTENDED
            .iter()
            .copied()
            .filter(|w| super::corrections(w).is_some())
            .collect();
        assert!(both.is_empty(), "{both:?}");
    }

    #[test]
    fn intended_words_are_common_words_only() {
        for w in ["yourself", "am", "interview", "conversation", "the"] {
            assert!(crate::text::dictionary::INTENDED.contains(w), "{w}");
        }
        // Rare two-letter words of the word list are not what anyone means.
        for w in ["ae", "qi", "za"] {
            assert!(!crate::text::dictionary::INTENDED.contains(w), "{w}");
        }
    }

    #[test]
    fn leaves_contractions_to_missing_apostrophe() {
        assert_accepts(RULE, FollowUp, "I think youre right.");
        let d = flagged("missing-apostrophe", FollowUp, "I think youre right.");
        assert_eq!(d.suggestions[0].edits[0].replacement, "you're");
    }
}
