//! Configuration: rule levels (per kind), rule options, and rules defined by phrase lists.
//!
//! ```json
//! {
//!   "rules": {
//!     "missing-offer-to-help": "allow",
//!     "salary-question": { "level": "warning", "call-script": "error" },
//!     "long-sentence": { "max-words": 40 }
//!   },
//!   "custom": [
//!     { "id": "buzzword", "message": "Drop the buzzword", "phrases": ["synergy", "circle back"] }
//!   ]
//! }
//! ```

use std::collections::BTreeMap;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use crate::diagnostic::{Category, Level};
use crate::draft::MessageKind;

/// The default largest input checked, in bytes (1 MiB).
pub const DEFAULT_MAX_INPUT_BYTES: usize = 1 << 20;

/// The default largest number of diagnostics one rule reports for one draft; the rest
/// are summed up in one more diagnostic of the same rule.
pub const DEFAULT_MAX_DIAGNOSTICS_PER_RULE: usize = 100;

/// Linter configuration. Every field is optional; the default runs the built-in rules at
/// their documented levels.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
#[non_exhaustive]
pub struct Config {
    /// Per-rule settings, by rule id. In configuration files, a rule id given twice is
    /// an error.
    #[cfg_attr(feature = "serde", serde(deserialize_with = "unique_keys"))]
    pub rules: BTreeMap<String, RuleConfig>,
    /// Rules defined by phrase lists.
    pub custom: Vec<CustomRule>,
    /// The largest input checked, in bytes; longer drafts are checked up to this size and
    /// the report says they were truncated. Default: [`DEFAULT_MAX_INPUT_BYTES`].
    pub max_input_bytes: Option<usize>,
    /// Words the proofreading rules leave alone, a user dictionary: names, jargon and
    /// spellings the writer means ("Kubernetes", "Naïma", "colour"). Compared without
    /// regard to case; a finding of a proofreading rule whose flagged text is one of
    /// these words is not reported.
    pub accepted_words: Vec<String>,
    /// The most diagnostics one rule reports for one draft; the rest are summed up in one
    /// more diagnostic of that rule, so that a pasted megabyte cannot produce a million
    /// findings. Default: [`DEFAULT_MAX_DIAGNOSTICS_PER_RULE`].
    pub max_diagnostics_per_rule: Option<usize>,
}

impl Config {
    /// Returns the default configuration.
    #[must_use]
    pub fn new() -> Self {
        Config::default()
    }

    /// Sets the level of rule `id` for every kind.
    #[must_use]
    pub fn level(mut self, id: impl Into<String>, level: Level) -> Self {
        self.rules.entry(id.into()).or_default().level = Some(level);
        self
    }

    /// Sets the level of rule `id` for one kind of message.
    #[must_use]
    pub fn kind_level(mut self, id: impl Into<String>, kind: MessageKind, level: Level) -> Self {
        self.rules
            .entry(id.into())
            .or_default()
            .kinds
            .insert(kind, level);
        self
    }

    /// Sets option `name` of rule `id`.
    #[must_use]
    pub fn option(mut self, id: impl Into<String>, name: impl Into<String>, value: f64) -> Self {
        self.rules
            .entry(id.into())
            .or_default()
            .options
            .insert(name.into(), value);
        self
    }

    /// Adds a rule defined by a phrase list.
    #[must_use]
    pub fn custom(mut self, rule: CustomRule) -> Self {
        self.custom.push(rule);
        self
    }

    /// Sets the largest input checked, in bytes.
    #[must_use]
    pub fn max_input_bytes(mut self, bytes: usize) -> Self {
        self.max_input_bytes = Some(bytes);
        self
    }

    /// Adds words the proofreading rules leave alone (see [`Config::accepted_words`]).
    #[must_use]
    pub fn accept_words<I, S>(mut self, words: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.accepted_words
            .extend(words.into_iter().map(Into::into));
        self
    }

    /// Sets the most diagnostics one rule reports for one draft.
    #[must_use]
    pub fn max_diagnostics_per_rule(mut self, n: usize) -> Self {
        self.max_diagnostics_per_rule = Some(n);
        self
    }
}

/// Settings for one rule: a level for every kind, levels per kind, and options.
///
/// In configuration files it is either a level name (`"warning"`) or a table whose keys
/// are `level`, a kind name (`thank-you`, `follow-up`, `call-script`) or an option name.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RuleConfig {
    /// The level for every kind, unless a kind has its own.
    pub level: Option<Level>,
    /// Levels for particular kinds.
    pub kinds: BTreeMap<MessageKind, Level>,
    /// Option values by name.
    pub options: BTreeMap<String, f64>,
}

impl RuleConfig {
    /// Returns the configured level for `kind`, if any.
    #[must_use]
    pub fn level_for(&self, kind: MessageKind) -> Option<Level> {
        self.kinds.get(&kind).copied().or(self.level)
    }
}

