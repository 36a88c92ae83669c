//! `spacing`: double spaces between words, a space before punctuation, no space after a
//! sentence's full stop.

use crate::diagnostic::{Applicability, Category, Edit, Finding, Level, Levels, Span, Suggestion};
use crate::draft::MessageKind::{FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{Example, Gate, Rule, RuleContext, RuleKind, TextRule};
use crate::text::{Document, Part};

pub(crate) const RULE: Rule = Rule {
    id: "spacing",
    category: Category::Proofreading,
    summary: "Flags double spaces between words, a space before , . ! ? ; :, and a missing space after a sentence's full stop.",
    why: "Stray spaces are small, but they are the kind of sloppiness a careful reader notices.",
    help: "Use one space between words, none before punctuation, and one after a full stop.",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Info),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(ThankYou, "Thank you for  meeting with me."),
            Example::new(FollowUp, "Is there any news on the role ?"),
            Example::new(FollowUp, "I enjoyed the tour.It was great."),
        ],
        accepted: &[
            Example::new(
                ThankYou,
                "Thank you for meeting with me. It was great :) and the U.S. team too.",
            ),
            Example::new(
                FollowUp,
                "See www.example.com/a.b for my portfolio; call at 10:30.",
            ),
            Example::new(ThankYou, "I especially enjoyed talking about …"),
        ],
        phrases: &[],
        evidence: None,
        check,
    }),
};

/// Punctuation that takes no space before it.
const NO_SPACE_BEFORE: &[char] = &[',', '.', '!', '?', ';', ':'];

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    let text = doc.text();
    for line in doc.lines() {
        let Some(w) =
            (line.first_word_index() < doc.words().len()).then(|| line.first_word_index())
        else {
            continue;
        };
        if line.is_blank()
            || !matches!(
                part_of(doc, w),
                Some(Part::Body | Part::Greeting | Part::Closing | Part::Subject)
            )
        {
            continue;
        }
        spaces_in_line(text, line.span, out);
    }
    missing_space_after_stop(doc, out);
}

fn part_of(doc: &Document<'_>, w: usize) -> Option<Part> {
    doc.sentence_of(w).map(|s| doc.sentences()[s].part)
}

/// Double spaces and spaces before punctuation on one line (indentation and trailing
/// space left alone).
fn spaces_in_line(text: &str, line: Span, out: &mut Findings) {
    let s = line.slice(text);
    let b = s.as_bytes();
    let start = s.len() - s.trim_start().len();
    let end = s.trim_end().len();
    let mut i = start;
    // Jump from space to space; only a space followed by another space or by
    // punctuation can be at fault.
    while let Some(p) = memchr::memchr(b' ', &b[i.min(end)..end]) {
        i += p;
        let next = b.get(i + 1).copied().unwrap_or(b'\n');
        if next != b' ' && !NO_SPACE_BEFORE.contains(&char::from(next)) {
            i += 1;
            continue;
        }
        let run = b[i..end].iter().take_while(|&&c| c == b' ').count();
        let (before, after) = (s[..i].chars().next_back(), s[i + run..].chars().next());
        let at = line.start + i;
        match (before, after) {
            (Some(p), Some(n))
                if NO_SPACE_BEFORE.contains(&n)
                    && p.is_alphanumeric()
                    && !emoticon_or_ellipsis(&s[i + run..]) =>
            {
                let span = Span::new(at, at + run);
                out.push(
                    Finding::new(
                        Span::new(at, at + run + n.len_utf8()),
                        format!("No space belongs before \"{n}\"."),
                    )
                    .suggest(Suggestion::new(
                        "Remove the space",
                        Edit::delete(span),
                        Applicability::Safe,
                    )),
                );
            }
            (Some(p), Some(n))
                if run >= 2 && !matches!(p, '.' | '!' | '?' | ':') && !n.is_whitespace() =>
            {
                let span = Span::new(at, at + run);
                out.push(
                    Finding::new(span, format!("{run} spaces in a row between words.")).suggest(
                        Suggestion::new("Use one space", Edit::new(span, " "), Applicability::Safe),
                    ),
                );
            }
            _ => {}
        }
        i += run;
    }
}

/// ":)" and "..." may follow a space.
fn emoticon_or_ellipsis(rest: &str) -> bool {
    rest.starts_with("..")
        || [":)", ":(", ":D", ":P", ":p", ";)", ":-", ";-", ":/"]
            .iter()
            .any(|e| rest.starts_with(e))
        || (rest.starts_with(':') && rest[1..].starts_with(|c: char| c.is_ascii_digit()))
}

/// "tour.It was": a full stop, question or exclamation mark with no space before the next
/// sentence. Abbreviations such as "U.S." and "Ph.D." are left alone.
fn missing_space_after_stop(doc: &Document<'_>, out: &mut Findings) {
    let words = doc.words();
    for w in 1..words.len() {
        let gap = doc.gap_before(w);
        if !matches!(gap, "." | "!" | "?")
            || doc.sentence_of(w).is_none()
            || doc.sentence_of(w - 1).is_none()
        {
            continue;
        }
        let (prev, next) = (&words[w - 1], &words[w]);
        let short = |i: usize| doc.word_text(i).chars().count() <= 2;
        let letter = |i: usize| doc.word_text(i).chars().count() == 1;
        if prev.is_url()
            || next.is_url()
            || !next.is_capitalized()
            || letter(w)
            || (short(w - 1) && prev.is_all_caps())
        {
            continue;
        }
        let at = prev.span.end + gap.len();
        out.push(
            Finding::new(
                Span::new(prev.span.end, at),
                format!("No space after \"{gap}\" before \"{}\".", doc.word_text(w)),
            )
            .suggest(Suggestion::new(
                "Add a space",
                Edit::insert(at, " "),
                Applicability::Safe,
            )),
        );
    }
}
