//! Regression rows: a sentence or draft, a rule, and whether it must fire. Each row says
//! where it came from: a wording that once went wrong during tuning, written anew by us.

use followup_lint::{Draft, Linter, MessageKind, MessageKind::*};

/// (where it came from, kind, text, rule, fires)
const ROWS: &[(&str, MessageKind, &str, &str, bool)] = &[
    // A compensation analyst talks about pay bands as the job, not as a question.
    (
        "pay as the subject of the job",
        ThankYou,
        "I enjoyed our discussion of the salary benchmarking project and the pay bands.",
        "salary-question",
        false,
    ),
    // "I expect" as a prediction was once read as a demand.
    (
        "expectation, not demand",
        ThankYou,
        "I expect the onboarding project will be a great challenge.",
        "demanding-tone",
        false,
    ),
    (
        "deadline demand",
        FollowUp,
        "I expect a response by Monday.",
        "demanding-tone",
        true,
    ),
    // "any update you can provide" asks the reader; it was once read as an offer.
    (
        "reader provides",
        FollowUp,
        "I would appreciate any update you can provide at this time.",
        "missing-offer-to-help",
        true,
    ),
    (
        "writer offers with a shared subject",
        ThankYou,
        "I would welcome the chance to talk again, and can send my publication list if helpful.",
        "missing-offer-to-help",
        false,
    ),
    // Keen counts as interest.
    (
        "keen on the role",
        FollowUp,
        "I remain keen on the position.",
        "missing-interest",
        false,
    ),
    (
        "keen on it, spoken",
        CallScript,
        "I'm still really keen on it and wanted to see if there's been any progress.",
        "missing-interest",
        false,
    ),
    // A gerund after "experience" names the skill.
    (
        "experience + gerund",
        ThankYou,
        "My experience cleaning survey data in R would be useful there.",
        "missing-qualification",
        false,
    ),
    (
        "generic alignment",
        ThankYou,
        "I enjoyed discussing how my skills and experience align with the role.",
        "missing-qualification",
        true,
    ),
    // Topic introduced by the interviewer's remark.
    (
        "your point about",
        ThankYou,
        "Your point about automating the quarterly audits stuck with me.",
        "missing-specific-reference",
        false,
    ),
    (
        "clause boundary stops the topic",
        ThankYou,
        "I enjoyed learning more about the team and the work, and I would be excited to contribute.",
        "missing-specific-reference",
        true,
    ),
    // A capitalised word in the next sentence is not a person met.
    (
        "person must be in the same sentence",
        ThankYou,
        "Could you tell me more about what the role comes with?\n\nLet me know.",
        "missing-specific-reference",
        true,
    ),
    // Neglect complaints without harsh words.
    (
        "no one followed up",
        FollowUp,
        "I was surprised no one followed up after I sent my portfolio.",
        "complaint",
        true,
    ),
    (
        "patience is not a complaint",
        FollowUp,
        "I understand these decisions take time.",
        "complaint",
        false,
    ),
    // Sleep and distraction as an excuse.
    (
        "up all night",
        ThankYou,
        "I'd been up all night with my son and wasn't thinking straight.",
        "excuse",
        true,
    ),
    (
        "see if, without to",
        CallScript,
        "I'm still interested and wanted to say hi and see if you've made a decision.",
        "missing-timeline-inquiry",
        false,
    ),
    (
        "asking soon after is impatient",
        FollowUp,
        "I know we spoke yesterday, but do you have any updates?",
        "impatient-tone",
        true,
    ),
    // A hard-wrapped sentence keeps its date.
    (
        "wrapped line keeps the sentence",
        FollowUp,
        "I am writing to follow up on my interview for the UX\nResearcher position on Tuesday, March 3.",
        "missing-interview-date",
        false,
    ),
    // A bare "Hi," names nobody.
    (
        "greeting without a name",
        FollowUp,
        "Hi,\n\nIs there any news on the role?\n\nNadia",
        "unprofessional-greeting",
        true,
    ),
];

#[test]
fn regression_rows_hold() {
    let linter = Linter::new();
    let mut failures = Vec::new();
    for &(why, kind, text, rule, fires) in ROWS {
        let report = linter.check(&Draft::new(text).kind(kind));
        let fired = report.diagnostics.iter().any(|d| d.rule == rule);
        if fired != fires {
            let got: Vec<String> = report
                .diagnostics
                .iter()
                .map(|d| format!("{}: {}", d.rule, d.message))
                .collect();
            failures.push(format!(
                "[{why}] {rule} should {}fire on {text:?}\n  got: {got:#?}",
                if fires { "" } else { "not " }
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn kind_is_detected_from_the_text() {
    let linter = Linter::new();
    for (text, kind) in [
        (
            "Hi Karen, it's Marcus Lee calling about the supervisor role. Please call me back at 555-201-3344. Thanks, bye.",
            CallScript,
        ),
        (
            "Hi Tom - quick one: did you guys decide yet? I need to know soon.\nThanks\nRick",
            FollowUp,
        ),
        (
            "Hey! Just wanted to say thx for today, had a blast.\n\nCheers\nJay",
            ThankYou,
        ),
        (
            "Dear Ms. Park,\n\nThank you for meeting with me this morning.\n\nBest,\nLeo",
            ThankYou,
        ),
        (
            "Dear Ms. Park,\n\nI am following up on my interview last week. Is there any update?\n\nBest,\nLeo",
            FollowUp,
        ),
    ] {
        let report = linter.check(&Draft::new(text));
        assert_eq!(report.kind, kind, "{text:?}");
        assert!(report.kind_detected);
    }
}
