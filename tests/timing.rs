//! Timing rules and the next step, including time zones, DST and boundaries.
#![cfg(feature = "timing")]

use followup_lint::timing::*;
use followup_lint::{Config, Diagnostic, Level, Linter};
use jiff::ZonedDateTime;

fn check_timeline(t: &Timeline, now: &ZonedDateTime) -> Vec<Diagnostic> {
    Linter::new().check_timeline(t, now)
}

fn at(s: &str) -> ZonedDateTime {
    s.parse().unwrap_or_else(|e| panic!("{s}: {e}"))
}

fn ny(s: &str) -> ZonedDateTime {
    at(&format!("{s}[America/New_York]"))
}

/// An interview on Tuesday 2026-12-01, 10:00–11:00 in New York.
fn interview() -> Timeline {
    Timeline::new(
        ny("2026-12-01T10:00:00-05:00"),
        ny("2026-12-01T11:00:00-05:00"),
    )
    .expect("valid")
}

fn with(t: Timeline, kind: ContactKind, when: &str) -> Timeline {
    t.with_contact(Contact::new(kind, at(when)))
        .expect("valid contact")
}

fn rules(t: &Timeline, now: &str) -> Vec<(String, Option<usize>)> {
    check_timeline(t, &at(now))
        .into_iter()
        .map(|d| (d.rule.to_string(), d.contact()))
        .collect()
}

fn fired(t: &Timeline, now: &str, rule: &str) -> bool {
    rules(t, now).iter().any(|(r, _)| r == rule)
}

#[test]
fn thank_you_exactly_24_hours_after_is_on_time() {
    let on_time = with(
        interview(),
        ContactKind::ThankYou,
        "2026-12-02T11:00:00-05:00[America/New_York]",
    );
    assert!(!fired(
        &on_time,
        "2026-12-05T09:00:00-05:00[America/New_York]",
        "thank-you-late"
    ));
    let late = with(
        interview(),
        ContactKind::ThankYou,
        "2026-12-02T11:00:01-05:00[America/New_York]",
    );
    assert_eq!(
        rules(&late, "2026-12-05T09:00:00-05:00[America/New_York]"),
        [("thank-you-late".to_owned(), Some(0))]
    );
}

#[test]
fn twenty_four_hours_across_a_dst_change_are_real_hours() {
    // New York falls back on 2026-11-01: 11:00 EDT on Oct 31 to 10:00 EST on Nov 1 is 24 hours.
    let t = Timeline::new(
        ny("2026-10-31T10:00:00-04:00"),
        ny("2026-10-31T11:00:00-04:00"),
    )
    .expect("valid");
    let on_time = with(
        t.clone(),
        ContactKind::ThankYou,
        "2026-11-01T10:00:00-05:00[America/New_York]",
    );
    assert!(!fired(
        &on_time,
        "2026-11-03T09:00:00-05:00[America/New_York]",
        "thank-you-late"
    ));
    // 11:00 on the next day by the wall clock is 25 real hours: late.
    let wall_clock = with(
        t,
        ContactKind::ThankYou,
        "2026-11-01T11:00:00-05:00[America/New_York]",
    );
    assert!(fired(
        &wall_clock,
        "2026-11-03T09:00:00-05:00[America/New_York]",
        "thank-you-late"
    ));
}

#[test]
fn a_thank_you_sent_from_another_zone_is_judged_by_elapsed_time() {
    // 17:00 in Berlin is 11:00 in New York: exactly 24 hours after the interview.
    let t = with(
        interview(),
        ContactKind::ThankYou,
        "2026-12-02T17:00:00+01:00[Europe/Berlin]",
    );
    assert!(!fired(
        &t,
        "2026-12-05T09:00:00-05:00[America/New_York]",
        "thank-you-late"
    ));
}

#[test]
fn missing_thank_you_after_24_hours() {
    let t = interview();
    assert!(!fired(
        &t,
        "2026-12-02T11:00:00-05:00[America/New_York]",
        "thank-you-missing"
    ));
    assert_eq!(
        rules(&t, "2026-12-02T11:00:01-05:00[America/New_York]"),
        [("thank-you-missing".to_owned(), None)]
    );
}

