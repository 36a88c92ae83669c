//! `generic-greeting`: "To whom it may concern", "Dear Sir or Madam", or "Dear Hiring
//! Manager" when the interviewer's name is known.

use crate::diagnostic::{Applicability, Category, Edit, Finding, Level, Levels, Suggestion};
use crate::draft::MessageKind;
use crate::draft::MessageKind::{FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{Example, Gate, Rule, RuleContext, RuleKind, TextRule};

pub(crate) const RULE: Rule = Rule {
    id: "generic-greeting",
    category: Category::Personalization,
    summary: "Flags a generic greeting: \"To whom it may concern\", \"Dear Sir or Madam\", or \"Dear Hiring Manager\" when you know the interviewer's name.",
    why: "You have met the reader; a greeting meant for a stranger says the message could have \
          been sent to anyone.",
    help: "Address the person you met by name.",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Warning).with(MessageKind::CallScript, Level::Allow),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(
                FollowUp,
                "To Whom It May Concern:\n\nI am writing about my application.",
            ),
            Example::new(
                ThankYou,
                "Dear Sir or Madam,\n\nThank you for the interview.",
            ),
        ],
        accepted: &[
            Example::new(ThankYou, "Dear Ms. Park,\n\nThank you for the interview."),
            Example::new(
                FollowUp,
                "Dear Hiring Manager,\n\nIs there any news on the role?",
            ),
        ],
        phrases: &[
            (NOBODY_IN_PARTICULAR, NOBODY),
            (TITLE_NOT_NAME, TITLES),
            (TO_WHOM, WHOM),
        ],
        evidence: None,
        check,
    }),
};

/// Tag of [`NOBODY`].
const NOBODY_IN_PARTICULAR: u8 = 0;
/// Tag of [`TITLES`].
const TITLE_NOT_NAME: u8 = 1;
/// Tag of [`WHOM`].
const TO_WHOM: u8 = 2;

/// The opener that addresses no one by design.
const WHOM: &[&str] = &["to whom it may concern"];

/// Names that address nobody in particular.
const NOBODY: &[&str] = &[
    "sir or madam",
    "sir madam",
    "madam or sir",
    "sir",
    "madam",
    "sirs",
    "sir s",
    "gentlemen",
];

/// Job titles used instead of a name; generic only when the name is known.
const TITLES: &[&str] = &[
    "hiring manager",
    "hiring team",
    "recruiter",
    "recruiting team",
    "recruitment team",
    "hr",
    "hr team",
    "human resources",
    "team",
    "all",
    "interviewer",
    "hiring committee",
    "search committee",
];

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    let Some(greeting) = doc.parts().greeting else {
        return;
    };
    let known = cx.context().interviewer_names.first();
    // A table's entry is the whole opener, or the whole name.
    let name_is = |tag: u8| greeting.name.is_some_and(|n| cx.tag_covers(tag, n));
    let generic = cx.tag_covers(TO_WHOM, greeting.opener)
        || name_is(NOBODY_IN_PARTICULAR)
        || (known.is_some() && name_is(TITLE_NOT_NAME));
    if !generic {
        return;
    }
    let text = greeting.span.slice(doc.text());
    let mut finding = Finding::new(
        greeting.span,
        format!("\"{text}\" could be addressed to anyone."),
    );
    let (replacement, applicability) = match known {
        Some(n) => (format!("Dear {n}"), Applicability::NeedsReview),
        None => (
            "Dear [Interviewer Name]".to_owned(),
            Applicability::HasPlaceholders,
        ),
    };
    finding = finding.suggest(Suggestion::new(
        "Address the interviewer by name",
        Edit::new(greeting.span, replacement),
        applicability,
    ));
    out.push(finding);
}

#[cfg(test)]
mod tests {
    use crate::{Context, Draft, Linter, MessageKind};

    #[test]
    fn flags_a_title_when_the_name_is_known() {
        let context = Context::new().interviewer("Ms. Priya Natarajan");
        let text = "Dear Hiring Manager,\n\nThank you for the interview.";
        let report = Linter::new().check(
            &Draft::new(text)
                .kind(MessageKind::ThankYou)
                .context(&context),
        );
        let d = report
            .diagnostics
            .iter()
            .find(|d| d.rule == "generic-greeting")
            .expect("fires");
        assert_eq!(
            d.suggestions[0].edits[0].replacement,
            "Dear Ms. Priya Natarajan"
        );
    }
}
