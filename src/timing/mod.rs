//! Timing and cadence: checks a follow-up history against the guide's timing rules and
//! says what to do next, and when.
//!
//! The guide's timing: a thank-you note within 24 hours of the interview; a follow-up
//! email only after the timeframe the interviewer stated (or one to two weeks); a phone
//! call only after an unanswered follow-up, at mid-morning or mid-afternoon in the
//! recipient's time zone; never too often. Everything is judged in the recipient's time
//! zone, which is the zone of the interview's start. Spans of hours are elapsed time (24
//! hours across a daylight-saving change are 24 real hours); spans of days are calendar
//! days in the recipient's zone.
//!
//! The library never reads the clock: the caller passes "now".
//!
//! ```
//! use followup_lint::timing::{Action, Contact, ContactKind, Timeline, next_step};
//! use followup_lint::Linter;
//!
//! let interview = |t: &str| t.parse().unwrap();
//! let timeline = Timeline::new(
//!     interview("2026-12-01T10:00:00-05:00[America/New_York]"),
//!     interview("2026-12-01T11:00:00-05:00[America/New_York]"),
//! )?
//! .with_contact(Contact::new(ContactKind::ThankYou, interview("2026-12-02T15:00:00-05:00[America/New_York]")))?;
//! let now = interview("2026-12-03T09:00:00-05:00[America/New_York]");
//!
//! let diagnostics = Linter::new().check_timeline(&timeline, &now);
//! assert_eq!(diagnostics[0].rule, "thank-you-late");
//! assert_eq!(diagnostics[0].contact(), Some(0));
//!
//! let step = next_step(&timeline, &now);
//! assert_eq!(step.action, Action::Wait);
//! assert!(step.reason.contains("Dec 8"), "{}", step.reason);
//! # Ok::<(), followup_lint::timing::TimelineError>(())
//! ```

/// The date and time library the timing API is written in, re-exported so that callers
/// build timestamps without a dependency of their own (`followup_lint::timing::jiff`).
pub use jiff;

mod cadence;
mod next;
mod timeline;

pub(crate) use cadence::Cadence;
pub use cadence::{DEFAULT_WAIT_DAYS, MAX_UNANSWERED, MAX_WAIT_DAYS, MIN_DAYS_BETWEEN};
pub use next::{Action, Advice, NextStep, next_step};
pub(crate) use next::{next_step_with, when};
pub use timeline::{
    Contact, ContactKind, ContactSpec, DEFAULT_TIMEFRAME, InterviewSpec, Timeframe, Timeline,
    TimelineError, TimelineSpec, parse_timestamp,
};
