//! `informal-language`: slang, texting abbreviations, emoji, writing all in lower case.

use crate::diagnostic::{Category, Finding, Level, Levels, Span};
use crate::draft::MessageKind;
use crate::draft::MessageKind::{CallScript, FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{Example, Gate, Rule, RuleContext, RuleKind, TextRule};
use crate::text::lexicon::cue;
use crate::text::{Document, Part, excerpt};

pub(crate) const RULE: Rule = Rule {
    id: "informal-language",
    category: Category::Tone,
    summary: "Flags slang, texting abbreviations, emoji, profanity and messages written all in lower case.",
    why: "A follow-up is still part of the application; texting style makes a serious candidate \
          look careless or casual about the job.",
    help: "Write it as you would a short business letter: full words, capitals, no emoji.",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Warning).with(MessageKind::CallScript, Level::Info),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(ThankYou, "Thx 4 the interview today!"),
            Example::new(FollowUp, "Can u plz let me know the status?"),
            Example::new(
                FollowUp,
                "thank you for your time yesterday. it was a pleasure meeting you.",
            ),
            Example::new(CallScript, "Yeah so I'm gonna call back later."),
            Example::new(ThankYou, "Thank you for the interview 🙂"),
        ],
        accepted: &[
            Example::new(ThankYou, "Thanks for chatting with me on Thursday evening."),
            Example::new(FollowUp, "I hope the holidays treated you well!"),
            Example::new(ThankYou, "I have five years of experience in R and Python."),
        ],
        phrases: &[
            (
                SLANG,
                &[
                    "gonna",
                    "mate",
                    "cheers for",
                    "proper enjoyed",
                    "cracking",
                    "brill",
                    "chuffed",
                    "innit",
                    "awesome sauce",
                    "super awesome",
                    "totally awesome",
                    "legit",
                    "vibes",
                    "bruh",
                    "fam",
                    "dope",
                    "tysm",
                    "no prob",
                    "no probs",
                    "np",
                    "ty",
                    "thank u",
                    "how come",
                    "anyways",
                    "anyhoo",
                    "okie",
                    "kk",
                    "luv",
                    "wanna",
                    "gotta",
                    "kinda",
                    "sorta",
                    "lemme",
                    "dunno",
                    "y'all",
                    "ain't",
                    "nah",
                    "yup",
                    "yep",
                    "yeah",
                    "nope",
                    "lol",
                    "lmao",
                    "rofl",
                    "omg",
                    "btw",
                    "idk",
                    "tbh",
                    "imo",
                    "imho",
                    "ttyl",
                    "brb",
                    "thx",
                    "thanx",
                    "tnx",
                    "plz",
                    "pls",
                    "u",
                    "ur",
                    "r u",
                    "b4",
                    "gr8",
                    "l8r",
                    "cya",
                    "dude",
                    "bro",
                    "guys",
                    "no worries",
                    "sounds good",
                    "stoked",
                    "psyched",
                    "nailed it",
                    "crushed it",
                    "ntrvu",
                    "iview",
                    "intvw",
                    "cuz",
                    "coz",
                    "tho",
                    "thru",
                    "ya",
                    "ya know",
                    "hey",
                    "whoa",
                    "oh yeah",
                    "damn",
                    "crap",
                    "fuck",
                    "fucking",
                    "shit",
                    "douchebag",
                    "freaking",
                    "frickin",
                    "okey dokey",
                    "4 the",
                    "4 ur",
                    "4 your",
                    "4 u",
                    "ngl",
                    "lowkey",
                    "ta very",
                    "ta muchly",
                    "dead useful",
                    "dead good",
                    "dead keen",
                    "dead chuffed",
                    "gotcha",
                    "yay",
                    "woohoo",
                    "haha",
                    "hehe",
                    "hiya",
                    "cheers mate",
                    "super chill",
                ],
            ),
            (FILLER, &["you know", "man", "like"]),
        ],
        evidence: None,
        check,
    }),
};

/// Slang and texting abbreviations.
const SLANG: u8 = 0;
/// Spoken fillers that are informal only between commas: ", you know,", ", man.".
const FILLER: u8 = 1;

/// True if `c` is an emoji or pictograph.
fn is_emoji(c: char) -> bool {
    matches!(c as u32, 0x1F300..=0x1FAFF | 0x1F000..=0x1F2FF | 0x2600..=0x27BF | 0x2B50 | 0x2B55)
}

/// The first emoji or emoticon outside quoted replies, found in one pass over the bytes
/// (an emoji's UTF-8 starts with 0xE2 or 0xF0; an emoticon with `:`, `;`, `<`, `x`).
fn first_emoji(doc: &Document<'_>) -> Option<Span> {
    let text = doc.text();
    let b = text.as_bytes();
    let quoted = |i: usize| {
        let line = doc
            .lines()
            .partition_point(|l| l.span.start <= i)
            .saturating_sub(1);
        doc.lines()
            .get(line)
            .is_some_and(|l| l.span.slice(text).trim_start().starts_with('>'))
    };
    let mut i = 0;
    while let Some(p) = b[i..]
        .iter()
        .position(|&c| matches!(c, 0xE2 | 0xF0 | b':' | b';' | b'<' | b'x' | b'X'))
    {
        let at = i + p;
        let found = if b[at] >= 0x80 {
            text.get(at..)
                .and_then(|t| t.chars().next())
                .filter(|&c| is_emoji(c))
                .map(|c| Span::new(at, at + c.len_utf8()))
        } else {
            let alone = at == 0 || b[at - 1].is_ascii_whitespace();
            EMOTICONS
                .iter()
                .find(|e| alone && text[at..].starts_with(*e))
                .map(|e| Span::new(at, at + e.len()))
        };
        if let Some(span) = found.filter(|s| !quoted(s.start)) {
            return Some(span);
        }
        i = at + 1;
    }
    None
}

