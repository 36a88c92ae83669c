//! `missing-contact-info`: no phone number or email address.

use crate::rule::Findings;
use std::sync::LazyLock;

use regex::Regex;

use crate::diagnostic::{Category, Level, Levels, Span};
use crate::draft::MessageKind;
use crate::draft::MessageKind::{CallScript, FollowUp};
use crate::rule::{
    Criterion, Evidence, Example, Gate, Rule, RuleContext, RuleKind, TextRule, missing,
};
use crate::text::{Document, Part};

pub(crate) const RULE: Rule = Rule {
    id: "missing-contact-info",
    category: Category::Content,
    summary: "Flags a follow-up or call script that gives no phone number or email address.",
    why: "Make it effortless to reply: a recruiter who has to dig out your number from an old \
          application may simply not call back.",
    help: "Put your phone number and email under your name, or say your number slowly at the \
           end of a voicemail.",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Warning).with(MessageKind::ThankYou, Level::Allow),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(
                FollowUp,
                "Is there any update on the role?\n\nBest regards,\nNadia Ross",
            ),
            Example::new(
                CallScript,
                "Hi, this is Priya Shah calling about my interview. Please call me back.",
            ),
        ],
        accepted: &[
            Example::new(
                FollowUp,
                "Is there any update?\n\nBest regards,\nNadia Ross\nnadia.ross@example.com",
            ),
            Example::new(CallScript, "You can reach me at 555-014-2279. Thank you."),
            Example::new(
                CallScript,
                "My number is five five five, zero one four, two two seven nine.",
            ),
            Example::new(FollowUp, "Best regards,\n[Your Name]\n[Your Phone Number]"),
        ],
        phrases: &[
            (
                REACH,
                &[
                    "reach me at",
                    "call me at",
                    "call me on",
                    "my number is",
                    "my phone number is",
                    "my cell is",
                    "text me at",
                ],
            ),
            (DIGIT_WORD, DIGIT_WORDS),
            (CONTACT_SLOT, SLOT_WORDS),
        ],
        evidence: Some(Evidence::new(Criterion::ContactInfo, evidence)),
        check,
    }),
};

/// Announces a number: "reach me at", "my number is".
const REACH: u8 = 0;
/// A digit spoken as a word ([`DIGIT_WORDS`]).
const DIGIT_WORD: u8 = 1;
/// A word a slot uses for contact details ([`SLOT_WORDS`]).
const CONTACT_SLOT: u8 = 64;

/// An email address. ASCII classes only, so the regex stays on its fast engines.
static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i-u)[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}")
        .unwrap_or_else(|e| panic!("email pattern: {e}"))
});

/// A phone number: seven to fifteen digits with the usual separators.
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u)(?:\+\d{1,3}[ .\-]?)?(?:\(\d{2,4}\)[ .\-]?)?\d{2,4}(?:[ .\-]\d{2,4}){1,4}")
        .unwrap_or_else(|e| panic!("phone pattern: {e}"))
});

/// Digits spoken as words, as a caller reads out a number.
const DIGIT_WORDS: &[&str] = &[
    "zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "eleven",
    "double", "triple",
];

/// Words in a slot that stand for contact details: `[Phone Number]`.
const SLOT_WORDS: &[&str] = &[
    "phone",
    "email",
    "contact",
    "number",
    "mobile",
    "cell",
    "phonenumber",
];

fn counts(doc: &Document<'_>, at: usize) -> bool {
    let w = doc.words().partition_point(|w| w.span.end <= at);
    doc.sentence_of(w.min(doc.words().len().saturating_sub(1)))
        .is_some_and(|s| doc.sentences()[s].part != Part::Quoted)
}

fn phone_in(text: &str) -> Option<(usize, usize)> {
    PHONE.find_iter(text).find_map(|m| {
        let digits = m.as_str().bytes().filter(u8::is_ascii_digit).count();
        // A date such as 2026-03-12 is not a phone number.
        let date = m.as_str().len() == 10 && m.as_str().as_bytes()[4] == b'-';
        ((7..=15).contains(&digits) && !date).then(|| (m.start(), m.end()))
    })
}