#[test]
fn follow_up_exactly_7_days_after_is_not_early() {
    let on_time = with(
        interview(),
        ContactKind::FollowUp,
        "2026-12-08T11:00:00-05:00[America/New_York]",
    );
    assert!(!fired(
        &on_time,
        "2026-12-09T09:00:00-05:00[America/New_York]",
        "follow-up-too-early"
    ));
    let early = with(
        interview(),
        ContactKind::FollowUp,
        "2026-12-08T10:59:59-05:00[America/New_York]",
    );
    assert!(fired(
        &early,
        "2026-12-09T09:00:00-05:00[America/New_York]",
        "follow-up-too-early"
    ));
}

#[test]
fn seven_days_are_calendar_days_across_a_dst_change() {
    // Oct 28 11:00 EDT + 7 calendar days = Nov 4 11:00 EST (169 real hours).
    let t = Timeline::new(
        ny("2026-10-28T10:00:00-04:00"),
        ny("2026-10-28T11:00:00-04:00"),
    )
    .expect("valid");
    let on_time = with(
        t.clone(),
        ContactKind::FollowUp,
        "2026-11-04T11:00:00-05:00[America/New_York]",
    );
    assert!(!fired(
        &on_time,
        "2026-11-05T09:00:00-05:00[America/New_York]",
        "follow-up-too-early"
    ));
    let early = with(
        t,
        ContactKind::FollowUp,
        "2026-11-04T10:30:00-05:00[America/New_York]",
    );
    assert!(fired(
        &early,
        "2026-11-05T09:00:00-05:00[America/New_York]",
        "follow-up-too-early"
    ));
}

#[test]
fn a_stated_timeframe_moves_the_follow_up_date() {
    let t = interview().with_timeframe(7, 10).expect("valid");
    let early = with(
        t.clone(),
        ContactKind::FollowUp,
        "2026-12-09T11:00:00-05:00[America/New_York]",
    );
    assert!(fired(
        &early,
        "2026-12-12T09:00:00-05:00[America/New_York]",
        "follow-up-too-early"
    ));
    let on_time = with(
        t,
        ContactKind::FollowUp,
        "2026-12-11T11:00:00-05:00[America/New_York]",
    );
    assert!(!fired(
        &on_time,
        "2026-12-12T09:00:00-05:00[America/New_York]",
        "follow-up-too-early"
    ));
}

#[test]
fn follow_ups_a_week_apart_and_at_most_two_unanswered() {
    let mut t = with(
        interview(),
        ContactKind::FollowUp,
        "2026-12-09T10:00:00-05:00[America/New_York]",
    );
    t = with(
        t,
        ContactKind::FollowUp,
        "2026-12-16T10:00:00-05:00[America/New_York]",
    );
    assert!(!fired(
        &t,
        "2026-12-20T09:00:00-05:00[America/New_York]",
        "follow-up-too-frequent"
    ));
    t = with(
        t,
        ContactKind::FollowUp,
        "2026-12-23T10:00:00-05:00[America/New_York]",
    );
    let frequent: Vec<_> = rules(&t, "2026-12-24T09:00:00-05:00[America/New_York]")
        .into_iter()
        .filter(|(r, _)| r == "follow-up-too-frequent")
        .collect();
    assert_eq!(frequent, [("follow-up-too-frequent".to_owned(), Some(2))]);
    let pushy = with(
        with(
            interview(),
            ContactKind::FollowUp,
            "2026-12-09T10:00:00-05:00[America/New_York]",
        ),
        ContactKind::FollowUp,
        "2026-12-11T10:00:00-05:00[America/New_York]",
    );
    assert!(fired(
        &pushy,
        "2026-12-12T09:00:00-05:00[America/New_York]",
        "follow-up-too-frequent"
    ));
}

#[test]
fn frequency_limits_come_from_the_configuration() {
    let t = with(
        with(
            interview(),
            ContactKind::FollowUp,
            "2026-12-09T10:00:00-05:00[America/New_York]",
        ),
        ContactKind::FollowUp,
        "2026-12-12T10:00:00-05:00[America/New_York]",
    );
    let now = at("2026-12-13T09:00:00-05:00[America/New_York]");
    let relaxed =
        Linter::with_config(Config::new().option("follow-up-too-frequent", "min-days", 3.0))
            .expect("valid");
    assert!(
        relaxed
            .check_timeline(&t, &now)
            .iter()
            .all(|d| d.rule != "follow-up-too-frequent")
    );
    let off = Linter::with_config(Config::new().level("follow-up-too-frequent", Level::Allow))
        .expect("valid");
    assert!(
        off.check_timeline(&t, &now)
            .iter()
            .all(|d| d.rule != "follow-up-too-frequent")
    );
    assert!(
        Linter::new()
            .check_timeline(&t, &now)
            .iter()
            .any(|d| d.rule == "follow-up-too-frequent")
    );
}

