//! `too-short`: fewer words than the kind of message needs.

use super::too_long::{counted_words, kind_option};
use super::{Check, Example, Rule, RuleContext, RuleOption};
use crate::diagnostic::{Category, Finding, Level, Levels};
use crate::draft::MessageKind::{FollowUp, ThankYou};

pub(crate) const RULE: Rule = Rule {
    id: "too-short",
    category: Category::Proofreading,
    levels: Levels::all(Level::Warning),
    summary: "Flags a message under the minimum for its kind (thank-you 50, follow-up 40, call script 25 words).",
    why: "A one-line note cannot carry what the guide asks for (thanks, interest, a \
          qualification, a detail from the interview), so it reads as a formality.",
    help: "Add the missing elements the checklist shows, in a sentence each.",
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
    options: &[
        RuleOption::new(
            "thank-you-min-words",
            "Shortest thank-you note, in words.",
            50.0,
            0.0,
            10_000.0,
        ),
        RuleOption::new(
            "follow-up-min-words",
            "Shortest follow-up email, in words.",
            40.0,
            0.0,
            10_000.0,
        ),
        RuleOption::new(
            "call-script-min-words",
            "Shortest call script, in words.",
            25.0,
            0.0,
            10_000.0,
        ),
    ],
    phrases: &[],
    criterion: None,
    check: Check::Text(check),
};

fn check(cx: &RuleContext<'_, '_>, out: &mut Vec<Finding>) {
    let kind = cx.kind();
    let minimum = cx.option(&kind_option(kind, "min-words")) as usize;
    let n = counted_words(cx);
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
