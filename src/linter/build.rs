//! Building a linter from configuration and rules of your own.

use crate::rule::Findings;
use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::Arc;

use super::engine::Linter;
use super::runtime::{Entry, Find, TextCheck, TextEntry};
use crate::config::{
    Config, ConfigError, CustomRule, DEFAULT_MAX_DIAGNOSTICS_PER_RULE, DEFAULT_MAX_INPUT_BYTES,
    MAX_CUSTOM_PHRASES, MAX_CUSTOM_RULES, MAX_MESSAGE_BYTES, MAX_PHRASE_BYTES, MAX_QUOTED_CHARS,
    PATTERN_SIZE_LIMIT, RuleConfig, closest, is_kebab_case,
};
use crate::diagnostic::{Finding, Levels, Span};
use crate::draft::MessageKind;
use crate::rule::{ClassMap, Gate, OwnedRule, Rule, RuleContext};
use crate::text::{PhraseError, PhraseSet};

/// Builds a [`Linter`] from a [`Config`] and rules of your own.
///
/// ```
/// use followup_lint::{Category, Config, Finding, Findings, Level, Linter, Rule, RuleContext};
///
/// fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
///     if cx.doc().word_count() > 120 {
///         out.push(Finding::new(cx.doc().body_end(), "keep it under 120 words"));
///     }
/// }
///
/// let linter = Linter::builder()
///     .config(Config::new().level("salary-question", Level::Warning))
///     .rule(Rule::text("over-120-words", Category::Custom, check))
///     .build()
///     .expect("valid configuration");
/// assert!(linter.rule_ids().any(|id| id == "over-120-words"));
/// ```
#[derive(Clone, Debug, Default)]
pub struct LinterBuilder {
    config: Config,
    rules: Vec<Rule>,
    owned: Vec<OwnedRule>,
}

impl LinterBuilder {
    /// Sets the configuration.
    #[must_use]
    pub fn config(mut self, config: Config) -> Self {
        self.config = config;
        self
    }

    /// Adds a rule of your own, written like the built-in ones; it runs after them.
    #[must_use]
    pub fn rule(mut self, rule: Rule) -> Self {
        self.rules.push(rule);
        self
    }

    /// Adds a rule built at run time; it runs after the built-in rules and those added
    /// with [`LinterBuilder::rule`].
    #[must_use]
    pub fn owned_rule(mut self, rule: OwnedRule) -> Self {
        self.owned.push(rule);
        self
    }

