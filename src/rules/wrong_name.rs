//! `wrong-name`: another company's name, or a misspelled name of the interviewer or company.

use crate::diagnostic::{Applicability, Category, Edit, Finding, Level, Levels, Span, Suggestion};
use crate::draft::MessageKind::ThankYou;
use crate::rule::Findings;
use crate::rule::{ContextField, Example, Gate, Rule, RuleContext, RuleKind, TextRule};
use crate::text::{Document, normalize_phrase};

pub(crate) const RULE: Rule = Rule {
    id: "wrong-name",
    category: Category::Personalization,
    summary: "Flags the name of another company you applied to, or a misspelled interviewer or company name (needs a context).",
    why: "Getting the reader's or the company's name wrong, or leaving in another company's \
          name from a reused template, tells them the message was not written for them.",
    help: "Check every name against the interview invitation before sending.",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Error),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(
                ThankYou,
                "Dear Ms. Natarjan,\n\nThank you for showing me around Lumen Freight.",
            )
            .with_context(CONTEXT),
            Example::new(
                ThankYou,
                "Dear Ms. Natarajan,\n\nI would love to join Harbor Logistics.",
            )
            .with_context(CONTEXT),
        ],
        accepted: &[
            Example::new(
                ThankYou,
                "Dear Ms. Natarajan,\n\nThank you for showing me around Lumen Freight.",
            )
            .with_context(CONTEXT),
            Example::new(
                ThankYou,
                "Dear Ms. Natarjan,\n\nThank you for the interview.",
            ),
        ],
        phrases: &[],
        evidence: None,
        check,
    }),
};

/// The context the examples are checked with.
const CONTEXT: &[(ContextField, &str)] = &[
    (ContextField::Interviewer, "Priya Natarajan"),
    (ContextField::Company, "Lumen Freight"),
    (ContextField::OtherCompany, "Harbor Logistics"),
];

/// Words that stand for a name once they are at least this long.
const MIN_NAME: usize = 3;

fn close(a: &str, b: &str) -> bool {
    let d = strsim::damerau_levenshtein(a, b);
    let limit = if b.chars().count() >= 7 { 2 } else { 1 };
    d > 0 && d <= limit && a.chars().next() == b.chars().next()
}

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    let context = cx.context();
    other_companies(doc, &context.other_companies, out);

    // Known names, word by word: "Priya", "Natarajan", "Lumen", "Freight".
    let mut known: Vec<&str> = Vec::new();
    for name in context.interviewer_names.iter().chain(&context.company) {
        known.extend(
            name.split(|c: char| !c.is_alphanumeric() && c != '\'')
                .filter(|w| w.chars().count() >= MIN_NAME),
        );
    }
    if known.is_empty() {
        return;
    }
    let other: Vec<&str> = context
        .applicant_name
        .iter()
        .chain(&context.role)
        .chain(&context.topics)
        .chain(&context.skills)
        .flat_map(|s| s.split_whitespace())
        .collect();
    let greeting = doc.parts().greeting.and_then(|g| g.name);
    for (w, word) in doc.words().iter().enumerate() {
        let Some(s) = doc.sentence_of(w) else {
            continue;
        };
        let sentence = &doc.sentences()[s];
        let in_greeting = greeting.is_some_and(|g| g.contains(word.span));
        // Capitalised words inside a sentence (not its first word) or in the greeting.
        if !word.is_capitalized()
            || word.is_placeholder()
            || (w == sentence.words().start && !in_greeting)
        {
            continue;
        }
        let written = word.span.slice(doc.text());
        if written.chars().count() < MIN_NAME
            || known.iter().any(|k| k.eq_ignore_ascii_case(written))
            || other.iter().any(|o| o.eq_ignore_ascii_case(written))
        {
            continue;
        }
        let lower = written.to_lowercase();
        if let Some(right) = known.iter().find(|k| close(&lower, &k.to_lowercase())) {
            out.push(
                Finding::new(
                    word.span,
                    format!("\"{written}\" looks like a misspelling of \"{right}\"."),
                )
                .suggest(Suggestion::new(
                    format!("Write \"{right}\""),
                    Edit::new(word.span, *right),
                    Applicability::NeedsReview,
                )),
            );
        }
    }
}

/// Mentions of companies the writer applied to elsewhere: a reused template.
fn other_companies(doc: &Document<'_>, companies: &[String], out: &mut Findings) {
    for company in companies {
        let Some(norm) = normalize_phrase(company) else {
            continue;
        };
        let n = norm.split(' ').count();
        for (_, s) in doc
            .sentences()
            .iter()
            .enumerate()
            .filter(|(_, s)| s.part != crate::text::Part::Quoted)
        {
            let words = s.words();
            for start in words.clone() {
                let end = start + n;
                if end > words.end || doc.norm_range(start..end) != norm {
                    continue;
                }
                let span: Span = doc.words_span(start..end);
                out.push(Finding::new(
                    span,
                    format!("\"{}\" is another company you applied to; was this message written for them?", span.slice(doc.text())),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Context, Draft, Linter, MessageKind::ThankYou};

    fn fired(text: &str, context: &Context) -> Vec<String> {
        Linter::new()
            .check(&Draft::new(text).kind(ThankYou).context(context))
            .diagnostics
            .into_iter()
            .filter(|d| d.rule == "wrong-name")
            .map(|d| d.message)
            .collect()
    }

    fn context() -> Context {
        Context::new()
            .interviewer("Priya Natarajan")
            .company("Lumen Freight")
            .other_company("Harbor Logistics")
    }

    #[test]
    fn flags_another_company_from_a_reused_template() {
        let got = fired(
            "I would love to join the team at Harbor Logistics.",
            &context(),
        );
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn flags_a_misspelled_company_and_suggests_the_right_one() {
        let text = "I enjoyed my visit to Lumen Frieght yesterday.";
        let report = Linter::new().check(&Draft::new(text).kind(ThankYou).context(&context()));
        let d = report
            .diagnostics
            .iter()
            .find(|d| d.rule == "wrong-name")
            .expect("fires");
        assert_eq!(d.span().map(|s| s.slice(text)), Some("Frieght"));
        assert_eq!(d.suggestions[0].edits[0].replacement, "Freight");
    }

    #[test]
    fn says_nothing_without_a_context() {
        assert!(fired("Dear Ms. Natarjan, thanks.", &Context::new()).is_empty());
    }
}
