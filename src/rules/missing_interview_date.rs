//! `missing-interview-date`: no reference to when the interview took place.

use crate::diagnostic::{Category, Level, Levels, Span};
use crate::draft::MessageKind;
use crate::draft::MessageKind::{CallScript, FollowUp};
use crate::rule::Findings;
use crate::rule::{
    Criterion, Evidence, Example, Gate, Rule, RuleContext, RuleKind, TextRule, missing,
};
use crate::text::{Document, Part, normalize_phrase};

pub(crate) const RULE: Rule = Rule {
    id: "missing-interview-date",
    category: Category::Content,
    summary: "Flags a follow-up that never says when the interview took place.",
    why: "Recruiters run many interviews at once; the date (\"our interview on Tuesday, March \
          3\") tells them at once which conversation you mean.",
    help: "Say when you met: \"I am following up on my interview for the analyst role on \
           Tuesday, March 3.\"",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Info)
            .with(MessageKind::ThankYou, Level::Allow)
            .with(MessageKind::FollowUp, Level::Warning),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(
                FollowUp,
                "I am writing to follow up on my interview for the Analyst role.",
            ),
            Example::new(
                CallScript,
                "Hi, this is Priya. I'm calling about the accountant position. Any news?",
            ),
        ],
        accepted: &[
            Example::new(
                FollowUp,
                "I am following up on my interview for the Analyst role on Tuesday.",
            ),
            Example::new(
                FollowUp,
                "It has been about a week since I talked with Andy.",
            ),
            Example::new(FollowUp, "Thank you again for meeting with me on March 3."),
            Example::new(
                FollowUp,
                "I wanted to follow up on our interview for the [Role] position on [date].",
            ),
            Example::new(
                CallScript,
                "This is Valerie following up on my interview from yesterday.",
            ),
        ],
        phrases: &[
            (
                WHEN,
                &[
                    "today+",
                    "yesterday+",
                    "this morning+",
                    "this afternoon+",
                    "this evening+",
                    "last night+",
                    "earlier today",
                    "earlier this week",
                    "last week",
                    "this past week",
                    "the other day",
                    "a week ago",
                    "weeks ago",
                    "days ago",
                    "a week since",
                    "weeks since",
                    "days since",
                    "monday+",
                    "tuesday+",
                    "wednesday+",
                    "thursday+",
                    "friday+",
                    "saturday+",
                    "sunday+",
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
                    "jan",
                    "feb",
                    "mar",
                    "apr",
                    "jun",
                    "jul",
                    "aug",
                    "sep",
                    "sept",
                    "oct",
                    "nov",
                    "dec",
                ],
            ),
            (
                MEETING,
                &[
                    "interview",
                    "interviews",
                    "interviewed",
                    "interviewing",
                    "meet",
                    "meeting",
                    "met",
                    "speak",
                    "speaking",
                    "spoke",
                    "spoken",
                    "talk",
                    "talking",
                    "talked",
                    "conversation",
                    "chat",
                    "chatting",
                    "chatted",
                    "discussion",
                    "discussing",
                    "discussed",
                    "visit",
                    "visited",
                    "your time",
                    "the time",
                    "seeing me",
                    "walking me through",
                    "call",
                ],
            ),
            (
                FUTURE,
                &[
                    "next",
                    "by",
                    "until",
                    "before",
                    "coming",
                    "upcoming",
                    "this coming",
                    "weekend",
                ],
            ),
            (BARE_MONTH, NEEDS_NUMBER),
        ],
        evidence: Some(Evidence::new(Criterion::InterviewDate, evidence)),
        check,
    }),
};

/// A day, a date word or a time relative to now: "Tuesday", "March", "last week".
const WHEN: u8 = 0;
/// Says the sentence is about the interview: "meeting", "spoke", "interview".
const MEETING: u8 = 1;
/// Marks a date as ahead, not behind: "next Tuesday", "by Friday".
const FUTURE: u8 = 2;
/// A month name that is a date only beside a number ([`NEEDS_NUMBER`]).
const BARE_MONTH: u8 = 64;

/// Date-like words that need a number or a weekday next to them to be a date.
const NEEDS_NUMBER: &[&str] = &[
    "may", "march", "mar", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec",
];

/// True if the word slot at `w` reads as a date slot: `[date]`, `[Date of Interview]`.
fn date_slot(doc: &Document<'_>, s: usize) -> bool {
    let span = doc.sentences()[s].span;
    doc.placeholders_in(span).iter().any(|p| {
        let inner = p.slice(doc.text()).to_ascii_lowercase();
        inner.contains("date") || inner.contains("day")
    })
}