/// ASCII emoticons.
const EMOTICONS: &[&str] = &[
    ":)", ":-)", ":(", ":-(", ":D", ":-D", ";)", ";-)", ":P", ":p", "<3", "xD", "XD", ":/",
];

/// Body sentences that start with a lower-case letter, and all units that could.
fn lower_case_writing(doc: &Document<'_>) -> Option<Span> {
    let mut lower = 0;
    let mut upper = 0;
    let mut first = None;
    for s in doc.sentences() {
        if matches!(s.part, Part::Quoted | Part::Header | Part::Subject) {
            continue;
        }
        let Some(c) = doc.sentence_text(s).chars().find(|c| c.is_alphabetic()) else {
            continue;
        };
        if c.is_lowercase() {
            lower += 1;
            first.get_or_insert(s.span);
        } else if c.is_uppercase() {
            upper += 1;
        }
    }
    (lower >= 2 && lower > 2 * upper).then_some(first).flatten()
}

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    if let Some(span) = lower_case_writing(doc) {
        out.push(Finding::new(
            span,
            "The message is written almost entirely in lower case.",
        ));
    }
    // "was dead useful x": a kiss at the end of a line, for friends and family.
    for s in doc.sentences() {
        let end = s.words().end;
        // At least three words, so the kiss has a word before it.
        if s.part != Part::Body || end < s.words().start + 3 {
            continue;
        }
        let w = end - 1;
        // Not "a great job for xx", where the letters hold a name's place.
        let slot = doc.word_is(w - 1, cue::FUNCTION_WORD) || doc.word_is(w - 1, cue::TITLE);
        if matches!(doc.word_text(w), "x" | "xx" | "xxx" | "X" | "XX") && !slot {
            out.push(Finding::new(
                doc.words()[w].span,
                format!(
                    "A kiss (\"{}\") is too personal for a {}.",
                    doc.word_text(w),
                    cx.kind().describe()
                ),
            ));
            break;
        }
    }
    let mut last = usize::MAX;
    for h in cx.hits() {
        let s = h.sentence();
        let sentence = &doc.sentences()[s];
        // Greetings and sign-offs have rules of their own.
        if s == last || sentence.part != Part::Body || doc.in_quotation(h.first_word()) {
            continue;
        }
        let word = doc.words()[h.first_word()];
        let fires = match h.tag() {
            // "R" and "U" as capitals are names of things; "u" alone is texting. A
            // capitalised word inside a name is not slang: "the Hey Presto festival".
            SLANG => {
                let one_letter_caps = word.is_all_caps()
                    && h.words().len() == 1
                    && doc.word_norm(h.first_word()).len() == 1;
                let in_name = word.is_capitalized()
                    && h.first_word() > sentence.words().start
                    && doc
                        .words()
                        .get(h.end_word())
                        .is_some_and(|n| n.is_capitalized());
                !one_letter_caps && !in_name
            }
            // ", you know," and ", man." are fillers; "like" only as ", like,".
            FILLER => {
                let before = doc.gap_before(h.first_word());
                let after = doc.gap_before(h.end_word());
                before.contains(',')
                    && (after.contains(',')
                        || after.contains(['.', '!', '?'])
                        || h.end_word() >= sentence.words().end)
            }
            _ => false,
        };
        if fires {
            last = s;
            let found = doc.hit_span(h).slice(doc.text());
            out.push(Finding::new(
                doc.hit_span(h),
                format!(
                    "\"{found}\" is too casual for a {}: \"{}\".",
                    cx.kind().describe(),
                    excerpt(doc.sentence_text(sentence), 80)
                ),
            ));
        }
    }
    // Emoji and emoticons, once per message, outside quoted replies.
    let text = doc.text();
    let emoji = first_emoji(doc);
    if let Some(span) = emoji {
        out.push(Finding::new(
            span,
            format!(
                "Emoji and emoticons such as \"{}\" are too casual for a {}.",
                span.slice(text),
                cx.kind().describe()
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::FollowUp;
    use crate::testing::{assert_accepts, assert_flags};

    const RULE: &str = "informal-language";

    #[test]
    fn flags_texting_and_fillers() {
        for text in [
            "how r u sir??",
            "plz reply me",
            "thanx in anticipation",
            "You can reach me at this number, but, ya know, don't bother.",
            "I tell you I'm perfect for that job, man.",
            "good morning kimberly,\n\nthank you very much for your time yesterday.",
        ] {
            assert_flags(RULE, FollowUp, text);
        }
    }

    #[test]
    fn ignores_ordinary_words_that_look_like_slang() {
        for text in [
            "I would like to know more.",
            "I know the team uses R daily.",
            "He is a man of his word.",
            "You know the product better than anyone.",
        ] {
            assert_accepts(RULE, FollowUp, text);
        }
    }

    #[test]
    fn flags_a_kiss_but_not_a_slot() {
        assert_flags(RULE, FollowUp, "Thanks for today, it was really useful x");
        assert_accepts(RULE, FollowUp, "I would love to do great work for xx.");
    }
}
