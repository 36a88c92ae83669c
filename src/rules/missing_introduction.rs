//! `missing-introduction`: the caller does not say who they are and what the call is about.

use crate::diagnostic::{Category, Level, Levels, Span};
use crate::draft::MessageKind;
use crate::draft::MessageKind::CallScript;
use crate::rule::Findings;
use crate::rule::{
    Criterion, Evidence, Example, Gate, Rule, RuleContext, RuleKind, TextRule, missing,
};
use crate::text::Part;

pub(crate) const RULE: Rule = Rule {
    id: "missing-introduction",
    category: Category::Content,
    summary: "Flags a call script that does not open with the caller's name and the interview or role the call is about.",
    why: "On the phone the listener cannot see who is speaking; without your name and the role \
          up front, they spend the call working out who you are, or cannot call back at all.",
    help: "Open with your name and the reason: \"Hello, this is Priya Shah; I interviewed for \
           the Junior Accountant role on Monday.\"",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Allow).with(MessageKind::CallScript, Level::Error),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(
                CallScript,
                "Hi, Mr. Samson. How are you? I really enjoyed meeting with you. Is there any news \
                 about the job?",
            ),
            Example::new(
                CallScript,
                "Hello Michael, I am calling to follow up on our interview last week.",
            ),
            Example::new(
                CallScript,
                "Hi, this is Steve. Just checking in, call me back.",
            ),
        ],
        accepted: &[
            Example::new(
                CallScript,
                "Hi, this is Valerie Bailey following up on my interview from yesterday.",
            ),
            Example::new(
                CallScript,
                "Hi [their name]. My name is [your name], and I'm calling regarding the [position] role.",
            ),
            Example::new(
                CallScript,
                "Hello, it's Dana Reyes. I interviewed for the analyst position on Monday.",
            ),
        ],
        phrases: &[
            (
                NAME,
                &[
                    "my name is",
                    "this is",
                    "it's",
                    "it is",
                    "i'm",
                    "i am",
                    "here is",
                    "name's",
                ],
            ),
            (
                PURPOSE,
                &[
                    "interview",
                    "interviewed",
                    "interviewing",
                    "position",
                    "role",
                    "job",
                    "application",
                    "applied",
                    "opening",
                    "vacancy",
                    "candidacy",
                ],
            ),
            (NOT_CALLER, NOT_A_CALLER),
        ],
        evidence: Some(Evidence::new(Criterion::Introduction, evidence)),
        check,
    }),
};

/// Introduces the caller: "my name is", "this is".
const NAME: u8 = 0;
/// Names what the call is about: "interview", "position", "application".
const PURPOSE: u8 = 1;
/// A word after "this is" that is not the caller's name ([`NOT_A_CALLER`]).
const NOT_CALLER: u8 = 64;

/// How many sentences from the start the introduction must come within.
const OPENING: usize = 3;

/// Words that follow "this is" or "I'm" without being a name.
const NOT_A_CALLER: &[&str] = &[
    "a",
    "an",
    "the",
    "my",
    "your",
    "our",
    "just",
    "not",
    "so",
    "very",
    "really",
    "calling",
    "following",
    "still",
    "also",
    "i",
    "it",
    "that",
    "what",
    "about",
    "regarding",
    "hoping",
    "interested",
    "writing",
    "sorry",
    "glad",
    "happy",
    "excited",
    "wondering",
    "available",
];

/// The opening sentences that give the caller's name and the call's purpose.
fn evidence(cx: &RuleContext<'_, '_>) -> Option<Span> {
    let doc = cx.doc();
    let opening: Vec<usize> = doc
        .sentences()
        .iter()
        .enumerate()
        .filter(|(_, s)| matches!(s.part, Part::Body | Part::Greeting))
        .map(|(i, _)| i)
        .take(OPENING + 1)
        .collect();
    let name = cx.hits_tagged(NAME).find(|h| {
        if !opening.contains(&h.sentence()) {
            return false;
        }
        let next = h.end_word();
        let text_after = doc
            .text()
            .get(doc.words().get(next - 1).map_or(0, |w| w.span.end)..)
            .unwrap_or("");
        // "my name is ____" counts even blank; "this is Steve" needs a name.
        doc.word_norm(h.first_word()) == "my"
            || text_after.trim_start().starts_with(['_', '['])
            // "this is (your name)": a slot for the name.
            || doc.words().get(next).is_some_and(|w| {
                w.is_placeholder() && doc.sentence_of(next) == Some(h.sentence())
            })
            || doc.words().get(next).is_some_and(|w| {
                (w.is_capitalized() || w.is_placeholder())
                    && doc.sentence_of(next) == Some(h.sentence())
                    && !cx.tag_at(NOT_CALLER, next)
            })
    })?;
    let purpose = cx
        .hits_tagged(PURPOSE)
        .find(|h| opening.contains(&h.sentence()))?;
    let (a, b) = (
        doc.sentences()[name.sentence()].span,
        doc.sentences()[purpose.sentence()].span,
    );
    Some(a.cover(b))
}

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let name = cx
        .context()
        .applicant_name
        .as_deref()
        .unwrap_or("[Your Name]");
    let role = cx.context().role.as_deref().unwrap_or("[role]");
    out.push(missing(
        cx.doc().body_start(),
        "The call does not open with your name and the interview or role it is about.",
        "Introduce yourself",
        format!("This is {name}; I interviewed for the {role} position. "),
    ));
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::CallScript;
    use crate::testing::{assert_accepts, assert_flags};

    const RULE: &str = "missing-introduction";

    #[test]
    fn flags_a_name_given_only_at_the_end() {
        assert_flags(
            RULE,
            CallScript,
            "Hi there. I wanted to check on the job. Any news? Give me a call. Thanks. Oh, this is Steve.",
        );
    }

    #[test]
    fn flags_a_common_word_after_this_is() {
        assert_flags(
            RULE,
            CallScript,
            "Hi, this is a quick call about the position. Any news?",
        );
    }

    #[test]
    fn ignores_a_blank_name_slot() {
        assert_accepts(
            RULE,
            CallScript,
            "Hi Wendy, my name is ________ and I'm calling about the finance role.",
        );
    }
}
