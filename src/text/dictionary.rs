//! The dictionary the proofreading rules share: the words of English in common use, as
//! the typos project's corrections and the Wordnik word list know them (the `spelling`
//! feature).

use std::collections::HashSet;
use std::sync::LazyLock;

use foldhash::fast::FixedState;

/// Declares [`COMMON`] and [`is_common`] from one list, so they cannot drift apart.
macro_rules! common_words {
    ($($word:literal),* $(,)?) => {
        /// The most frequent words of English prose, spelled right: about half of a
        /// message's words, skipped without a dictionary lookup (a test checks that none
        /// of them is a key of the dictionary).
        #[cfg_attr(not(test), allow(dead_code))]
        pub(crate) const COMMON: &[&str] = &[$($word),*];

        /// True for a word of [`COMMON`]; a `match`, which compiles to a few comparisons.
        pub(crate) fn is_common(word: &str) -> bool {
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

/// Two-letter words a doubled letter can come from ("amm" → "am"); the Wordnik list has
/// dozens of rare two-letter words that no one means.
pub(crate) const SHORT: &[&str] = &[
    "am", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no",
    "of", "on", "or", "so", "to", "up", "us", "we",
];

/// The words people mean when they slip: every correction the typos dictionary offers
/// for a known misspelling (about 21,800 words in common use), plus [`COMMON`] and
/// [`SHORT`]. Built with the linter's other shared tables (about 4 ms, once per
/// process).
pub(crate) static INTENDED: LazyLock<HashSet<&'static str, FixedState>> = LazyLock::new(|| {
    // foldhash: a third of SipHash's time to build this set, and to look words up in it.
    let mut set = HashSet::with_capacity_and_hasher(1 << 15, FixedState::default());
    // `WORD.map` is the phf map the typos dictionary is generated as (a public field
    // of dictgen's `Map`, which the generated code needs to be public).
    set.extend(
        typos_dict::WORD
            .map
            .values()
            .flat_map(|fixes| fixes.iter().copied())
            .filter(|w| w.len() > 1 && w.bytes().all(|b| b.is_ascii_lowercase())),
    );
    set.extend(COMMON.iter().chain(SHORT).copied());
    set
});

/// British spellings the Wordnik list (American) may lack, as the American spelling it
/// has: "prioritise" → "prioritize", "favourite" → "favorite".
const BRITISH: &[(&str, &str)] = &[
    ("isation", "ization"),
    ("ise", "ize"),
    ("yse", "yze"),
    ("our", "or"),
    ("tre", "ter"),
    ("ogue", "og"),
    ("ence", "ense"),
    ("ll", "l"),
];

/// Words of working life the Wordnik list lacks, so that they are never taken for slips
/// ("refactor" is not "refractor").
const MISSING_FROM_WORDNIK: &[&str] = &[
    "internet",
    "inline",
    "recurse",
    "refactor",
    "refactored",
    "refactoring",
    "refactors",
];

/// True if the word is in the Wordnik list, in its American or its British spelling.
pub(crate) fn is_word(word: &str) -> bool {
    wordnik_list::word_exists(word)
        || MISSING_FROM_WORDNIK.contains(&word)
        || BRITISH.iter().any(|(gb, us)| {
            word.contains(gb) && wordnik_list::word_exists(&word.replacen(gb, us, 1))
        })
}

/// Compounds of working life written closed, which the Wordnik list lacks: not run
/// together by mistake.
const CLOSED_COMPOUNDS: &[&str] = &[
    "copywriting",
    "copywriter",
    "copywriters",
    "touchpoint",
    "touchpoints",
    "workstream",
    "workstreams",
    "wellbeing",
    "headteacher",
    "headteachers",
    "timesheet",
    "timesheets",
    "caseworker",
    "caseworkers",
    "teamwide",
    "dealflow",
    "paywall",
    "playbook",
    "playbooks",
    "storyline",
    "storylines",
    "waitlist",
    "worklist",
    "lightbox",
    "heatmap",
    "heatmaps",
    "checklist",
    "checklists",
    "handoff",
    "handoffs",
    "signoff",
    "rollout",
    "rollouts",
];

/// First words of the compound adjectives English hyphenates: "well-organised",
/// "long-term", "cross-functional", "customer-facing".
const HYPHEN_FIRST: &[&str] = &[
    "well", "self", "cross", "long", "short", "full", "part", "high", "low", "fast", "faster",
    "slow", "hands", "customer", "user", "client", "cost", "results", "detail", "forward", "open",
    "mid", "half", "first", "second", "third", "world", "top", "best", "much", "hard", "easy",
    "fact", "data", "people", "mission", "team", "fine", "large", "small", "big", "quick", "year",
    "month", "week",
];

/// Prefixes written with a hyphen that are no words on their own: "mis-shipments",
/// "non-compete", "co-founded", "re-entry".
pub(crate) const HYPHEN_PREFIXES: &[&str] = &[
    "mis", "non", "co", "re", "pre", "anti", "multi", "sub", "semi", "inter", "intra", "pseudo",
    "ex", "bi", "tri", "uni", "neo", "micro", "macro", "mega", "meta", "quasi", "hyper", "ultra",
    "pro", "de", "un", "e",
];

/// Second words of the compound adjectives English hyphenates: "user-friendly",
/// "data-driven", "time-consuming", "fast-paced".
const HYPHEN_SECOND: &[&str] = &[
    "friendly",
    "term",
    "time",
    "based",
    "oriented",
    "driven",
    "focused",
    "focussed",
    "facing",
    "paced",
    "consuming",
    "functional",
    "level",
    "minded",
    "organised",
    "organized",
    "known",
    "rounded",
    "written",
    "made",
    "sized",
    "scale",
    "quality",
    "class",
    "budget",
    "motivated",
    "starter",
    "solving",
    "saving",
    "sensitive",
    "critical",
    "related",
    "specific",
    "wide",
    "long",
    "old",
    "round",
    "hand",
    "edge",
    "depth",
];

/// Short words that join the halves of a three-word compound: "face-to-face",
/// "up-to-date", "one-on-one".
const JOINERS: &[&str] = &["to", "on", "and", "of", "in", "by", "the", "for"];

/// True if `part` can be one of a compound's words: a word in common use of three letters
/// or more.
fn compound_part(part: &str) -> bool {
    part.len() >= 3 && (INTENDED.contains(part) || is_common(part))
}

/// The words a lower-case word no dictionary knows runs together, if it splits into two
/// words in common use ("userfriendly" → user, friendly) or three with a short joining
/// word in the middle ("uptodate" → up, to, date). Returns `None` for a word the
/// dictionary knows ("teamwork", "database").
pub(crate) fn split_compound(word: &str) -> Option<Vec<&str>> {
    if INTENDED.contains(word) || is_word(word) {
        return None;
    }
    split_unknown(word)
}

/// [`split_compound`] for a word already known to be in no dictionary.
pub(crate) fn split_unknown(word: &str) -> Option<Vec<&str>> {
    // ASCII letters only, so every split falls on a character boundary.
    if word.len() < 6
        || !word.bytes().all(|b| b.is_ascii_lowercase())
        || CLOSED_COMPOUNDS.contains(&word)
    {
        return None;
    }
    // Two words: the split that gives the longest first word wins ("overtime" is a word
    // anyway; "fulltime" → full, time).
    for i in (3..=word.len() - 3).rev() {
        let (a, b) = word.split_at(i);
        // Only the compound adjectives English hyphenates: not closed jargon such as
        // "switchgear" or "wayfinding".
        let hyphenated = HYPHEN_FIRST.contains(&a) || HYPHEN_SECOND.contains(&b);
        if hyphenated && compound_part(a) && compound_part(b) {
            return Some(vec![a, b]);
        }
    }
    // Three words around a joining word: "daytoday", "facetoface", "uptodate".
    for i in 2..word.len().saturating_sub(4) {
        for joiner in JOINERS {
            let rest = &word[i..];
            let Some(tail) = rest.strip_prefix(joiner) else {
                continue;
            };
            let head = &word[..i];
            let short_ok = |p: &str| compound_part(p) || matches!(p, "up" | "day" | "one");
            if tail.len() >= 2 && short_ok(head) && short_ok(tail) {
                return Some(vec![head, joiner, tail]);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::split_compound;

    #[test]
    fn splits_words_run_together_but_not_closed_compounds() {
        assert_eq!(
            split_compound("userfriendly"),
            Some(vec!["user", "friendly"])
        );
        assert_eq!(split_compound("uptodate"), Some(vec!["up", "to", "date"]));
        for closed in [
            "teamwork",
            "database",
            "copywriting",
            "wellbeing",
            "healthcare",
        ] {
            assert_eq!(split_compound(closed), None, "{closed}");
        }
    }
}