    /// Builds the linter.
    ///
    /// # Errors
    ///
    /// Returns a [`ConfigError`] for an unknown rule id (naming the closest known id), an
    /// unknown or out-of-range option, an id that is not kebab-case or is used twice, or
    /// a phrase that can never match.
    pub fn build(self) -> Result<Linter, ConfigError> {
        let LinterBuilder {
            config,
            rules,
            owned,
        } = self;
        let mut linter = Linter::new();
        if config.max_input_bytes == Some(0) {
            return Err(ConfigError::ZeroMaxInput);
        }
        linter.max_input = config.max_input_bytes.unwrap_or(DEFAULT_MAX_INPUT_BYTES);
        if config.max_diagnostics_per_rule == Some(0) {
            return Err(ConfigError::ZeroMaxDiagnostics);
        }
        linter.max_per_rule = config
            .max_diagnostics_per_rule
            .unwrap_or(DEFAULT_MAX_DIAGNOSTICS_PER_RULE);
        linter.accepted = config
            .accepted_words
            .iter()
            .map(|w| w.trim().to_lowercase())
            .filter(|w| !w.is_empty())
            .collect();

        // Rules added in code, then rules from configuration, each with its own owner id.
        let mut ids: HashSet<String> = linter.rule_ids().map(str::to_owned).collect();
        let mut extra: Vec<(u16, u8, String)> = Vec::new();
        let mut next_owner = linter.owners;
        let mut take_owner = |id: &str, ids: &mut HashSet<String>| {
            if !is_kebab_case(id) {
                return Err(ConfigError::InvalidRuleId { id: id.to_owned() });
            }
            if !ids.insert(id.to_owned()) {
                return Err(ConfigError::DuplicateRule { id: id.to_owned() });
            }
            let owner = u16::try_from(next_owner).map_err(|_| ConfigError::PhrasesTooLarge {
                reason: "more than 65,535 rules".into(),
            })?;
            next_owner += 1;
            Ok(owner)
        };
        for rule in rules {
            let owner = take_owner(rule.id, &mut ids)?;
            for &(tag, list) in rule.as_text().map_or(&[][..], |t| t.phrases) {
                extra.extend(list.iter().map(|p| (owner, tag, (*p).to_owned())));
            }
            linter.entries.push(Entry::from_rule(&rule, owner));
        }
        for rule in owned {
            let owner = take_owner(&rule.id, &mut ids)?;
            extra.extend(rule.phrases.into_iter().map(|(tag, p)| (owner, tag, p)));
            linter.entries.push(Entry::Text(TextEntry {
                id: Cow::Owned(rule.id),
                category: rule.category,
                levels: rule.levels,
                help: Cow::Owned(rule.help),
                owner,
                gate: Gate::HasWords,
                declared: &[],
                values: Vec::new(),
                evidence: rule.evidence.map(|(c, f)| (c, Find::Owned(f))),
                check: TextCheck::Owned(rule.check),
                classes: ClassMap::EMPTY,
            }));
        }
        check_limits(&config.custom)?;
        for custom in config.custom {
            let owner = take_owner(&custom.id, &mut ids)?;
            extra.extend(custom.phrases.iter().map(|p| (owner, 0, p.clone())));
            linter
                .entries
                .push(Entry::Text(compile_custom(custom, owner)?));
        }
        linter.owners = next_owner;
        if !extra.is_empty() {
            // Rules added here keep word-class tables as plain matches: the class bits
            // belong to the built-in set.
            let set = PhraseSet::build(extra.iter().map(|(o, t, p)| (*o, *t, p.as_str())), false)
                .map_err(|e| match e {
                PhraseError::Empty(phrase) => {
                    let owner = extra
                        .iter()
                        .find(|(_, _, p)| *p == phrase)
                        .map_or(0, |x| x.0);
                    ConfigError::EmptyPhrase {
                        rule: linter.owner_id(owner).to_owned(),
                        phrase,
                    }
                }
                PhraseError::Build(reason) => ConfigError::PhrasesTooLarge { reason },
            })?;
            linter.extra = Some(set);
        }

        for (id, rc) in &config.rules {
            configure(&mut linter, id, rc)?;
        }
        Ok(linter)
    }
}

/// Applies the configuration of rule `id` (its levels and options) to `linter`.
fn configure(linter: &mut Linter, id: &str, rc: &RuleConfig) -> Result<(), ConfigError> {
    let Some(entry) = linter.entries.iter_mut().find(|e| e.id() == id) else {
        let known = linter.entries.iter().map(Entry::id);
        return Err(ConfigError::UnknownRule {
            id: id.to_owned(),
            closest: closest(id, known),
        });
    };
    match entry {
        Entry::Text(t) => {
            for kind in MessageKind::ALL {
                if let Some(level) = rc.level_for(kind) {
                    t.levels.set(kind, level);
                }
            }
        }
        #[cfg(feature = "timing")]
        Entry::Timeline(t) => {
            if let Some(kind) = rc.kinds.keys().next() {
                return Err(ConfigError::KindLevelForTimelineRule {
                    rule: id.to_owned(),
                    kind: *kind,
                });
            }
            if let Some(level) = rc.level {
                t.level = level;
            }
        }
    }
    let declared = entry.declared();
    for (name, &value) in &rc.options {
        let Some(i) = declared.iter().position(|o| o.name == name) else {
            return Err(ConfigError::UnknownOption {
                rule: id.to_owned(),
                option: name.clone(),
                valid: declared.iter().map(|o| o.name).collect(),
            });
        };
        let o = declared[i];
        if !(value >= o.min && value <= o.max) {
            return Err(ConfigError::OptionOutOfRange {
                rule: id.to_owned(),
                option: name.clone(),
                value,
                min: o.min,
                max: o.max,
            });
        }
        if !o.accepts(value) {
            return Err(ConfigError::OptionNotInteger {
                rule: id.to_owned(),
                option: name.clone(),
                value,
            });
        }
        entry.values_mut()[i] = value;
    }
    Ok(())
}

