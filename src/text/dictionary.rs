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