/// Where the draft gives a phone number or email address (or a slot for one).
fn evidence(cx: &RuleContext<'_, '_>) -> Option<Span> {
    let doc = cx.doc();
    let text = doc.text();
    if text.contains('@') {
        if let Some(m) = EMAIL.find_iter(text).find(|m| counts(doc, m.start())) {
            return Some(Span::new(m.start(), m.end()));
        }
    }
    let digits = doc.words().iter().filter(|w| w.has_digit()).count();
    if digits >= 2 {
        if let Some((a, b)) = phone_in(text).filter(|&(a, _)| counts(doc, a)) {
            return Some(Span::new(a, b));
        }
    }
    // A slot such as [Phone Number] or [Your Contact Information].
    if let Some(slot) = doc
        .placeholders()
        .iter()
        .find(|&&p| doc.words_in(p).any(|w| cx.tag_at(CONTACT_SLOT, w)))
    {
        return Some(*slot);
    }
    // "reach me at ____", with the number left blank.
    if let Some(h) = cx.hits_tagged(REACH).find(|h| {
        let after = doc.words().get(h.end_word() - 1).map_or(0, |w| w.span.end);
        let rest = text.get(after..).unwrap_or("");
        rest.trim_start().starts_with("___") || rest.trim_start().starts_with('[')
    }) {
        return Some(doc.hit_span(h));
    }
    // A number read out in words: "five-seven-zero, three-four-three, …".
    spoken_number(cx)
}

/// Seven or more digit words within a run of twelve words.
fn spoken_number(cx: &RuleContext<'_, '_>) -> Option<Span> {
    let doc = cx.doc();
    let words: Vec<usize> = cx.hits_tagged(DIGIT_WORD).map(|h| h.first_word()).collect();
    words
        .windows(7)
        .find(|win| win[6] - win[0] <= 12)
        .map(|win| doc.words_span(win[0]..win[6] + 1))
}

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    let (message, at, insert) = match cx.kind() {
        CallScript => (
            "The script never leaves a number to call back on.",
            doc.body_end(),
            if doc.body_ends_open() { "\n\n" } else { " " }.to_owned()
                + "You can reach me at [phone number].",
        ),
        _ => {
            let at = doc
                .parts()
                .signature
                .map_or(doc.body_end(), |s| Span::empty(s.end));
            (
                "The message gives no phone number or email address.",
                at,
                "\n[phone number] | [email address]".to_owned(),
            )
        }
    };
    out.push(missing(
        at,
        message,
        "Add your phone number and email",
        insert,
    ));
}

#[cfg(test)]
mod tests {
    use super::phone_in;
    use crate::MessageKind::FollowUp;
    use crate::testing::{assert_accepts, assert_flags};

    const RULE: &str = "missing-contact-info";

    #[test]
    fn recognises_phone_numbers_but_not_dates_or_years() {
        for number in [
            "555-555-1234",
            "(555) 014-2279",
            "+44 20 7946 0958",
            "555.0148 ext",
            "555-0162",
        ] {
            assert!(phone_in(number).is_some(), "{number}");
        }
        for not in ["2026-03-12", "in 2019 and 2020", "call 911", "12-15 people"] {
            assert!(phone_in(not).is_none(), "{not}");
        }
    }

    #[test]
    fn flags_mentions_of_contact_details_that_give_none() {
        assert_flags(
            RULE,
            FollowUp,
            "Contact me on my phone number or email address for further discussion.",
        );
    }

    #[test]
    fn ignores_an_email_in_the_signature_and_a_blank_number() {
        assert_accepts(RULE, FollowUp, "Thanks,\nJosh Doody\njosh@example.com");
        assert_accepts(
            RULE,
            FollowUp,
            "you can reach me at __________-___________ - ok",
        );
    }
}