#[test]
fn calls_need_an_unanswered_email_first() {
    let t = with(
        interview(),
        ContactKind::Call,
        "2026-12-10T10:00:00-05:00[America/New_York]",
    );
    assert!(fired(
        &t,
        "2026-12-11T09:00:00-05:00[America/New_York]",
        "call-before-email"
    ));
    let answered = interview()
        .with_contact(
            Contact::new(ContactKind::FollowUp, ny("2026-12-09T10:00:00-05:00")).answered(true),
        )
        .and_then(|t| {
            t.with_contact(Contact::new(
                ContactKind::Voicemail,
                ny("2026-12-16T10:00:00-05:00"),
            ))
        })
        .expect("valid");
    assert!(fired(
        &answered,
        "2026-12-17T09:00:00-05:00[America/New_York]",
        "call-before-email"
    ));
}

#[test]
fn call_hours_are_the_recipients_even_when_the_caller_is_in_berlin() {
    // 10:00 in New York, planned as 16:00 in Berlin: fine.
    let fine = with(
        interview(),
        ContactKind::Call,
        "2026-12-16T16:00:00+01:00[Europe/Berlin]",
    );
    assert!(!fired(
        &fine,
        "2026-12-17T09:00:00-05:00[America/New_York]",
        "call-outside-hours"
    ));
    // 10:00 in Berlin is 04:00 in New York.
    let night = with(
        interview(),
        ContactKind::Call,
        "2026-12-16T10:00:00+01:00[Europe/Berlin]",
    );
    assert!(fired(
        &night,
        "2026-12-17T09:00:00-05:00[America/New_York]",
        "call-outside-hours"
    ));
    // 08:05 in New York, too early; 12:30, lunch; Saturday 10:00, a weekend.
    for when in [
        "2026-12-16T08:05:00-05:00",
        "2026-12-16T12:30:00-05:00",
        "2026-12-19T10:00:00-05:00",
    ] {
        let t = with(
            interview(),
            ContactKind::Call,
            &format!("{when}[America/New_York]"),
        );
        assert!(
            fired(
                &t,
                "2026-12-20T09:00:00-05:00[America/New_York]",
                "call-outside-hours"
            ),
            "{when}"
        );
    }
    // The window edges are inside it.
    for when in [
        "2026-12-16T09:30:00-05:00",
        "2026-12-16T11:30:00-05:00",
        "2026-12-16T14:00:00-05:00",
    ] {
        let t = with(
            interview(),
            ContactKind::Call,
            &format!("{when}[America/New_York]"),
        );
        assert!(
            !fired(
                &t,
                "2026-12-20T09:00:00-05:00[America/New_York]",
                "call-outside-hours"
            ),
            "{when}"
        );
    }
}

#[test]
fn contact_after_a_decision_reply_is_noted() {
    let t = interview()
        .with_contact(
            Contact::new(ContactKind::Reply, ny("2026-12-08T10:00:00-05:00")).decision(true),
        )
        .and_then(|t| {
            t.with_contact(Contact::new(
                ContactKind::FollowUp,
                ny("2026-12-10T10:00:00-05:00"),
            ))
        })
        .expect("valid");
    let d = check_timeline(&t, &at("2026-12-11T09:00:00-05:00[America/New_York]"));
    let after = d
        .iter()
        .find(|d| d.rule == "contact-after-reply")
        .expect("fires");
    assert_eq!(after.severity, followup_lint::Severity::Info);
    assert_eq!(after.contact(), Some(1));
}

