//! `stray-capital`: a common word capitalised in the middle of a sentence ("a Better
//! fit", "came Into the office", "our Conversation about").
//!
//! Names, titles and brands are capitalised, so the rule is narrow: one capitalised word
//! between lower-case words, in the body, not after a colon, a quote, a bracket or a
//! line break, whose lower-case form is a word in common use; not after a word that
//! introduces a name ("met", "with", "at"), not a name-like word after "the" ("the
//! Board"), not a title before a role or a team ("the Marketing team", "a Data role"),
//! not a month, a day, a given name that is also a word ("Grace"), a product ("Teams"),
//! or a word from the `Context`.

use crate::diagnostic::{Applicability, Category, Edit, Finding, Level, Levels, Span, Suggestion};
use crate::draft::MessageKind::{FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{Example, Gate, Rule, RuleContext, RuleKind, TextRule};
use crate::text::dictionary::{INTENDED, is_common};
use crate::text::lexicon::cue;
use crate::text::{Part, flag};

pub(crate) const RULE: Rule = Rule {
    id: "stray-capital",
    category: Category::Proofreading,
    summary: "Flags a common word capitalised in the middle of a sentence: \"a Better fit\", \"came Into the office\".",
    why: "Capitals where none belong look like a slip of the shift key, or like a form \
          letter with words pasted in.",
    help: "Write the word in lower case, unless it is a name.",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Warning),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(
                ThankYou,
                "I think I would be a Better fit for the senior role.",
            ),
            Example::new(
                FollowUp,
                "I enjoyed our Conversation about the planning cycle.",
            ),
        ],
        accepted: &[
            Example::new(
                ThankYou,
                "I met Grace at the Northgate depot and the Marketing team.",
            ),
            Example::new(FollowUp, "I studied at the University of Dunmore in May."),
        ],
        phrases: &[
            (NAME_BEFORE, NAME_BEFORE_WORDS),
            (NAMEISH, NAMEISH_WORDS),
            (TITLE_AFTER, TITLE_AFTER_WORDS),
            (PROPER, PROPER_WORDS),
            (
                DETERMINER,
                &[
                    "a", "an", "the", "my", "your", "our", "their", "his", "its", "every",
                ],
            ),
            (
                JOINS_NAME,
                &[
                    "in", "of", "for", "and", "de", "van", "von", "la", "le", "du", "der", "on",
                    "upon",
                ],
            ),
        ],
        evidence: None,
        check,
    }),
};

/// A word after which a name usually comes: "met", "with", "at", "and".
const NAME_BEFORE: u8 = 64;
/// A word that names an institution when capitalised after "the" ([`NAMEISH_WORDS`]).
const NAMEISH: u8 = 65;
/// A word after a capitalised title or department: "the Marketing team".
const TITLE_AFTER: u8 = 66;
/// A word that is often a name when capitalised ([`PROPER_WORDS`]).
const PROPER: u8 = 67;
/// A word inside a multi-word name: "University of Dunmore".
const JOINS_NAME: u8 = 68;
/// An article or possessive, which a sentence cannot end with: "a", "the", "my".
const DETERMINER: u8 = 69;

const NAME_BEFORE_WORDS: &[&str] = &[
    "at",
    "with",
    "from",
    "to",
    "in",
    "by",
    "for",
    "of",
    "on",
    "about",
    "like",
    "including",
    "and",
    "or",
    "met",
    "meet",
    "meeting",
    "asked",
    "ask",
    "told",
    "tell",
    "thank",
    "thanked",
    "thanks",
    "contacted",
    "contact",
    "emailed",
    "email",
    "called",
    "call",
    "joined",
    "join",
    "visited",
    "visit",
    "use",
    "used",
    "using",
    "via",
    "cc",
    "dear",
    "hi",
    "hello",
    "per",
    "mr",
    "mrs",
    "ms",
    "dr",
    "miss",
    "prof",
    "professor",
    "sir",
    "madam",
    "named",
    "see",
    "saw",
    "introduced",
    "under",
    "between",
    "among",
    "into",
    "onto",
    "team",
    "colleague",
    "colleagues",
    "manager",
    "director",
    "lead",
    "partner",
];