/// Compiles a rule defined in configuration into a runnable entry: it flags each match
/// of its phrases and patterns.
/// Refuses a configuration past the limits that keep building and checking fast.
fn check_limits(custom: &[CustomRule]) -> Result<(), ConfigError> {
    let over = |what, rule: Option<&str>, actual, limit| ConfigError::OverLimit {
        what,
        rule: rule.map(str::to_owned),
        actual,
        limit,
    };
    if custom.len() > MAX_CUSTOM_RULES {
        return Err(over(
            "the number of custom rules",
            None,
            custom.len(),
            MAX_CUSTOM_RULES,
        ));
    }
    let phrases: usize = custom.iter().map(|c| c.phrases.len()).sum();
    if phrases > MAX_CUSTOM_PHRASES {
        return Err(over(
            "the number of custom phrases",
            None,
            phrases,
            MAX_CUSTOM_PHRASES,
        ));
    }
    for c in custom {
        if c.message.len() > MAX_MESSAGE_BYTES {
            let n = c.message.len();
            return Err(over(
                "the message, in bytes,",
                Some(&c.id),
                n,
                MAX_MESSAGE_BYTES,
            ));
        }
        if let Some(p) = c.phrases.iter().find(|p| p.len() > MAX_PHRASE_BYTES) {
            let n = p.len();
            return Err(over(
                "a phrase, in bytes,",
                Some(&c.id),
                n,
                MAX_PHRASE_BYTES,
            ));
        }
    }
    Ok(())
}

/// The matched text as a message quotes it: at most [`MAX_QUOTED_CHARS`] characters.
fn quoted(matched: &str) -> Cow<'_, str> {
    match matched.char_indices().nth(MAX_QUOTED_CHARS) {
        Some((cut, _)) => Cow::Owned(format!("{}\u{2026}", &matched[..cut])),
        None => Cow::Borrowed(matched),
    }
}

fn compile_custom(custom: CustomRule, owner: u16) -> Result<TextEntry, ConfigError> {
    if custom.phrases.is_empty() && custom.patterns.is_empty() {
        return Err(ConfigError::NothingToMatch { rule: custom.id });
    }
    let patterns = custom
        .patterns
        .iter()
        .map(|p| {
            regex::RegexBuilder::new(p)
                .size_limit(PATTERN_SIZE_LIMIT)
                .dfa_size_limit(PATTERN_SIZE_LIMIT)
                .build()
                .map_err(|e| ConfigError::InvalidPattern {
                    rule: custom.id.clone(),
                    pattern: p.clone(),
                    reason: e.to_string(),
                })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let message = custom.message;
    let check = move |cx: &RuleContext<'_, '_>, out: &mut Findings| {
        let doc = cx.doc();
        let text = doc.text();
        let phrase_spans = cx.hits().iter().map(|h| doc.hit_span(h));
        let pattern_spans = patterns
            .iter()
            .flat_map(|re| re.find_iter(text).map(|m| Span::new(m.start(), m.end())));
        for span in phrase_spans.chain(pattern_spans) {
            // Past the limit a finding is only counted: no message to build.
            if out.is_full() {
                out.push(Finding::new(span, String::new()));
                continue;
            }
            let matched = quoted(span.slice(text));
            let message = if message.contains("{match}") {
                message.replace("{match}", &matched)
            } else {
                format!("{message}: \"{matched}\"")
            };
            out.push(Finding::new(span, message));
        }
    };
    Ok(TextEntry {
        id: Cow::Owned(custom.id),
        category: custom.category,
        levels: Levels::all(custom.level),
        help: Cow::Owned(custom.help.unwrap_or_default()),
        owner,
        gate: Gate::HasWords,
        declared: &[],
        values: Vec::new(),
        evidence: None,
        check: TextCheck::Owned(Arc::new(check)),
        classes: ClassMap::EMPTY,
    })
}

impl Linter {
    /// Returns a linter running the built-in rules as `config` sets them.
    ///
    /// # Errors
    ///
    /// Returns a [`ConfigError`] naming the first thing wrong with
    /// `config`: an unknown rule (with the closest known id), an unknown option, an
    /// option out of range, or an invalid custom rule.
    pub fn with_config(config: Config) -> Result<Linter, ConfigError> {
        Linter::builder().config(config).build()
    }

    /// Returns a builder for a linter with configuration and rules of your own.
    #[must_use]
    pub fn builder() -> LinterBuilder {
        LinterBuilder::default()
    }

    /// The id of the rule with phrase-set owner `owner`.
    fn owner_id(&self, owner: u16) -> &str {
        self.entries
            .iter()
            .find(|e| matches!(e, Entry::Text(t) if t.owner == owner))
            .map_or("", Entry::id)
    }
}
