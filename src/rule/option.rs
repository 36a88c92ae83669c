//! Named numeric options a rule declares and reads.

/// A named numeric option a rule reads, with its default and valid range.
///
/// A rule declares each option as a constant, lists it in [`Rule::options`], and reads it
/// with [`RuleContext::option`] (or [`RuleContext::count`] for a whole number) by that
/// constant: the name is written once, so a misspelt name cannot compile.
///
/// ```
/// use followup_lint::RuleOption;
///
/// const MAX_WORDS: RuleOption = RuleOption::count("max-words", "Longest sentence, in words.", 35, 5, 500);
/// assert_eq!(MAX_WORDS.default, 35.0);
/// assert_eq!(MAX_WORDS.display_default(), "35");
/// ```
///
/// [`Rule::options`]: crate::Rule::options
/// [`RuleContext::option`]: crate::RuleContext::option
/// [`RuleContext::count`]: crate::RuleContext::count
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub struct RuleOption {
    /// The option's kebab-case name, as written in configuration.
    pub name: &'static str,
    /// What the option controls.
    pub summary: &'static str,
    /// The value used when the configuration does not set it.
    pub default: f64,
    /// The smallest valid value.
    pub min: f64,
    /// The largest valid value.
    pub max: f64,
    /// What the value measures, which decides the values that are valid and how it is
    /// shown in docs.
    pub kind: OptionKind,
}

/// What a [`RuleOption`]'s value measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OptionKind {
    /// A whole number: words, days, messages.
    Count,
    /// Any number.
    Number,
    /// A time of day in hours: 9.5 is 9:30.
    TimeOfDay,
}

impl RuleOption {
    /// Returns an option taking whole numbers, with a default and an inclusive range.
    #[must_use]
    pub const fn count(
        name: &'static str,
        summary: &'static str,
        default: u32,
        min: u32,
        max: u32,
    ) -> Self {
        RuleOption {
            name,
            summary,
            default: default as f64,
            min: min as f64,
            max: max as f64,
            kind: OptionKind::Count,
        }
    }

    /// Returns an option taking any number (such as 9.5 hours), with a default and an
    /// inclusive range.
    #[must_use]
    pub const fn number(
        name: &'static str,
        summary: &'static str,
        default: f64,
        min: f64,
        max: f64,
    ) -> Self {
        RuleOption {
            name,
            summary,
            default,
            min,
            max,
            kind: OptionKind::Number,
        }
    }

    /// Returns an option holding a time of day in hours (9.5 is 9:30), with a default and
    /// an inclusive range.
    #[must_use]
    pub const fn time_of_day(
        name: &'static str,
        summary: &'static str,
        default: f64,
        min: f64,
        max: f64,
    ) -> Self {
        RuleOption {
            name,
            summary,
            default,
            min,
            max,
            kind: OptionKind::TimeOfDay,
        }
    }

    /// Returns true if and only if `value` is valid for this option: in range, and a
    /// whole number if the option takes whole numbers.
    #[must_use]
    pub fn accepts(&self, value: f64) -> bool {
        value >= self.min
            && value <= self.max
            && (self.kind != OptionKind::Count || value.fract() == 0.0)
    }

    /// Returns the default as written in docs: `35`, `9:30`.
    #[must_use]
    pub fn display_default(&self) -> String {
        match self.kind {
            OptionKind::TimeOfDay => {
                let minutes = (self.default * 60.0).round() as u32;
                format!("{}:{:02}", minutes / 60, minutes % 60)
            }
            _ => format!("{}", self.default),
        }
    }
}