const NAMEISH_WORDS: &[&str] = &[
    "council",
    "trust",
    "board",
    "foundation",
    "ministry",
    "department",
    "government",
    "company",
    "firm",
    "university",
    "college",
    "school",
    "hospital",
    "agency",
    "authority",
    "commission",
    "committee",
    "bank",
    "society",
    "institute",
    "group",
    "centre",
    "center",
    "club",
    "court",
    "office",
    "service",
    "union",
    "army",
    "navy",
    "police",
    "city",
    "county",
    "state",
    "crown",
    "church",
    "museum",
    "library",
    "gallery",
    "times",
    "guardian",
    "post",
    "economist",
    "observer",
    "telegraph",
    "independent",
    "mirror",
    "sun",
    "express",
];

const TITLE_AFTER_WORDS: &[&str] = &[
    "role",
    "roles",
    "position",
    "positions",
    "job",
    "post",
    "team",
    "teams",
    "department",
    "office",
    "group",
    "division",
    "unit",
    "programme",
    "program",
    "project",
    "scheme",
    "course",
    "degree",
    "award",
    "prize",
    "building",
    "campus",
    "site",
    "account",
    "function",
    "director",
    "manager",
    "lead",
    "officer",
    "analyst",
    "engineer",
    "designer",
    "certificate",
    "certification",
    "licence",
    "license",
    "qualification",
];

