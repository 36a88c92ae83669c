//! `vague-subject`: a subject line that says nothing of the interview, the role or thanks.

use crate::diagnostic::{Category, Finding, Level, Levels, Span};
use crate::draft::MessageKind;
use crate::draft::MessageKind::{FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{Example, Gate, Rule, RuleContext, RuleKind, TextRule};
use crate::text::{Part, normalize_phrase};

pub(crate) const RULE: Rule = Rule {
    id: "vague-subject",
    category: Category::Proofreading,
    summary: "Flags a subject line that says nothing of the interview, the role or thanks (\"Hi\", \"Checking in\"), or runs over 10 words.",
    why: "The subject decides whether and when the message is opened; a vague one looks like \
          any other email in a full inbox.",
    help: "Name the interview and the role: \"Thank you – Data Analyst interview\", \"Following \
           up on my UX Researcher interview\".",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Warning).with(MessageKind::CallScript, Level::Allow),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(
                FollowUp,
                "Subject: Checking in\n\nHi Tom,\n\nAny news on the role?",
            ),
            Example::new(
                ThankYou,
                "Subject: Hi\n\nDear Ms. Park,\n\nThank you for today.",
            ),
            Example::new(
                FollowUp,
                "Subject: Just wanted to quickly follow up with you about my recent interview with the team\n\nHi Tom,",
            ),
        ],
        accepted: &[
            Example::new(
                ThankYou,
                "Subject: Thank you for the analyst interview\n\nDear Ms. Park,",
            ),
            Example::new(
                FollowUp,
                "Subject: Following up - Senior ML Engineer Role\n\nHi Tom,",
            ),
            Example::new(
                FollowUp,
                "Subject: Checking in - [Position] interview\n\nHi [Name],",
            ),
            Example::new(FollowUp, "Hi Tom,\n\nAny news on the role?"),
        ],
        phrases: &[(ABOUT_THE_INTERVIEW, TELLING), (NAMES_THE_ROLE, SLOT_NAMES)],
        evidence: None,
        check,
    }),
};

/// Tag of [`TELLING`].
const ABOUT_THE_INTERVIEW: u8 = 0;
/// Tag of [`SLOT_NAMES`].
const NAMES_THE_ROLE: u8 = 1;

/// What a slot in the subject stands for when it names the role: "[Position]".
const SLOT_NAMES: &[&str] = &["position", "role", "title", "job"];

/// Words that tie a subject to the interview, the role or thanks.
const TELLING: &[&str] = &[
    "interview",
    "interviewed",
    "interviewing",
    "thank",
    "thanks",
    "thankyou",
    "application",
    "candidacy",
    "position",
    "role",
    "job",
    "opening",
    "vacancy",
    "opportunity",
    "meeting",
    "conversation",
    "offer",
    "internship",
    "appreciation",
];

/// Longest useful subject, in words.
const MAX_WORDS: usize = 10;

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    let (span, subject) = match (doc.parts().subject, doc.given_subject()) {
        (Some(span), _) => (span, span.slice(doc.text())),
        (None, Some(given)) => (Span::empty(0), given),
        (None, None) => return,
    };
    let norm = normalize_phrase(subject).unwrap_or_default();
    let words: Vec<&str> = norm.split(' ').filter(|w| !w.is_empty()).collect();
    let role_words: Vec<String> = cx
        .context()
        .role
        .iter()
        .chain(&cx.context().company)
        .filter_map(|r| normalize_phrase(r))
        .flat_map(|r| r.split(' ').map(str::to_owned).collect::<Vec<_>>())
        .collect();
    // The subject line in the text is a sentence of its own; a given one was matched apart.
    let subject_sentence = doc.sentences().iter().position(|s| s.part == Part::Subject);
    let has = |tag: u8| match (doc.parts().subject, subject_sentence) {
        (Some(_), Some(s)) => cx.tag_in(tag, s),
        _ => cx.given_subject_has(tag),
    };
    let telling = has(ABOUT_THE_INTERVIEW)
        || words.iter().any(|w| role_words.iter().any(|r| r == w))
        || subject.contains('[') && has(NAMES_THE_ROLE);
    let message = if words.len() > MAX_WORDS {
        format!(
            "The subject runs to {} words; keep it under {MAX_WORDS}: \"{subject}\".",
            words.len()
        )
    } else if !telling {
        format!(
            "The subject \"{subject}\" does not say what the message is about; name the interview or the role."
        )
    } else {
        return;
    };
    out.push(Finding::new(span, message));
}

#[cfg(test)]
mod tests {
    use crate::{Context, Draft, Linter, MessageKind::FollowUp};

    fn fired(draft: &Draft<'_>) -> Vec<String> {
        Linter::new()
            .check(draft)
            .diagnostics
            .into_iter()
            .filter(|d| d.rule == "vague-subject")
            .map(|d| d.message)
            .collect()
    }

    #[test]
    fn reads_a_subject_given_apart_from_the_text() {
        let text = "Hi Tom,\n\nAny news on the role?";
        assert_eq!(
            fired(&Draft::new(text).kind(FollowUp).subject("Question")).len(),
            1
        );
        assert!(
            fired(
                &Draft::new(text)
                    .kind(FollowUp)
                    .subject("Data Analyst interview")
            )
            .is_empty()
        );
    }

    #[test]
    fn accepts_the_role_from_context() {
        let context = Context::new().role("Cartographer");
        let text = "Subject: Cartographer follow-up\n\nHi Tom,\n\nAny news?";
        assert!(fired(&Draft::new(text).kind(FollowUp).context(&context)).is_empty());
        assert_eq!(fired(&Draft::new(text).kind(FollowUp)).len(), 1);
    }
}
