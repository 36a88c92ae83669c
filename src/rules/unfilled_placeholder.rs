//! `unfilled-placeholder`: template slots left in the draft.

use crate::diagnostic::{Applicability, Category, Edit, Finding, Level, Levels, Span, Suggestion};
use crate::draft::Context;
use crate::draft::MessageKind::{CallScript, FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{Example, Gate, Rule, RuleContext, RuleKind, TextRule};
use crate::text::{Document, Ending, Part, excerpt};

pub(crate) const RULE: Rule = Rule {
    id: "unfilled-placeholder",
    category: Category::Personalization,
    summary: "Flags template slots left in the draft: `[Name]`, `{company}`, `{{role}}`, `<Job Title>`, `XXX`, `____`, \"Your Name\".",
    why: "A slot left in proves the message is a template and that you did not read it before \
          sending; it is the one mistake every reader notices.",
    help: "Replace each slot with the real name, role, date or detail, or remove it.",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Error),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(
                ThankYou,
                "Dear [Interviewer Name],\n\nThank you for the interview.",
            ),
            Example::new(FollowUp, "I am following up on the {{role}} position."),
            Example::new(
                ThankYou,
                "Thank you for the interview.\n\nBest regards,\nYour Name",
            ),
            Example::new(
                CallScript,
                "Hi, my name is ________ and I am calling about my interview.",
            ),
            Example::new(
                ThankYou,
                "I especially appreciated talking with you about ….",
            ),
        ],
        accepted: &[
            Example::new(ThankYou, "Dear Ms. Park,\n\nThank you for the interview."),
            Example::new(FollowUp, "See the attached résumé (two pages) for details."),
            Example::new(ThankYou, "What is your name for the project?"),
        ],
        phrases: &[(
            LITERAL,
            &[
                "your name",
                "your full name",
                "first name",
                "last name",
                "full name",
                "company name",
                "job title",
                "position title",
                "hiring manager name",
                "hiring manager's name",
                "interviewer name",
                "interviewer's name",
                "recruiter name",
                "recruiter's name",
                "name of company",
                "name of the company",
                "insert name",
                "insert company",
                "abc company",
                "abc organization",
                "abc corp",
                "xyz company",
                "xyz corp",
                "xyz inc",
                "company x",
                "name",
            ],
        )],
        evidence: None,
        check,
    }),
};

/// A slot written as plain words: "Your Name", "Company Name".
const LITERAL: u8 = 0;

/// The value from `context` that fills a slot, judged by the slot's words.
fn fill<'c>(slot: &str, context: &'c Context) -> Option<&'c str> {
    let s = slot.to_ascii_lowercase();
    let has = |k: &str| s.contains(k);
    if has("your") && has("name") {
        context.applicant_name.as_deref()
    } else if has("company")
        || has("organization")
        || has("organisation")
        || has("employer")
        || has("firm")
    {
        context.company.as_deref()
    } else if has("title") || has("position") || has("role") || has("job") {
        context.role.as_deref()
    } else if has("date") || has("day") {
        context.interview_date.as_deref()
    } else if has("name") || has("interviewer") || has("manager") || has("recruiter") {
        context.interviewer_names.first().map(String::as_str)
    } else {
        None
    }
}

