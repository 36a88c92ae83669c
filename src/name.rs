//! Parsing the names the crate's enums are written with in configuration and JSON.

/// The error returned when a string names no value of one of the crate's enums
/// ([`MessageKind`](crate::MessageKind), [`Severity`](crate::Severity), [`Level`](crate::Level), [`Category`](crate::Category), [`Applicability`](crate::Applicability),
/// [`Criterion`](crate::Criterion)).
///
/// ```
/// use followup_lint::Level;
///
/// let err = "loud".parse::<Level>().unwrap_err();
/// assert_eq!(err.to_string(), "unknown level `loud`: expected one of `allow`, `info`, `warning`, `error`");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} `{given}`: expected one of {}", quoted_list(valid))]
#[non_exhaustive]
pub struct ParseNameError {
    /// What was being parsed: `level`, `severity`, `message kind`, …
    pub what: &'static str,
    /// The string given.
    pub given: String,
    /// The valid names.
    pub valid: Vec<&'static str>,
}

impl ParseNameError {
    /// Returns the error for `given`, which is not one of `valid` names of `what`.
    pub(crate) fn new(
        what: &'static str,
        given: &str,
        valid: impl IntoIterator<Item = &'static str>,
    ) -> Self {
        ParseNameError {
            what,
            given: given.to_owned(),
            valid: valid.into_iter().collect(),
        }
    }
}

fn quoted_list(valid: &[&'static str]) -> String {
    let names: Vec<String> = valid.iter().map(|v| format!("`{v}`")).collect();
    names.join(", ")
}

/// Parses `s` as the value of `all` whose name (by `name`) it is.
pub(crate) fn parse_name<T: Copy, const N: usize>(
    what: &'static str,
    s: &str,
    all: [T; N],
    name: fn(T) -> &'static str,
) -> Result<T, ParseNameError> {
    all.into_iter()
        .find(|&v| name(v) == s)
        .ok_or_else(|| ParseNameError::new(what, s, all.into_iter().map(name)))
}