#[test]
fn next_step_covers_each_stage_of_the_guide() {
    let now = |s: &str| at(&format!("{s}[America/New_York]"));
    // Right after the interview: the thank-you note, within 24 hours.
    let s = next_step(&interview(), &now("2026-12-01T15:00:00-05:00"));
    assert_eq!(s.action, Action::SendThankYou);
    assert_eq!(s.not_after, Some(now("2026-12-02T11:00:00-05:00")));
    // Two days later, still no note: send it anyway.
    let s = next_step(&interview(), &now("2026-12-03T09:00:00-05:00"));
    assert_eq!(
        (s.action, s.not_after.clone()),
        (Action::SendThankYou, None)
    );
    assert!(s.reason.contains("late"), "{}", s.reason);
    // Note sent: wait a week (Tue Dec 8, 09:00), with the advice for the waiting period.
    let thanked = with(
        interview(),
        ContactKind::ThankYou,
        "2026-12-01T18:00:00-05:00[America/New_York]",
    );
    let s = next_step(&thanked, &now("2026-12-03T09:00:00-05:00"));
    assert_eq!(s.action, Action::Wait);
    assert_eq!(s.not_before, Some(now("2026-12-08T09:00:00-05:00")));
    assert_eq!(s.advice, Advice::ALL);
    // The week is over: the follow-up email.
    let s = next_step(&thanked, &now("2026-12-09T09:00:00-05:00"));
    assert_eq!(s.action, Action::SendFollowUp);
    // Follow-up unanswered for two days: wait, then consider one call.
    let followed = with(
        thanked.clone(),
        ContactKind::FollowUp,
        "2026-12-09T10:00:00-05:00[America/New_York]",
    );
    let s = next_step(&followed, &now("2026-12-11T09:00:00-05:00"));
    assert_eq!(s.action, Action::Wait);
    assert_eq!(s.not_before, Some(now("2026-12-16T09:30:00-05:00")));
    // A week later: one brief call, in the next mid-morning or mid-afternoon window.
    let s = next_step(&followed, &now("2026-12-16T12:00:00-05:00"));
    assert_eq!(s.action, Action::Call);
    assert_eq!(s.not_before, Some(now("2026-12-16T14:00:00-05:00")));
    assert_eq!(s.not_after, Some(now("2026-12-16T16:00:00-05:00")));
    // Called, no answer: give it a week, then move on.
    let called = with(
        followed,
        ContactKind::Voicemail,
        "2026-12-16T14:30:00-05:00[America/New_York]",
    );
    assert_eq!(
        next_step(&called, &now("2026-12-18T09:00:00-05:00")).action,
        Action::Wait
    );
    let s = next_step(&called, &now("2026-12-24T09:00:00-05:00"));
    assert_eq!(s.action, Action::MoveOn);
    assert!(!s.advice.is_empty());
    // A reply with a decision or a date overrides the cadence.
    let replied = thanked
        .with_contact(
            Contact::new(ContactKind::Reply, ny("2026-12-04T10:00:00-05:00")).decision(true),
        )
        .expect("valid");
    let s = next_step(&replied, &now("2026-12-09T09:00:00-05:00"));
    assert_eq!(s.action, Action::Wait);
    assert!(s.reason.contains("replied"), "{}", s.reason);
}

#[test]
fn a_follow_up_date_on_a_weekend_moves_to_monday() {
    // Interview on Saturday Dec 5: a week later is Saturday Dec 12, so Monday Dec 14.
    let t = Timeline::new(
        ny("2026-12-05T10:00:00-05:00"),
        ny("2026-12-05T11:00:00-05:00"),
    )
    .and_then(|t| {
        t.with_contact(Contact::new(
            ContactKind::ThankYou,
            ny("2026-12-05T15:00:00-05:00"),
        ))
    })
    .expect("valid");
    let s = next_step(&t, &ny("2026-12-07T09:00:00-05:00"));
    assert_eq!(s.not_before, Some(ny("2026-12-14T09:00:00-05:00")));
}

