//! `too-long`: more words than the kind of message should have.

use crate::diagnostic::{Category, Finding, Level, Levels};
use crate::draft::MessageKind::{CallScript, FollowUp};
use crate::rule::Findings;
use crate::rule::{Example, Gate, Rule, RuleContext, RuleKind, RuleOption, TextRule};

pub(crate) const RULE: Rule = Rule {
    id: "too-long",
    category: Category::Proofreading,
    summary: "Flags a message over the word limit for its kind (thank-you ${thank-you-max-words}, follow-up ${follow-up-max-words}, call script ${call-script-max-words} words, about a minute spoken).",
    why: "The guide asks for concise messages: a reader gives a follow-up a minute at most, and \
          a voicemail that runs on gets cut off or skipped.",
    help: "Cut to the essentials: thanks, interest, one qualification, one detail, the next step.",
    options: &MAX_WORDS,
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Warning),
        gate: Gate::HasWords,
        flagged: &[Example::new(CallScript, LONG_CALL)],
        accepted: &[Example::new(
            FollowUp,
            "Is there any news on the analyst role? I remain very interested.",
        )],
        phrases: &[],
        evidence: None,
        check,
    }),
};

/// A call script of 160 words, for the flagged example.
const LONG_CALL: &str = "Hello Mr. Okafor, this is Priya Shah calling. We met on Monday about the Junior \
    Accountant position, and I wanted to follow up on where things stand. I really enjoyed our \
    conversation about the month-end close and the way your team reconciles the regional \
    accounts, and since then I have been thinking about how my experience with accounts payable \
    at my last firm would help with the backlog you mentioned. I also wanted to mention that I \
    recently finished the second part of my certification, which covers consolidations, and I \
    think that would be useful for the quarterly reporting you described in some detail. If it \
    would help, I can send over a short summary of the reconciliation project I led last year, \
    along with two references from my previous manager and a colleague from the audit team. I \
    am still very interested in the role and in joining the team. You can reach me at 555-0148 \
    any time this week. Thank you again, and I hope you have a good afternoon.";

/// Speaking pace used to turn a call script's words into seconds.
const WORDS_PER_MINUTE: usize = 150;

/// Longest thank-you note, in words.
const THANK_YOU_MAX_WORDS: RuleOption = RuleOption::count(
    "thank-you-max-words",
    "Longest thank-you note, in words.",
    250,
    10,
    10000,
);

/// Longest follow-up email, in words.
const FOLLOW_UP_MAX_WORDS: RuleOption = RuleOption::count(
    "follow-up-max-words",
    "Longest follow-up email, in words.",
    200,
    10,
    10000,
);

/// Longest call script, in words.
const CALL_SCRIPT_MAX_WORDS: RuleOption = RuleOption::count(
    "call-script-max-words",
    "Longest call script, in words.",
    150,
    10,
    10000,
);

/// The limit for each kind of message, by [`MessageKind::index`].
const MAX_WORDS: [RuleOption; 3] = [
    THANK_YOU_MAX_WORDS,
    FOLLOW_UP_MAX_WORDS,
    CALL_SCRIPT_MAX_WORDS,
];

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let kind = cx.kind();
    let limit = cx.count(MAX_WORDS[kind.index()]);
    let n = cx.doc().message_word_count();
    if n <= limit {
        return;
    }
    let message = if kind == CallScript {
        let seconds = n * 60 / WORDS_PER_MINUTE;
        let limit_seconds = limit * 60 / WORDS_PER_MINUTE;
        format!(
            "The script has {n} words, about {seconds} seconds spoken; keep a call script under {limit} words (about {limit_seconds} seconds)."
        )
    } else {
        format!(
            "The message has {n} words; keep a {} under {limit} words.",
            kind.describe()
        )
    };
    out.push(Finding::new(cx.doc().parts().body, message));
}