#[cfg(feature = "serde")]
impl Serialize for RuleConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        if let Some(level) = self.level {
            map.serialize_entry("level", &level)?;
        }
        for (kind, level) in &self.kinds {
            map.serialize_entry(kind.as_str(), level)?;
        }
        for (name, value) in &self.options {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

#[cfg(feature = "serde")]
impl<'de> Deserialize<'de> for RuleConfig {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;

        const EXPECTED: &str = "a level (\"allow\", \"info\", \"warning\", \"error\") or a table of `level`, kind levels and options";

        fn parse_level<E: serde::de::Error>(s: &str) -> Result<Level, E> {
            s.parse::<Level>().map_err(E::custom)
        }

        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = RuleConfig;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(EXPECTED)
            }

            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<RuleConfig, E> {
                Ok(RuleConfig {
                    level: Some(parse_level(v)?),
                    ..RuleConfig::default()
                })
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<RuleConfig, A::Error> {
                use serde::de::Error;
                let mut out = RuleConfig::default();
                let mut seen = std::collections::BTreeSet::new();
                while let Some(key) = map.next_key::<String>()? {
                    // JSON allows a key twice and most readers keep the last; a setting
                    // written twice is a mistake to show, not to guess at.
                    if !seen.insert(key.clone()) {
                        return Err(A::Error::custom(format!("`{key}` is set twice; keep one")));
                    }
                    if key == "level" {
                        out.level = Some(parse_level(&map.next_value::<String>()?)?);
                    } else if let Ok(kind) = key.parse::<MessageKind>() {
                        out.kinds
                            .insert(kind, parse_level(&map.next_value::<String>()?)?);
                    } else {
                        let value = map.next_value::<f64>().map_err(|e| {
                            A::Error::custom(format!("option `{key}` must be a number ({e})"))
                        })?;
                        out.options.insert(key, value);
                    }
                }
                Ok(out)
            }
        }

        deserializer.deserialize_any(Visitor)
    }
}

/// Reads a map, refusing a key given twice (serde's maps keep the last silently).
#[cfg(feature = "serde")]
fn unique_keys<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<BTreeMap<String, RuleConfig>, D::Error> {
    struct Unique;
    impl<'de> serde::de::Visitor<'de> for Unique {
        type Value = BTreeMap<String, RuleConfig>;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a table of rule ids")
        }

        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            use serde::de::Error;
            let mut out = BTreeMap::new();
            while let Some(id) = map.next_key::<String>()? {
                let value: RuleConfig = map.next_value()?;
                if out.insert(id.clone(), value).is_some() {
                    return Err(A::Error::custom(format!(
                        "rule `{id}` is configured twice; keep one entry"
                    )));
                }
            }
            Ok(out)
        }
    }
    deserializer.deserialize_map(Unique)
}

/// A rule defined in configuration: it flags each occurrence of its phrases.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct CustomRule {
    /// Kebab-case id, distinct from every other rule's.
    pub id: String,
    /// What is wrong. `{match}` is replaced by the matched text; without it, the matched
    /// text is quoted after the message.
    pub message: String,
    /// What to do about it.
    #[cfg_attr(feature = "serde", serde(default))]
    pub help: Option<String>,
    /// Phrases to flag, matched like built-in phrase tables (case, apostrophes, spacing
    /// and hyphens folded; word boundaries).
    #[cfg_attr(feature = "serde", serde(default))]
    pub phrases: Vec<String>,
    /// Regular expressions to flag (the `regex` crate's syntax), matched against the
    /// text as written. Compiled with size limits; matching takes linear time.
    #[cfg_attr(feature = "serde", serde(default))]
    pub patterns: Vec<String>,
    /// The level for every kind (default: warning).
    #[cfg_attr(feature = "serde", serde(default = "default_custom_level"))]
    pub level: Level,
    /// The category reported (default: custom).
    #[cfg_attr(feature = "serde", serde(default = "default_custom_category"))]
    pub category: Category,
}

#[cfg(feature = "serde")]
fn default_custom_level() -> Level {
    Level::Warning
}

#[cfg(feature = "serde")]
fn default_custom_category() -> Category {
    Category::Custom
}

/// The most memory a custom rule's compiled pattern may take (regex size limits).
pub const PATTERN_SIZE_LIMIT: usize = 1 << 20;

/// The most custom rules one configuration may define.
pub const MAX_CUSTOM_RULES: usize = 1_000;

/// The longest phrase of a custom rule, in bytes: a phrase is a few words, and longer
/// ones make the phrase automaton slow to build.
pub const MAX_PHRASE_BYTES: usize = 200;

/// The most phrases all custom rules together may list.
pub const MAX_CUSTOM_PHRASES: usize = 100_000;

