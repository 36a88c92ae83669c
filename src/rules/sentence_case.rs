//! `sentence-case`: a sentence that starts with a lower-case letter.

use crate::diagnostic::{Applicability, Category, Edit, Finding, Level, Levels, Span, Suggestion};
use crate::draft::MessageKind;
use crate::draft::MessageKind::{FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{ContextField, Example, Gate, Rule, RuleContext, RuleKind, TextRule};
use crate::text::{Ending, Part, excerpt};

pub(crate) const RULE: Rule = Rule {
    id: "sentence-case",
    category: Category::Proofreading,
    summary: "Flags a sentence, greeting or sign-off that starts with a lower-case letter.",
    why: "Missing capitals make a message look dashed off on a phone; the reader notices before \
          reading a word of what you wrote.",
    help: "Start every sentence with a capital letter.",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Warning).with(MessageKind::CallScript, Level::Info),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(
                ThankYou,
                "Thank you for your time. it was a pleasure to meet you.",
            ),
            Example::new(
                FollowUp,
                "good morning Kim,\n\nIs there any update on the role?",
            ),
        ],
        accepted: &[
            Example::new(
                ThankYou,
                "I kept thinking about the migration… and what it means for the team.",
            ),
            Example::new(
                FollowUp,
                "My portfolio is online. iPhone screenshots are in the second folder.",
            ),
            Example::new(ThankYou, "Thank you! eBay was mentioned twice.")
                .with_context(&[(ContextField::Company, "eBay")]),
            Example::new(
                FollowUp,
                "Is there any news? www.example.com has my portfolio.",
            ),
        ],
        phrases: &[],
        evidence: None,
        check,
    }),
};

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    let text = doc.text();
    let mut after_ellipsis = false;
    for s in doc.sentences() {
        let follows_ellipsis = after_ellipsis;
        after_ellipsis = s.ending == Ending::Ellipsis;
        if !matches!(s.part, Part::Body | Part::Greeting | Part::Closing) || follows_ellipsis {
            continue;
        }
        let first = s.words().start;
        let Some(word) = doc.words().get(first) else {
            continue;
        };
        // "Hello Mr. Okafor, this is Priya…" runs on after an inline greeting.
        let runs_on = first > 0
            && doc.words()[first - 1].line() == word.line()
            && !doc.gap_before(first).contains(['.', '!', '?', '\u{2026}']);
        // List items after a colon ("… details before I start:\n- the time and
        // place;") continue the sentence that introduced them.
        let before = text[..s.span.start].trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '-' | '*' | '\u{2022}' | '\u{2013}')
        });
        if runs_on || before.ends_with([':', ';']) {
            continue;
        }
        let written = doc.word_text(first);
        // "i" is `lowercase-i`'s; URLs, slots and brands like "iPhone" keep their case.
        let brand = written.chars().skip(1).any(char::is_uppercase)
            || cx.context().has_word(written, false);
        if word.is_url() || word.is_placeholder() || brand || doc.is_pronoun_i(first) {
            continue;
        }
        let Some((at, c)) = text[s.span.start..]
            .char_indices()
            .find(|(_, c)| c.is_alphanumeric())
        else {
            continue;
        };
        // "ĸ", "ª", "ɰ": lower-case letters with no capital to write instead.
        if !c.is_lowercase() || c.to_uppercase().eq(std::iter::once(c)) {
            continue;
        }
        let at = s.span.start + at;
        let span = Span::new(at, at + c.len_utf8());
        out.push(
            Finding::new(
                span,
                format!(
                    "This starts with a lower-case letter: \"{}\".",
                    excerpt(doc.sentence_text(s), 60)
                ),
            )
            .suggest(Suggestion::new(
                "Capitalise the first letter",
                Edit::new(span, c.to_uppercase().to_string()),
                Applicability::Safe,
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::{FollowUp, ThankYou};
    use crate::testing::{assert_accepts, check};
    use crate::{Applicability, apply_fixes};

    const RULE: &str = "sentence-case";

    #[test]
    fn fixes_each_lower_case_start() {
        let text = "thank you for today. it was great.";
        let report = check(ThankYou, text);
        let fixed = apply_fixes(text, &report.diagnostics, Applicability::Safe).expect("applies");
        assert_eq!(fixed, "Thank you for today. It was great.");
    }

    #[test]
    fn leaves_letters_without_a_capital_alone() {
        for text in ["Thanks. \u{138}eep it short.", "Thanks. \u{aa} is a sign."] {
            assert_accepts(RULE, ThankYou, text);
        }
    }

    #[test]
    fn leaves_list_items_after_a_colon_alone() {
        assert_accepts(
            RULE,
            FollowUp,
            "Could you confirm a few details:\n- the time I should arrive;\n- whether I need ID.",
        );
    }

    #[test]
    fn leaves_the_pronoun_i_to_its_own_rule() {
        assert_accepts(RULE, ThankYou, "Thanks. i enjoyed it.");
    }
}