#[test]
fn invalid_timelines_give_typed_errors() {
    let spec = |start: &str, end: &str, contact: &str| {
        TimelineSpec::new(InterviewSpec::new(start, end))
            .contact(ContactSpec::new(ContactKind::FollowUp, contact))
    };
    let ok = "2026-12-01T10:00:00-05:00[America/New_York]";
    let end = "2026-12-01T11:00:00-05:00[America/New_York]";
    assert!(matches!(
        Timeline::try_from(spec(end, ok, end)),
        Err(TimelineError::EndBeforeStart { .. })
    ));
    assert!(matches!(
        Timeline::try_from(spec(ok, end, "2026-11-30T10:00:00-05:00[America/New_York]")),
        Err(TimelineError::ContactBeforeInterview { index: 0, .. })
    ));
    let err = Timeline::try_from(spec(
        ok,
        end,
        "2026-12-09T10:00:00+00:00[Mars/Olympus_Mons]",
    ))
    .unwrap_err();
    assert_eq!(
        err,
        TimelineError::UnknownTimeZone {
            field: "contacts[0].at".into(),
            zone: "Mars/Olympus_Mons".into()
        }
    );
    assert!(err.to_string().contains("IANA"), "{err}");
    assert!(matches!(
        Timeline::try_from(spec("2026-12-01T10:00:00-05:00", end, end)),
        Err(TimelineError::MissingTimeZone { .. })
    ));
    let bad = Timeline::try_from(spec(
        "2026-13-45T99:00:00-05:00[America/New_York]",
        end,
        end,
    ))
    .unwrap_err();
    assert!(
        matches!(&bad, TimelineError::InvalidTimestamp { field, .. } if field == "interview.start"),
        "{bad}"
    );
    assert!(matches!(
        interview().with_timeframe(10, 3),
        Err(TimelineError::InvalidTimeframe { .. })
    ));
}

#[cfg(feature = "serde")]
#[test]
fn reads_and_writes_the_documented_file_format() {
    let json = r#"{
      "interview": {"start": "2026-12-01T10:00:00-05:00[America/New_York]",
                    "end":   "2026-12-01T11:00:00-05:00[America/New_York]"},
      "timeframe": {"min_days": 7, "max_days": 14},
      "contacts": [
        {"kind": "thank-you", "at": "2026-12-01T20:15:00-05:00[America/New_York]", "answered": false},
        {"kind": "follow-up", "at": "2026-12-12T10:30:00-05:00[America/New_York]", "answered": false},
        {"kind": "call",      "at": "2026-12-19T08:05:00-05:00[America/New_York]", "answered": false}
      ]
    }"#;
    let t: Timeline = serde_json::from_str(json).expect("valid timeline");
    assert_eq!(t.contacts().len(), 3);
    assert_eq!(
        t.timeframe(),
        Some(Timeframe {
            min_days: 7,
            max_days: 14
        })
    );
    let back: Timeline =
        serde_json::from_str(&serde_json::to_string(&t).expect("writes")).expect("reads");
    assert_eq!(back, t);
    let err = serde_json::from_str::<Timeline>(&json.replace(
        "America/New_York]\",\n                    \"end\"",
        "Nowhere/Land]\",\n                    \"end\"",
    ))
    .unwrap_err();
    assert!(err.to_string().contains("Nowhere/Land"), "{err}");
    let err = serde_json::from_str::<Timeline>(
        r#"{"interview": {"start": "x", "end": "y"}, "extra": 1}"#,
    )
    .unwrap_err();
    assert!(err.to_string().contains("extra"), "{err}");
}

#[test]
fn follow_up_due_is_total() {
    // Any number of default days, even u32::MAX, gives a date (once a panic in jiff).
    let t = interview();
    let capped = t.follow_up_due(u32::MAX);
    assert!(capped > t.follow_up_due(7));
    assert_eq!(capped, t.follow_up_due(100_000));
    // Near the end of the calendar, the wait is cut at the interview's end.
    let late = Timeline::new(
        at("9999-12-30T10:00:00+00:00[UTC]"),
        at("9999-12-30T11:00:00+00:00[UTC]"),
    )
    .expect("valid");
    assert_eq!(
        late.follow_up_due(u32::MAX),
        at("9999-12-30T11:00:00+00:00[UTC]")
    );
}

#[cfg(feature = "serde")]
#[test]
fn next_steps_read_back_from_their_json() {
    let thanked = with(
        interview(),
        ContactKind::ThankYou,
        "2026-12-01T18:00:00-05:00[America/New_York]",
    );
    for now in ["2026-12-03T09:00:00-05:00", "2026-12-09T09:00:00-05:00"] {
        let step = next_step(&thanked, &at(&format!("{now}[America/New_York]")));
        let json = serde_json::to_string(&step).expect("serialises");
        let back: NextStep = serde_json::from_str(&json).expect("reads back");
        assert_eq!(back, step, "{json}");
    }
    let err = serde_json::from_str::<NextStep>(
        r#"{"action":"panic","not_before":null,"not_after":null,"reason":"","advice":[]}"#,
    )
    .unwrap_err();
    assert!(err.to_string().contains("send-thank-you"), "{err}");
}
