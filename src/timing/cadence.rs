//! The cadence options the timing rules declare and the next step reads.

use crate::rule::RuleOption;

/// Days to leave between follow-ups (declared by `follow-up-too-frequent`, read by
/// [`Linter::next_step`](crate::Linter::next_step)).
pub const MIN_DAYS_BETWEEN: RuleOption =
    RuleOption::count("min-days", "Days to leave between follow-ups.", 7, 1, 60);

/// Unanswered follow-ups before the guide says to stop (declared by
/// `follow-up-too-frequent`).
pub const MAX_UNANSWERED: RuleOption = RuleOption::count(
    "max-unanswered",
    "Unanswered follow-ups before stopping.",
    2,
    1,
    10,
);

/// Days to wait for news before the first follow-up when the interviewer stated no
/// timeframe (declared by `follow-up-too-early`).
pub const DEFAULT_WAIT_DAYS: RuleOption = RuleOption::count(
    "default-days",
    "Days to wait when no timeframe was stated.",
    7,
    1,
    60,
);

/// The most days [`Timeline::follow_up_due`](super::Timeline::follow_up_due) adds; more would leave the calendar.
pub const MAX_WAIT_DAYS: u32 = 3650;

/// The cadence the next step is planned with: how long to wait for news, how long to
/// leave between follow-ups, and how many may go unanswered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Cadence {
    /// Days after the interview before the first follow-up, with no stated timeframe.
    pub wait_days: u32,
    /// Days between follow-ups.
    pub gap_days: u32,
    /// Unanswered follow-ups before moving on.
    pub max_unanswered: usize,
}

impl Cadence {
    /// The options' defaults.
    pub(crate) const DEFAULT: Cadence = Cadence {
        wait_days: DEFAULT_WAIT_DAYS.default as u32,
        gap_days: MIN_DAYS_BETWEEN.default as u32,
        max_unanswered: MAX_UNANSWERED.default as usize,
    };
}