fn finding(doc: &Document<'_>, span: Span, context: &Context) -> Finding {
    let slot = span.slice(doc.text());
    let mut f = Finding::new(
        span,
        format!("Template slot left in: \"{}\".", excerpt(slot, 60)),
    );
    if let Some(value) = fill(slot, context) {
        f = f.suggest(Suggestion::new(
            format!("Fill in \"{value}\""),
            Edit::new(span, value),
            Applicability::NeedsReview,
        ));
    }
    f
}

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    let context = cx.context();
    let in_use = |span: Span| {
        let w = doc.words().partition_point(|w| w.span.end <= span.start);
        // A slot in a quoted reply is someone else's.
        w >= doc.words().len() || doc.sentence_of(w).is_some()
    };
    let mut spans: Vec<Span> = doc
        .placeholders()
        .iter()
        .copied()
        .filter(|&s| in_use(s))
        .collect();

    // Slots written as words: "Your Name", "Company Name", a lone "Name" as greeting or signature.
    for h in cx.hits() {
        let span = doc.hit_span(h);
        if h.words().any(|w| doc.words()[w].is_placeholder()) {
            continue;
        }
        let part = doc.sentences()[h.sentence()].part;
        let unit = doc.sentences()[h.sentence()].words();
        let whole_unit = unit == h.words();
        let title_case = h.words().all(|w| doc.words()[w].is_capitalized());
        let fires = if h.words().len() == 1 {
            // "Name" alone: a greeting's or signature's whole name.
            title_case && whole_unit && matches!(part, Part::Signature | Part::Greeting)
                || (part == Part::Greeting
                    && title_case
                    && doc.parts().greeting.and_then(|g| g.name) == Some(span))
        } else {
            title_case || matches!(part, Part::Signature | Part::Greeting | Part::Header)
        };
        if fires {
            spans.push(span);
        }
    }

    // "talking with you about …." leaves the topic to be written.
    for s in doc.sentences() {
        if s.part == Part::Body
            && s.ending == Ending::Ellipsis
            // A trailing ellipsis after these words marks text left to write.
            && matches!(
                doc.word_norm(s.words().end - 1),
                "about"
                    | "with"
                    | "on"
                    | "in"
                    | "for"
                    | "the"
                    | "a"
                    | "of"
                    | "to"
                    | "are"
                    | "is"
                    | "how"
                    | "that"
            )
        {
            let last = doc.words()[s.words().end - 1].span.end;
            spans.push(Span::new(last, s.span.end).cover(Span::new(last, last)));
        }
    }

    spans.sort();
    spans.dedup();
    let mut last_end = 0;
    for span in spans {
        // Overlapping candidates ("[Your Name]" and "Your Name"): keep the first.
        if span.start < last_end {
            continue;
        }
        last_end = span.end.max(span.start + 1);
        let span = if span.is_empty() {
            Span::new(span.start, span.start)
        } else {
            span
        };
        out.push(finding(doc, trim(doc.text(), span), context));
    }
}

/// Trims white space from the ends of a slot's span.
fn trim(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let start = span.start + (s.len() - s.trim_start().len());
    let end = span.end - (s.len() - s.trim_end().len());
    Span::new(start, end.max(start))
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::ThankYou;
    use crate::testing::{assert_accepts, assert_flags, check};
    use crate::{Context, Draft, Linter};

    const RULE: &str = "unfilled-placeholder";

    #[test]
    fn flags_each_slot_once() {
        let report = check(
            ThankYou,
            "Dear [Name],\n\nThanks for the {role} chat at <Company Name>.\n\nBest,\nYour Name",
        );
        let slots: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.rule == RULE)
            .map(|d| d.message.clone())
            .collect();
        assert_eq!(slots.len(), 4, "{slots:?}");
    }

    #[test]
    fn flags_a_lone_name_placeholder() {
        assert_flags(
            RULE,
            ThankYou,
            "Hi Name,\n\nThank you for meeting with me today.\n\nBest,\nSam",
        );
        assert_flags(
            RULE,
            ThankYou,
            "Dear Mr. Smith:\n\nThank you.\n\nSincerely,\n\nName",
        );
    }

    #[test]
    fn ignores_the_word_name_in_a_sentence() {
        assert_accepts(
            RULE,
            ThankYou,
            "My name is Dana Reyes and I interviewed on Monday.",
        );
    }

    #[test]
    fn fills_slots_from_context() {
        let context = Context::new().company("Lumen Freight").interviewer("Priya");
        let text = "Dear [Interviewer Name],\n\nThank you for the tour of [Company].";
        let report = Linter::new().check(&Draft::new(text).kind(ThankYou).context(&context));
        let fills: Vec<&str> = report
            .diagnostics
            .iter()
            .filter(|d| d.rule == RULE)
            .map(|d| d.suggestions[0].edits[0].replacement.as_str())
            .collect();
        assert_eq!(fills, ["Priya", "Lumen Freight"]);
    }
}
