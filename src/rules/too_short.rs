//! `too-short`: fewer words than the kind of message needs.

use crate::diagnostic::{Category, Finding, Level, Levels};
use crate::draft::MessageKind::{FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{Example, Gate, Rule, RuleContext, RuleKind, RuleOption, TextRule};

pub(crate) const RULE: Rule = Rule {
    id: "too-short",
    category: Category::Proofreading,
    summary: "Flags a message under the minimum for its kind (thank-you ${thank-you-min-words}, follow-up ${follow-up-min-words}, call script ${call-script-min-words} words).",
    why: "A one-line note cannot carry what the guide asks for (thanks, interest, a \
          qualification, a detail from the interview), so it reads as a formality.",
    help: "Add the missing elements the checklist shows, in a sentence each.",
    options: &MIN_WORDS,
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Warning),
        gate: Gate::HasWords,
        flagged: &[Example::new(
            ThankYou,
            "Thanks for interviewing me. Hope I get the job.",
        )],
        accepted: &[Example::new(
            FollowUp,
            "Dear Ms. Park,\n\nI am following up on my interview for the analyst role on Tuesday. I \
             remain very interested, and my three years of reporting in SQL fit the work you \
             described. Could you share an update on the timeline?\n\nBest regards,\nLeo Grant",
        )],
        phrases: &[],
        evidence: None,
        check,
    }),
};

/// Shortest thank-you note, in words.
const THANK_YOU_MIN_WORDS: RuleOption = RuleOption::count(
    "thank-you-min-words",
    "Shortest thank-you note, in words.",
    50,
    0,
    10000,
);

/// Shortest follow-up email, in words.
const FOLLOW_UP_MIN_WORDS: RuleOption = RuleOption::count(
    "follow-up-min-words",
    "Shortest follow-up email, in words.",
    40,
    0,
    10000,
);

/// Shortest call script, in words.
const CALL_SCRIPT_MIN_WORDS: RuleOption = RuleOption::count(
    "call-script-min-words",
    "Shortest call script, in words.",
    25,
    0,
    10000,
);

/// The limit for each kind of message, by [`MessageKind::index`].
const MIN_WORDS: [RuleOption; 3] = [
    THANK_YOU_MIN_WORDS,
    FOLLOW_UP_MIN_WORDS,
    CALL_SCRIPT_MIN_WORDS,
];

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let kind = cx.kind();
    let minimum = cx.count(MIN_WORDS[kind.index()]);
    let n = cx.doc().message_word_count();
    if n >= minimum {
        return;
    }
    out.push(Finding::new(
        cx.doc().parts().body,
        format!(
            "The message has {n} words; a {} needs at least {minimum} to say what it should.",
            kind.describe()
        ),
    ));
}