/// Words that are names as often as words when capitalised: given names, products,
/// days and months, languages.
const PROPER_WORDS: &[&str] = &[
    "grace",
    "hope",
    "joy",
    "faith",
    "will",
    "mark",
    "bill",
    "frank",
    "rose",
    "dawn",
    "summer",
    "autumn",
    "amber",
    "ruby",
    "jade",
    "crystal",
    "rich",
    "sky",
    "guy",
    "pat",
    "sue",
    "don",
    "ray",
    "jack",
    "heather",
    "holly",
    "ivy",
    "iris",
    "lily",
    "daisy",
    "violet",
    "penny",
    "sandy",
    "robin",
    "drew",
    "chase",
    "hunter",
    "mason",
    "cash",
    "lance",
    "dean",
    "earl",
    "teams",
    "slack",
    "zoom",
    "excel",
    "word",
    "office",
    "outlook",
    "windows",
    "apple",
    "amazon",
    "target",
    "shell",
    "gap",
    "sage",
    "notion",
    "python",
    "java",
    "rust",
    "go",
    "swift",
    "spark",
    "snowflake",
    "looker",
    "power",
    "azure",
    "chrome",
    "safari",
    "edge",
    "unity",
    "blender",
    "canva",
    "monday",
    "indeed",
    "medium",
    "meta",
    "visa",
    "boots",
    "oracle",
    "tableau",
    "asana",
    "lever",
    "greenhouse",
    "workday",
    "english",
    "french",
    "german",
    "spanish",
    "italian",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "christmas",
    "easter",
    "internet",
    "web",
    "bible",
    "earth",
    "god",
    "japanese",
    "chinese",
    "portuguese",
    "dutch",
    "arabic",
    "russian",
    "korean",
    "hindi",
    "polish",
    "swedish",
    "latin",
    "greek",
    "american",
    "british",
    "european",
    "african",
    "asian",
    "welsh",
    "scottish",
    "irish",
    "canadian",
    "australian",
    "indian",
    "turkish",
    "danish",
    "finnish",
    "norwegian",
    "mondays",
    "tuesdays",
    "wednesdays",
    "thursdays",
    "fridays",
    "saturdays",
    "sundays",
];

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    let words = doc.words();
    for sentence in doc.sentences() {
        if sentence.part != Part::Body {
            continue;
        }
        let range = sentence.words();
        for w in range.clone().skip(1) {
            let word = &words[w];
            if !word.is_capitalized()
                || word.is_all_caps()
                || word.is_placeholder()
                || word.is_url()
            {
                continue;
            }
            if word.has(flag::QUOTATION) || doc.in_quotation(w) {
                continue;
            }
            let written = doc.word_text(w);
            // Capital, then lower-case letters only: "McKinsey" and "iPhone" are names.
            let mut chars = written.chars();
            if !chars.next().is_some_and(|c| c.is_ascii_uppercase())
                || !chars.all(|c| c.is_ascii_lowercase())
            {
                continue;
            }
            // After a colon, a quote, a bracket, a dash, a slash or a line break, a capital
            // starts something new — except on a hard-wrapped line that continues "a",
            // "the" or "my" from the line before ("who is a⏎Better fit").
            let gap = doc.gap_before(w);
            let wrapped = words[w - 1].line() + 1 == word.line()
                && gap.chars().all(char::is_whitespace)
                && gap.matches('\n').count() == 1
                && cx.tag_at(DETERMINER, w - 1);
            if !wrapped
                && (gap.contains([
                    ':', '"', '\u{201C}', '(', '[', '-', '\u{2013}', '\u{2014}', '/', '\n', '*',
                    '#', '\u{2022}', '|', '>',
                ]) || words[w - 1].line() != word.line())
            {
                continue;
            }
            // "Kafka-based", "Excel-driven": a name before a hyphenated modifier.
            if w + 1 < range.end && doc.gap_before(w + 1) == "-" {
                continue;
            }
            // Neighbours in lower case: one capitalised word, not part of a name.
            let prev_cap = words[w - 1].is_capitalized() && !doc.is_pronoun_i(w - 1);
            let next_cap = w + 1 < range.end
                && words[w + 1].is_capitalized()
                && !doc.is_pronoun_i(w + 1)
                && !doc.gap_before(w + 1).contains(['.', '!', '?']);
            if prev_cap || next_cap {
                continue;
            }
            // "Year 4", "Band 5 nurse", "Level 3 Certificate": a numbered title.
            if words[w - 1].has_digit() || w + 1 < range.end && words[w + 1].has_digit() {
                continue;
            }
            // "University of Dunmore", "Bank of England".
            if w + 2 < range.end && cx.tag_at(JOINS_NAME, w + 1) && words[w + 2].is_capitalized() {
                continue;
            }
            let norm = doc.word_norm(w);
            if cx.tag_at(PROPER, w) || doc.word_is(w, cue::TITLE) {
                continue;
            }
            // A word in common use: the whole dictionary would take in names that are
            // also rare words ("Riverside", "Epic", "Raj").
            if !(INTENDED.contains(norm) || is_common(norm)) {
                continue;
            }
            let prev = doc.word_norm(w - 1);
            // "met Grace", "at Tidewater", "with Sage": a name is expected — but not in
            // "a call Next week".
            let timed = matches!(norm, "next" | "last" | "this" | "every" | "each")
                && doc.word_is(w + 1, cue::TIME_UNIT);
            // Adverbs and past forms are no names ("goes Smoothly", "and Enjoyed").
            let no_name = norm.len() > 4 && (norm.ends_with("ly") || norm.ends_with("ed"));
            if cx.tag_at(NAME_BEFORE, w - 1)
                && !doc.word_is(w, cue::FUNCTION_WORD)
                && !timed
                && !no_name
            {
                continue;
            }
            // "the Board", "the Guardian".
            if prev == "the" && cx.tag_at(NAMEISH, w) {
                continue;
            }
            // "the Marketing team", "a Data role": a title or department.
            if w + 1 < range.end
                && cx.tag_at(TITLE_AFTER, w + 1)
                && !doc.word_is(w, cue::FUNCTION_WORD)
            {
                continue;
            }
            if doc.context().has_word(written, true) {
                continue;
            }
            let lower = written.to_lowercase();
            let span: Span = word.span;
            out.push(
                Finding::new(
                    span,
                    format!("\"{written}\" needs no capital in the middle of a sentence."),
                )
                .suggest(Suggestion::new(
                    format!("Write \"{lower}\""),
                    Edit::new(span, lower.clone()),
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

    const RULE: &str = "stray-capital";

    #[test]
    fn flags_common_words_capitalised_mid_sentence() {
        for text in [
            "I would be a Better fit for the senior role.",
            "I came Into the office early on Monday.",
            "The team uses short daily Meetings to stay aligned.",
            "Could we schedule a short call Next week?",
            "The case study was tricky, but I Learned a lot.",
            "I understand there may be a candidate who is a\nBetter fit for the role.",
            "I sent a cover letter for the\nPosition last week.",
        ] {
            assert_flags(RULE, FollowUp, text);
        }
    }

    #[test]
    fn leaves_names_titles_and_fresh_starts_alone() {
        for text in [
            "I was delighted to meet the team at Brightwell Analytics on Tuesday.",
            "I graduated from the University of Dunmore in 2019.",
            "My manager at Tidewater agreed that I can leave in April.",
            "I met Grace and Will, and the Marketing team was kind.",
            "The Board approved the plan, and our Teams channel is busy.",
            "One thing stood out: Everyone was helpful.",
            "I speak fluent Spanish and I read the Guardian.",
            "I applied for the Analyst role in the Data team.",
            "Things I would bring to the\nrole:\nLeadership of small teams\nClear writing",
            "I spoke with the\nBoard and with our\nTeams admin about the move.",
            "I enjoyed meeting the team\nFriday was a good day.",
            "I have run Kafka-based pipelines in production.",
        ] {
            assert_accepts(RULE, FollowUp, text);
        }
    }
}
