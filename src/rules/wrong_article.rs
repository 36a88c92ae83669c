//! `wrong-article`: "a" before a vowel sound, "an" before a consonant sound ("a interview", "an
//! position"), and an article before a bare verb form ("a discussing").
//!
//! The choice follows the sound, not the letter: "an hour", "an honest", "an MBA", "an
//! 8-week course"; "a university", "a one-year contract", "a European", "a UK office".
//! Acronyms are read letter by letter unless they are common words spoken whole ("a
//! NATO", "a SQL"… are left alone: both are heard).

use crate::diagnostic::{Applicability, Category, Edit, Finding, Level, Levels, Span, Suggestion};
use crate::draft::MessageKind::{FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{Example, Gate, Rule, RuleContext, RuleKind, TextRule};
use crate::text::flag;

pub(crate) const RULE: Rule = Rule {
    id: "wrong-article",
    category: Category::Proofreading,
    summary: "Flags \"a\" before a vowel sound and \"an\" before a consonant sound (\"a interview\", \"an position\"), and an article before a verb (\"a discussing\").",
    why: "The wrong article is a small slip that a reader hears at once, like a typo.",
    help: "Use \"an\" before a vowel sound (\"an interview\", \"an hour\") and \"a\" before a consonant sound (\"a position\", \"a university\").",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Error),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(ThankYou, "Thank you for a interesting conversation."),
            Example::new(FollowUp, "I am applying for an position in your team."),
        ],
        accepted: &[
            Example::new(
                ThankYou,
                "It was an honour to spend an hour with a university team.",
            ),
            Example::new(
                FollowUp,
                "I have an MBA and a one-year certificate from a European school.",
            ),
        ],
        phrases: &[(ARTICLE, &["a", "an"]), (NOUN_FROM, NOUN_FROM_WORDS)],
        evidence: None,
        check,
    }),
};

/// "a" or "an".
const ARTICLE: u8 = 64;
/// A verb whose -ing form after an article is a slip for its noun ([`NOUN_FROM_WORDS`]).
const NOUN_FROM: u8 = 65;

/// -ing forms that stand for a noun the writer meant: "a discussing" → "a discussion".
const NOUN_FROM_WORDS: &[&str] = &[
    "discussing",
    "deciding",
    "presenting",
    "explaining",
    "informing",
    "preparing",
    "introducing",
    "concluding",
    "inviting",
    "applying",
    "suggesting",
    "recommending",
    "considering",
    "describing",
    "interviewing",
    "confirming",
    "responding",
    "replying",
];

/// The noun for each of [`NOUN_FROM_WORDS`].
const NOUNS: &[(&str, &str)] = &[
    ("discussing", "discussion"),
    ("deciding", "decision"),
    ("presenting", "presentation"),
    ("explaining", "explanation"),
    ("informing", "information"),
    ("preparing", "preparation"),
    ("introducing", "introduction"),
    ("concluding", "conclusion"),
    ("inviting", "invitation"),
    ("applying", "application"),
    ("suggesting", "suggestion"),
    ("recommending", "recommendation"),
    ("considering", "consideration"),
    ("describing", "description"),
    ("interviewing", "interview"),
    ("confirming", "confirmation"),
    ("responding", "response"),
    ("replying", "reply"),
];

/// Words spelled with a vowel but spoken with a consonant: "a university", "a one-off".
const CONSONANT_SOUND: &[&str] = &[
    "uni", "use", "usa", "usu", "uti", "ura", "ure", "uro", "ubi", "euro", "eu", "ewe", "one",
    "once", "uk", "ufo", "ukr", "uga", "uru", "uto", "uku", "yttr", "ouija",
];

/// Words spelled with a consonant but spoken with a vowel: "an hour", "an honest".
const VOWEL_SOUND: &[&str] = &["hour", "honest", "honour", "honor", "heir", "herb"];