/// True if sentence `s` holds a numeric date (3/12, 2026-03-12) or an ordinal day (12th).
fn numeric_date(doc: &Document<'_>, s: usize) -> bool {
    let sentence = &doc.sentences()[s];
    sentence.words().any(|w| {
        let word = doc.words()[w];
        if !word.has_digit() {
            return false;
        }
        let norm = doc.word_norm(w);
        let ordinal = ["st", "nd", "rd", "th"].iter().any(|suf| {
            norm.strip_suffix(suf).is_some_and(|n| {
                !n.is_empty() && n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit())
            })
        });
        let gap = doc.gap_before(w + 1);
        let slashed = w + 1 < sentence.words().end
            && matches!(gap, "/" | "-")
            && doc.words()[w + 1].has_digit();
        ordinal || slashed
    })
}

/// The first sentence saying when the interview took place.
fn evidence(cx: &RuleContext<'_, '_>) -> Option<Span> {
    let doc = cx.doc();
    if let Some(date) = cx
        .context()
        .interview_date
        .as_deref()
        .and_then(normalize_phrase)
    {
        let mentioned = doc.body_sentences().find(|(_, s)| {
            let norm = format!(" {} ", doc.norm_range(s.words()));
            norm.contains(&format!(" {date} "))
        });
        if let Some((_, s)) = mentioned {
            return Some(s.span);
        }
    }
    let about_meeting = |s: usize| cx.tag_in(MEETING, s);
    let counts = |s: usize| {
        matches!(
            doc.sentences()[s].part,
            Part::Body | Part::Subject | Part::Closing
        ) && (about_meeting(s) || doc.sentences()[s].part == Part::Subject)
    };
    let by_word = cx.hits_tagged(WHEN).find(|h| {
        let s = h.sentence();
        if !counts(s) {
            return false;
        }
        // "next Tuesday", "by Friday" point ahead.
        let ahead = (1..=2).any(|back| {
            h.first_word() >= back
                && cx.hits_at(h.first_word() - back).iter().any(|f| {
                    f.tag() == FUTURE && f.sentence() == s && f.end_word() == h.first_word()
                })
        });
        // "May" and "March" are dates only with a number beside them.
        let needs_number = h.words().len() == 1 && cx.tag_at(BARE_MONTH, h.first_word());
        let numbered = doc.words().get(h.end_word()).is_some_and(|w| w.has_digit())
            || h.first_word() > 0 && doc.words()[h.first_word() - 1].has_digit();
        let capital_month =
            !needs_number || (doc.words()[h.first_word()].is_capitalized() && numbered);
        !ahead && capital_month
    });
    by_word
        .map(|h| doc.sentences()[h.sentence()].span)
        .or_else(|| {
            doc.sentences()
                .iter()
                .enumerate()
                .find(|&(i, _)| counts(i) && (date_slot(doc, i) || numeric_date(doc, i)))
                .map(|(_, s)| s.span)
        })
}

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let when = cx.context().interview_date.as_deref().unwrap_or("[date]");
    let role = cx.context().role.as_deref().unwrap_or("[role]");
    out.push(missing(
        cx.doc().body_start(),
        "The message never says when your interview took place.",
        "Say when the interview was",
        format!("I interviewed for the {role} position on {when}. "),
    ));
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::FollowUp;
    use crate::testing::{assert_accepts, assert_flags};

    const RULE: &str = "missing-interview-date";

    #[test]
    fn flags_future_dates_and_dates_of_other_things() {
        for text in [
            "Could we speak again next Tuesday?",
            "I hope you had a great weekend! Any news on the role?",
            "I submitted my application on [date]. Has a decision been made?",
            "You said you'd get back to me and that was a couple of weeks ago.",
        ] {
            assert_flags(RULE, FollowUp, text);
        }
    }

    #[test]
    fn ignores_dates_of_the_interview_in_many_forms() {
        for text in [
            "Thank you for your time yesterday.",
            "Thanks for chatting with me on Thursday evening.",
            "We had discussed my goals in an interview that we had on November 08, 2009.",
            "I interviewed with you on 3/12 for the analyst role.",
            "Subject: Marketing Coordinator Interview 12th October",
        ] {
            assert_accepts(RULE, FollowUp, text);
        }
    }
}