/// The longest message template of a custom rule, in bytes.
pub const MAX_MESSAGE_BYTES: usize = 1_000;

/// The longest quotation of matched text in a custom rule's message, in characters; a
/// longer match is cut with an ellipsis.
pub const MAX_QUOTED_CHARS: usize = 80;

impl CustomRule {
    /// Adds a regular expression to flag.
    #[must_use]
    pub fn pattern(mut self, pattern: impl Into<String>) -> Self {
        self.patterns.push(pattern.into());
        self
    }

    /// Returns a warning-level rule flagging `phrases` with `message`.
    #[must_use]
    pub fn new(id: impl Into<String>, message: impl Into<String>, phrases: Vec<String>) -> Self {
        CustomRule {
            id: id.into(),
            message: message.into(),
            help: None,
            phrases,
            patterns: Vec::new(),
            level: Level::Warning,
            category: Category::Custom,
        }
    }
}

/// Why a configuration was rejected. Each variant names what was wrong and what would
/// be valid.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// A rule id that no rule has.
    #[error("unknown rule `{id}`; the closest known rule is `{closest}`")]
    UnknownRule {
        /// The id as written.
        id: String,
        /// The known id closest to it.
        closest: String,
    },
    /// An option the rule does not have.
    #[error("rule `{rule}` has no option `{option}`; {}", valid_list(valid))]
    UnknownOption {
        /// The rule.
        rule: String,
        /// The option as written.
        option: String,
        /// The rule's options.
        valid: Vec<&'static str>,
    },
    /// An option value outside its valid range.
    #[error("option `{option}` of rule `{rule}` is {value}; it must be between {min} and {max}")]
    OptionOutOfRange {
        /// The rule.
        rule: String,
        /// The option.
        option: String,
        /// The value given.
        value: f64,
        /// The smallest valid value.
        min: f64,
        /// The largest valid value.
        max: f64,
    },
    /// A rule id that is not kebab-case (lower-case ASCII words joined by `-`).
    #[error(
        "rule id `{id}` is not kebab-case (lower-case letters and digits joined by `-`, like `my-rule`)"
    )]
    InvalidRuleId {
        /// The id as written.
        id: String,
    },
    /// Two rules with the same id.
    #[error("rule id `{id}` is used twice; every rule needs its own id")]
    DuplicateRule {
        /// The id used twice.
        id: String,
    },
    /// A phrase that holds no word and so can never match.
    #[error(
        "rule `{rule}` has a phrase with no words (`{phrase}`); phrases need at least one letter or digit"
    )]
    EmptyPhrase {
        /// The rule.
        rule: String,
        /// The phrase as written.
        phrase: String,
    },
    /// A pattern that does not compile, or compiles to more than the size limit.
    #[error("custom rule `{rule}` has a pattern that cannot be used ({pattern:?}): {reason}")]
    InvalidPattern {
        /// The rule.
        rule: String,
        /// The pattern as written.
        pattern: String,
        /// What the regex compiler reported.
        reason: String,
    },
    /// A custom rule with nothing to match.
    #[error("custom rule `{rule}` has no phrases or patterns; give it at least one")]
    NothingToMatch {
        /// The rule.
        rule: String,
    },
    /// The phrase tables could not be compiled (too many or too long).
    #[error("the phrase lists could not be compiled: {reason}")]
    PhrasesTooLarge {
        /// What the matcher builder reported.
        reason: String,
    },
    /// A configuration past one of the limits that keep building and checking fast:
    /// [`MAX_CUSTOM_RULES`], [`MAX_PHRASE_BYTES`], [`MAX_CUSTOM_PHRASES`],
    /// [`MAX_MESSAGE_BYTES`].
    #[error("{what} is {actual}, over the limit of {limit}{}", rule_note(rule.as_deref()))]
    OverLimit {
        /// What is over the limit.
        what: &'static str,
        /// The rule it belongs to, if one.
        rule: Option<String>,
        /// How big it is.
        actual: usize,
        /// The limit.
        limit: usize,
    },
    /// A maximum input size of zero.
    #[error("`max_input_bytes` must be at least 1")]
    ZeroMaxInput,
    /// A limit of zero diagnostics per rule (use the level `allow` to silence a rule).
    #[error(
        "`max_diagnostics_per_rule` must be at least 1; to silence a rule, set its level to `allow`"
    )]
    ZeroMaxDiagnostics,
    /// A fractional value for an option that takes whole numbers.
    #[error("option `{option}` of rule `{rule}` is {value}; it takes whole numbers only")]
    OptionNotInteger {
        /// The rule.
        rule: String,
        /// The option.
        option: String,
        /// The value given.
        value: f64,
    },
    /// A level for one kind of message set on a timeline rule, which has one level.
    #[error(
        "rule `{rule}` judges a follow-up history, not a message, so it has one level: set `level`, not `{kind}`"
    )]
    KindLevelForTimelineRule {
        /// The rule.
        rule: String,
        /// The kind named.
        kind: MessageKind,
    },
}