/// True if `word` (lower case) begins with a vowel sound.
fn vowel_sound(word: &str, written: &str) -> Option<bool> {
    let first = word.chars().next()?;
    // Numbers: "an 8-week course", "an 11-month contract", "an 18", "a 1".
    if first.is_ascii_digit() {
        let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
        return Some(digits.starts_with('8') || digits == "11" || digits == "18");
    }
    if !first.is_ascii_alphabetic() {
        return None;
    }
    // An acronym is read letter by letter: "an MBA", "an NGO", "a UX designer".
    let letters: Vec<char> = written
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect();
    // "MSc", "MEng": two capitals open an abbreviation read letter by letter too.
    let acronym = letters.len() >= 2
        && letters.len() <= 6
        && letters[..2].iter().all(char::is_ascii_uppercase);
    if acronym {
        // Acronyms spoken as words ("NASA", "UNICEF") are left to the writer.
        let spoken_whole = letters.iter().filter(|c| "AEIOU".contains(**c)).count() >= 2;
        if spoken_whole {
            return None;
        }
        return Some("AEFHILMNORSX".contains(letters[0]));
    }
    if VOWEL_SOUND.iter().any(|v| word.starts_with(v)) {
        return Some(true);
    }
    if CONSONANT_SOUND.iter().any(|c| word.starts_with(c)) {
        // "uni…" words that are "un-" + a vowel ("uninterested", "unimportant") start
        // with a vowel sound.
        let un = word.starts_with("unin")
            || word.starts_with("unim")
            || word.starts_with("unid")
            || word.starts_with("unil");
        return Some(un);
    }
    Some(matches!(first, 'a' | 'e' | 'i' | 'o' | 'u'))
}

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    for (w, word) in doc.words().iter().enumerate() {
        if !cx.tag_at(ARTICLE, w) {
            continue;
        }
        let Some(s) = doc.sentence_of(w) else {
            continue;
        };
        let v = w + 1;
        if doc.sentence_of(v) != Some(s) || word.has(flag::QUOTATION) || word.is_placeholder() {
            continue;
        }
        // "a" as a letter or a list mark: "(a)", "a)", "option A", "A-level".
        let written = doc.word_text(w);
        let gap = doc.gap_before(v);
        if gap != " "
            || doc.gap_before(w).ends_with(['(', '"', '\''])
            || written == "A" && w > doc.sentences()[s].words().start
        {
            continue;
        }
        let next = &doc.words()[v];
        if next.is_placeholder() || next.is_url() {
            continue;
        }
        let norm = doc.word_norm(v);
        let next_written = doc.word_text(v);
        let is_an = doc.word_norm(w) == "an";
        // "a discussing": an article before a verb form meant as a noun.
        if cx.tag_at(NOUN_FROM, v) {
            if let Some(&(_, noun)) = NOUNS.iter().find(|(ing, _)| *ing == norm) {
                let span: Span = next.span;
                out.push(
                    Finding::new(
                        span,
                        format!("\"{written} {next_written}\" needs a noun: \"{written} {noun}\"?"),
                    )
                    .suggest(Suggestion::new(
                        format!("Write \"{noun}\""),
                        Edit::new(span, noun),
                        Applicability::NeedsReview,
                    )),
                );
                continue;
            }
        }
        let Some(vowel) = vowel_sound(norm, next_written) else {
            continue;
        };
        if vowel == is_an {
            continue;
        }
        let right = match (
            is_an,
            written.chars().next().is_some_and(char::is_uppercase),
        ) {
            (true, true) => "A",
            (true, false) => "a",
            (false, true) => "An",
            (false, false) => "an",
        };
        let span: Span = word.span;
        out.push(
            Finding::new(
                span,
                format!("Write \"{right} {next_written}\": the article goes by the sound of the next word."),
            )
            .suggest(Suggestion::new(
                format!("Write \"{right}\""),
                Edit::new(span, right),
                Applicability::Safe,
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::FollowUp;
    use crate::testing::{assert_accepts, assert_flags};

    const RULE: &str = "wrong-article";

    #[test]
    fn flags_articles_that_do_not_fit_the_sound() {
        for text in [
            "Thank you for a interview I enjoyed.",
            "I am applying for an position on the team.",
            "It would be a honour to join.",
            "I have a MBA from Leeds.",
            "I worked at an university library.",
            "It was a eight-person team.",
            "We were having a discussing about pricing.",
        ] {
            assert_flags(RULE, FollowUp, text);
        }
    }

    #[test]
    fn leaves_articles_that_fit_alone() {
        for text in [
            "It was an honour to spend an hour with a union representative.",
            "I have an MBA, an MSc, a PhD, a UX portfolio and an NGO background.",
            "It is a one-year contract at a European firm, a US-based team.",
            "Option A is fine, and an A-level was required.",
            "I met an uninterested cat and a useful mentor.",
            "I enjoyed a meeting and an interview, then a training session.",
        ] {
            assert_accepts(RULE, FollowUp, text);
        }
    }
}
