//! `repeated-subject`: a pronoun that repeats the subject right after it, across a comma:
//! "The manager who interviewed me, she said …", "The project I led, it reduced …".
//!
//! The sentence opens with a noun phrase (a determiner, a possessive, "everyone", or a
//! name), which may carry a relative clause ("who interviewed me", "I led"); at the
//! first comma (or the one after a "who …" clause) comes "he", "she", "it" or "they" and
//! its verb. Not when the opening is a clause of its own ("The team impressed me, and
//! they …"; "After we spoke, she …"), nor when the pronoun opens an aside ("The plan, it
//! seems, is …").

use crate::diagnostic::{Applicability, Category, Edit, Finding, Level, Levels, Span, Suggestion};
use crate::draft::MessageKind::{FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{Example, Gate, Rule, RuleContext, RuleKind, TextRule};
use crate::text::lexicon::cue;
use crate::text::{Part, flag};

pub(crate) const RULE: Rule = Rule {
    id: "repeated-subject",
    category: Category::Proofreading,
    summary: "Flags a pronoun that repeats the subject after a comma: \"The manager who interviewed me, she said …\".",
    why: "Spoken English repeats the subject; written, it reads as a slip.",
    help: "Drop the pronoun and the comma: \"The manager who interviewed me said …\".",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Warning),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(
                ThankYou,
                "The manager who interviewed me, she said the team would decide soon.",
            ),
            Example::new(
                FollowUp,
                "The project I led at my last job, it cut delays by a fifth.",
            ),
        ],
        accepted: &[
            Example::new(
                ThankYou,
                "After the manager spoke to me, she said the team would decide soon.",
            ),
            Example::new(
                FollowUp,
                "My previous manager, Grace Holm, has agreed to act as a referee.",
            ),
        ],
        phrases: &[
            (
                OPENER,
                &[
                    "the",
                    "my",
                    "our",
                    "your",
                    "his",
                    "her",
                    "their",
                    "this",
                    "that",
                    "these",
                    "those",
                    "every",
                    "everyone",
                    "everybody",
                    "all",
                    "each",
                    "both",
                    "anyone",
                    "someone",
                ],
            ),
            (
                FINITE,
                &[
                    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can",
                    "could", "did", "does", "do", "shall", "should", "must", "may", "might",
                ],
            ),
            (
                RELATIVE,
                &[
                    "who", "which", "that", "whom", "whose", "i", "we", "you", "they", "he", "she",
                ],
            ),
        ],
        evidence: None,
        check,
    }),
};

/// A word that opens a noun phrase: a determiner, a possessive, "everyone".
const OPENER: u8 = 64;
/// A finite verb, which makes the opening a clause of its own.
const FINITE: u8 = 65;
/// A word that opens a relative clause, after which a finite verb belongs to it.
const RELATIVE: u8 = 66;

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    let words = doc.words();
    for sentence in doc.sentences() {
        if sentence.part != Part::Body {
            continue;
        }
        let range = sentence.words();
        let start = range.start;
        if range.len() < 5 || words[start].has(flag::QUOTATION) {
            continue;
        }
        // The opening noun phrase: a determiner or possessive, or a name ("Mr.
        // Castillo", "Dr. Farouk"); not a subordinate clause ("After …", "When …").
        // The first comma; after a "who …" clause, the comma that closes it.
        let comma_at = |from: usize| {
            (from + 1..range.end.min(from + 16)).find(|&v| doc.gap_before(v).contains(','))
        };
        let Some(mut k) = comma_at(start) else {
            continue;
        };
        // A name counts only with a title or a "who" clause after it: a capitalised
        // first word is as often "After" or "Honestly".
        let name = doc.word_is(start, cue::TITLE)
            || words[start].is_capitalized()
                && !doc.word_is(start, cue::FUNCTION_WORD)
                && doc.word_norm(k) == "who";
        if !cx.tag_at(OPENER, start) && !name {
            continue;
        }
        if matches!(doc.word_norm(k), "who" | "which" | "whose" | "whom") {
            let Some(next) = comma_at(k) else {
                continue;
            };
            k = next;
        }
        if k < start + 2 || k + 1 >= range.end {
            continue;
        }
        let pronoun = doc.word_norm(k);
        if !matches!(pronoun, "he" | "she" | "it" | "they") {
            continue;
        }
        // "The plan, it seems, is …": an aside, set off by a second comma.
        if doc.gap_before(k + 1).contains(',') || doc.gap_before(k + 2).contains(',') {
            continue;
        }
        // A finite verb in the opening, not inside a relative clause, makes it a clause
        // of its own: "The engineers were kind, they …" (a comma splice, not this slip).
        let clause = (start + 1..k).any(|v| {
            cx.tag_at(FINITE, v) && !(start..v).any(|r| cx.tag_at(RELATIVE, r) && r + 4 >= v)
        });
        if clause {
            continue;
        }
        // Remove ", she" (the comma and the pronoun).
        let comma_start = words[k - 1].span.end;
        let span = Span::new(comma_start, words[k].span.end);
        let written = doc.word_text(k);
        out.push(
            Finding::new(
                words[k].span,
                format!("\"{written}\" repeats the subject it follows; drop it and the comma."),
            )
            .suggest(Suggestion::new(
                format!("Remove \", {written}\""),
                Edit::new(span, ""),
                Applicability::NeedsReview,
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::FollowUp;
    use crate::testing::{assert_accepts, assert_flags};

    const RULE: &str = "repeated-subject";

    #[test]
    fn flags_a_pronoun_that_repeats_the_subject() {
        for text in [
            "The manager who interviewed me last week, she said the team would decide by Friday.",
            "Mr. Castillo, who ran the technical part, he asked some excellent questions.",
            "Maria, who led the panel, she said the decision would take a week.",
            "Everyone I spoke to during the day, they seemed happy to be there.",
            "The conversation we had about remote working, it reassured me.",
            "Your plans to open an office in Porto, they fit well with my hopes.",
        ] {
            assert_flags(RULE, FollowUp, text);
        }
    }

    #[test]
    fn leaves_clauses_asides_and_appositives_alone() {
        for text in [
            "After the manager spoke to me last week, she said the team would decide.",
            "The engineers I met were generous, and they answered every question.",
            "My previous manager, Grace Holm, has agreed to act as a referee.",
            "The plan, it seems, is ambitious but achievable.",
            "As for the start date, it can be as early as June.",
            "The training, the mentoring and the travel all appealed to me.",
            "The woman who showed me around, Olga, mentioned the graduate scheme.",
        ] {
            assert_accepts(RULE, FollowUp, text);
        }
    }
}