fn rule_note(rule: Option<&str>) -> String {
    rule.map_or_else(String::new, |r| format!(" (custom rule `{r}`)"))
}

fn valid_list(valid: &[&'static str]) -> String {
    if valid.is_empty() {
        "it takes no options".to_owned()
    } else {
        let names: Vec<String> = valid.iter().map(|v| format!("`{v}`")).collect();
        format!("valid options: {}", names.join(", "))
    }
}

/// Returns true if and only if `id` is kebab-case: lower-case ASCII letters and digits in
/// words joined by single hyphens, starting with a letter.
#[must_use]
pub fn is_kebab_case(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Returns the id in `known` closest to `id` by edit distance.
pub(crate) fn closest<'k>(id: &str, known: impl IntoIterator<Item = &'k str>) -> String {
    known
        .into_iter()
        .min_by_key(|k| strsim::damerau_levenshtein(id, k))
        .unwrap_or("")
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kebab_case_ids() {
        assert!(is_kebab_case("missing-gratitude"));
        assert!(is_kebab_case("rule2"));
        assert!(!is_kebab_case("Missing-gratitude"));
        assert!(!is_kebab_case("missing--gratitude"));
        assert!(!is_kebab_case("missing_gratitude"));
        assert!(!is_kebab_case("-x"));
        assert!(!is_kebab_case(""));
    }

    #[test]
    fn closest_finds_the_nearest_id() {
        let known = ["missing-gratitude", "salary-question", "missing-closing"];
        assert_eq!(closest("missing-gratitud", known), "missing-gratitude");
        assert_eq!(closest("salary-questions", known), "salary-question");
    }

    #[cfg(feature = "serde")]
    #[test]
    fn reads_levels_kinds_and_options() {
        let config: Config = serde_json::from_str(
            r#"{"rules": {"salary-question": "warning",
                          "missing-closing": {"level": "info", "follow-up": "error", "max-words": 3}}}"#,
        )
        .expect("valid config");
        assert_eq!(config.rules["salary-question"].level, Some(Level::Warning));
        let mc = &config.rules["missing-closing"];
        assert_eq!(mc.level_for(MessageKind::FollowUp), Some(Level::Error));
        assert_eq!(mc.level_for(MessageKind::ThankYou), Some(Level::Info));
        assert_eq!(mc.options["max-words"], 3.0);
    }

    #[cfg(feature = "serde")]
    #[test]
    fn rejects_unknown_levels_and_fields_with_the_valid_names() {
        let err = serde_json::from_str::<Config>(r#"{"rules": {"x": "loud"}}"#).unwrap_err();
        assert!(err.to_string().contains("`warning`"), "{err}");
        let err = serde_json::from_str::<Config>(r#"{"rulez": {}}"#).unwrap_err();
        assert!(err.to_string().contains("rulez"), "{err}");
        let err =
            serde_json::from_str::<Config>(r#"{"rules": {"x": {"max": "many"}}}"#).unwrap_err();
        assert!(err.to_string().contains("`max` must be a number"), "{err}");
    }

    #[cfg(feature = "serde")]
    #[test]
    fn rejects_a_setting_given_twice() {
        let err = serde_json::from_str::<Config>(
            r#"{"rules": {"too-long": "allow", "too-long": "error"}}"#,
        )
        .unwrap_err();
        assert!(
            err.to_string().contains("`too-long` is configured twice"),
            "{err}"
        );
        let err = serde_json::from_str::<Config>(
            r#"{"rules": {"long-sentence": {"max-words": 30, "max-words": 40}}}"#,
        )
        .unwrap_err();
        assert!(
            err.to_string().contains("`max-words` is set twice"),
            "{err}"
        );
        let err = serde_json::from_str::<Config>(r#"{"custom": [], "custom": []}"#).unwrap_err();
        assert!(err.to_string().contains("duplicate field"), "{err}");
        let ok: Config =
            serde_json::from_str(r#"{"max_diagnostics_per_rule": 5}"#).expect("parses");
        assert_eq!(ok.max_diagnostics_per_rule, Some(5));
    }

    #[cfg(feature = "serde")]
    #[test]
    fn round_trips_through_json() {
        let config = Config::new()
            .level("salary-question", Level::Warning)
            .kind_level("missing-closing", MessageKind::CallScript, Level::Info)
            .option("missing-closing", "n", 2.0);
        let json = serde_json::to_string(&config).expect("serialises");
        let back: Config = serde_json::from_str(&json).expect("parses");
        assert_eq!(back, config);
    }
}
