//! The linter: builds from configuration once, then checks drafts.

use std::borrow::Cow;

#[cfg(feature = "serde")]
use serde::Serialize;

use crate::config::{
    Config, ConfigError, CustomRule, DEFAULT_MAX_INPUT_BYTES, PATTERN_SIZE_LIMIT, closest,
    is_kebab_case,
};
use crate::diagnostic::{
    Applicability, Category, Diagnostic, Finding, Level, Levels, Location, Span,
};
use crate::draft::{Draft, MessageKind};
use crate::fix::{Fixed, apply_non_overlapping};
use crate::kind;
use crate::rules::{self, Rule, RuleContext};
use crate::text::{Document, PhraseError, PhraseSet};
#[cfg(feature = "timing")]
use crate::timing::{NextStep, Timeline, TimelineContext};

/// A rule ready to run: its levels and option values resolved from configuration.
#[derive(Clone, Debug)]
struct Active {
    rule: Rule,
    owner: u16,
    levels: Levels,
    options: Vec<f64>,
}

/// A phrase-list rule from configuration, ready to run.
#[derive(Clone, Debug)]
struct ActiveCustom {
    rule: CustomRule,
    owner: u16,
    patterns: Vec<regex::Regex>,
}

/// Checks drafts against the rule catalogue.
///
/// Build it once (building compiles the matchers; the built-in ones are shared by every
/// linter in the process) and reuse it: it is `Send + Sync`, and [`Linter::check`] takes
/// `&self`.
///
/// ```
/// use followup_lint::{Draft, Linter, MessageKind};
///
/// let linter = Linter::new();
/// let report = linter.check(&Draft::new("What is the salary range?").kind(MessageKind::FollowUp));
/// assert!(report.diagnostics.iter().any(|d| d.rule == "salary-question"));
/// ```
#[derive(Clone, Debug)]
pub struct Linter {
    active: Vec<Active>,
    custom: Vec<ActiveCustom>,
    /// Phrase tables of rules added by the embedding tool or its configuration.
    extra: Option<PhraseSet>,
    owners: usize,
    max_input: usize,
}

const _: () = {
    const fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Linter>();
};

impl Default for Linter {
    fn default() -> Self {
        Linter::new()
    }
}

impl Linter {
    /// Returns a linter running the built-in rules at their default levels.
    #[must_use]
    pub fn new() -> Linter {
        // Compile the shared matchers now (once per process), not on the first check.
        rules::warm();
        let active = rules::catalogue()
            .iter()
            .enumerate()
            .map(|(i, rule)| Active {
                rule: *rule,
                owner: rules::builtin_owner(i),
                levels: rule.levels,
                options: rule.options.iter().map(|o| o.default).collect(),
            })
            .collect();
        Linter {
            active,
            custom: Vec::new(),
            extra: None,
            owners: rules::builtin_owners(),
            max_input: DEFAULT_MAX_INPUT_BYTES,
        }
    }

    /// Returns a linter running the built-in rules as `config` sets them.
    ///
    /// # Errors
    ///
    /// Returns a [`ConfigError`] naming the first thing wrong with `config`: an unknown
    /// rule (with the closest known id), an unknown option, an option out of range, or
    /// an invalid custom rule.
    pub fn with_config(config: Config) -> Result<Linter, ConfigError> {
        Linter::builder().config(config).build()
    }

    /// Returns a builder for a linter with configuration and rules of your own.
    #[must_use]
    pub fn builder() -> LinterBuilder {
        LinterBuilder::default()
    }

    /// Returns every rule this linter knows (built-in and added), whatever its level.
    pub fn rules(&self) -> impl Iterator<Item = &Rule> {
        self.active.iter().map(|a| &a.rule)
    }

    /// Returns the level rule `id` runs at for `kind`, or `None` if no rule has that id.
    #[must_use]
    pub fn level(&self, id: &str, kind: MessageKind) -> Option<Level> {
        self.active
            .iter()
            .find(|a| a.rule.id == id)
            .map(|a| a.levels.get(kind))
            .or_else(|| {
                self.custom
                    .iter()
                    .find(|c| c.rule.id == id)
                    .map(|c| c.rule.level)
            })
    }

    /// Returns the text up to the size limit, cut on a char boundary.
    fn limit<'t>(&self, full: &'t str) -> &'t str {
        if full.len() <= self.max_input {
            return full;
        }
        let mut cut = self.max_input;
        while !full.is_char_boundary(cut) {
            cut -= 1;
        }
        &full[..cut]
    }

    /// Analyses a draft without running any rule: its parts, sentences, words and
    /// phrase matches, as the rules see them. Useful to tools that show a draft's
    /// structure (where the greeting and sign-off are, for example).
    #[must_use]
    pub fn analyze<'a>(&self, draft: &Draft<'a>) -> Document<'a> {
        let text = self.limit(draft.text);
        let builtin = rules::builtin_phrases();
        let sets: Vec<&PhraseSet> = std::iter::once(builtin)
            .chain(self.extra.as_ref())
            .collect();
        let mut doc = Document::analyze(text, draft.context, &sets, self.owners);
        let (kind, given) = match draft.kind {
            Some(k) => (k, true),
            None => (kind::detect(&doc), false),
        };
        doc.set_kind(kind, given);
        doc.set_subject(draft.subject);
        doc.set_truncated_from((text.len() < draft.text.len()).then_some(draft.text.len()));
        doc
    }

    /// Applies every fix at or above `at_least`, checking again after each round, until
    /// no more fixes apply. Safe fixes go first, to a fixed point; then fixes that need
    /// review; then those with placeholders, each tier checked again on the text the
    /// tier before produced (so a sign-off is recognised once its spelling is fixed).
    /// Fixes that overlap one another are applied in later rounds. Text past the size
    /// limit is kept as it is.
    ///
    /// The spans in [`Fixed::applied`] refer to the text as it was in the round the fix
    /// was applied in; [`Fixed::skipped`] lists what was left in the last round.
    ///
    /// ```
    /// use followup_lint::{Applicability, Draft, Linter, MessageKind};
    ///
    /// let linter = Linter::new();
    /// let fixed = linter.fix(&Draft::new("i recieve  emails daily.").kind(MessageKind::FollowUp), Applicability::Safe);
    /// assert_eq!(fixed.text, "I receive emails daily.");
    /// ```
    #[must_use]
    pub fn fix(&self, draft: &Draft<'_>, at_least: Applicability) -> Fixed {
        const ROUNDS_PER_TIER: usize = 8;
        let kind = draft.kind.unwrap_or_else(|| self.analyze(draft).kind());
        let mut text = draft.text.to_owned();
        let mut applied = Vec::new();
        let mut skipped = Vec::new();
        let tiers = [
            Applicability::Safe,
            Applicability::NeedsReview,
            Applicability::HasPlaceholders,
        ];
        for tier in tiers.into_iter().filter(|&t| t >= at_least) {
            for _ in 0..ROUNDS_PER_TIER {
                let mut round = Draft::new(&text).kind(kind);
                round.context = draft.context;
                round.subject = draft.subject;
                let report = self.check(&round);
                let fixed = apply_non_overlapping(&text, &report.diagnostics, tier);
                skipped = fixed.skipped;
                if fixed.applied.is_empty() {
                    break;
                }
                applied.extend(fixed.applied);
                text = fixed.text;
            }
        }
        Fixed {
            text,
            applied,
            skipped,
        }
    }

    /// Checks a follow-up history at `now` against the timing rules, at their configured
    /// levels. A rule's level is looked up by the kind of message the contact is (a
    /// thank-you note, a follow-up email, or a call), and by thank-you for diagnostics
    /// about the timeline as a whole.
    #[cfg(feature = "timing")]
    #[must_use]
    pub fn check_timeline(
        &self,
        timeline: &Timeline,
        now: &jiff::ZonedDateTime,
    ) -> Vec<Diagnostic> {
        let mut diagnostics = Vec::new();
        let mut findings = Vec::new();
        for a in &self.active {
            let crate::rules::Check::Timeline(check) = a.rule.check else {
                continue;
            };
            let cx = TimelineContext {
                timeline,
                now,
                rule: &a.rule,
                options: &a.options,
            };
            check(&cx, &mut findings);
            for f in findings.drain(..) {
                let kind = match f.location {
                    Location::Contact(i) => timeline
                        .contacts()
                        .get(i)
                        .map_or(MessageKind::FollowUp, |c| c.kind.message_kind()),
                    _ => MessageKind::ThankYou,
                };
                let Some(severity) = a.levels.get(kind).severity() else {
                    continue;
                };
                diagnostics.push(stamp(
                    Cow::Borrowed(a.rule.id),
                    a.rule.category,
                    severity,
                    a.rule.help,
                    f,
                    0,
                ));
            }
        }
        diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        diagnostics
    }

    /// Returns what the guide recommends doing next with this history, at `now`, using the
    /// configured options of the timing rules (days between follow-ups, follow-ups before
    /// moving on).
    #[cfg(feature = "timing")]
    #[must_use]
    pub fn next_step(&self, timeline: &Timeline, now: &jiff::ZonedDateTime) -> NextStep {
        let option = |id: &str, name: &str, default: f64| {
            self.active
                .iter()
                .find(|a| a.rule.id == id)
                .map(|a| a.rule.option_value(&a.options, name))
                .filter(|v| !v.is_nan())
                .unwrap_or(default)
        };
        let gap = option("follow-up-too-frequent", "min-days", 7.0) as u32;
        let max = option("follow-up-too-frequent", "max-unanswered", 2.0) as usize;
        crate::timing::next_step_with(timeline, now, gap, max)
    }

    /// Checks a draft. Never fails and never panics, whatever the text.
    #[must_use]
    pub fn check(&self, draft: &Draft<'_>) -> Report {
        let doc = self.analyze(draft);
        let text = doc.text();
        let truncated = doc.truncated_from().is_some();
        let kind = doc.kind();
        let given = doc.kind_given();

        let mut diagnostics = Vec::new();
        let mut findings = Vec::new();
        let empty = doc.is_empty();
        let mut checklist: Vec<ChecklistItem> = Vec::new();
        for a in &self.active {
            let Some(severity) = a.levels.get(kind).severity() else {
                continue;
            };
            let Some(check) = a.rule.text_check() else {
                continue;
            };
            let cx = RuleContext {
                doc: &doc,
                hits: doc.hits_of(a.owner),
                rule: &a.rule,
                options: &a.options,
            };
            if let Some(c) = a.rule.criterion {
                let evidence = (c.evidence)(&cx);
                record(&mut checklist, c.name, c.description, evidence);
                // The element is there: nothing to report.
                if evidence.is_some() {
                    continue;
                }
            }
            // An empty draft gets one diagnostic, not one per missing element.
            if empty != (a.rule.id == "empty-draft") {
                continue;
            }
            check(&cx, &mut findings);
            for f in findings.drain(..) {
                diagnostics.push(stamp(
                    Cow::Borrowed(a.rule.id),
                    a.rule.category,
                    severity,
                    a.rule.help,
                    f,
                    text.len(),
                ));
            }
        }
        if !empty {
            for c in &self.custom {
                let Some(severity) = c.rule.level.severity() else {
                    continue;
                };
                let phrase_spans = doc.hits_of(c.owner).iter().map(|h| doc.hit_span(h));
                let pattern_spans = c
                    .patterns
                    .iter()
                    .flat_map(|re| re.find_iter(text).map(|m| Span::new(m.start(), m.end())));
                for span in phrase_spans.chain(pattern_spans) {
                    let matched = span.slice(text);
                    let message = if c.rule.message.contains("{match}") {
                        c.rule.message.replace("{match}", matched)
                    } else {
                        format!("{}: \"{matched}\"", c.rule.message)
                    };
                    let mut d = stamp(
                        Cow::Owned(c.rule.id.clone()),
                        c.rule.category,
                        severity,
                        "",
                        Finding::new(span, message),
                        text.len(),
                    );
                    d.help.clone_from(&c.rule.help);
                    diagnostics.push(d);
                }
            }
        }
        diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        // The guide's order; criteria of added rules keep theirs, after the guide's.
        checklist.sort_by_key(|item| {
            GUIDE_ORDER
                .iter()
                .position(|&n| n == item.criterion)
                .unwrap_or(GUIDE_ORDER.len())
        });

        let stats = Stats {
            bytes: text.len(),
            words: doc.word_count(),
            sentences: doc.body_sentences().count(),
            paragraphs: doc
                .body_sentences()
                .map(|(_, s)| s.paragraph)
                .collect::<std::collections::BTreeSet<_>>()
                .len(),
        };
        Report {
            kind,
            kind_detected: !given,
            diagnostics,
            checklist,
            stats,
            truncated,
        }
    }
}

/// The order the guide lists the elements of a follow-up in.
const GUIDE_ORDER: &[&str] = &[
    "introduction",
    "gratitude",
    "interest",
    "qualification",
    "specific-reference",
    "offer-to-help",
    "timeline-inquiry",
    "interview-date",
    "contact-info",
    "closing",
];

/// Adds a criterion's result to the checklist, merging rules that share a criterion.
fn record(
    checklist: &mut Vec<ChecklistItem>,
    name: &'static str,
    description: &'static str,
    evidence: Option<Span>,
) {
    match checklist.iter_mut().find(|i| i.criterion == name) {
        Some(item) => {
            item.satisfied &= evidence.is_some();
            item.evidence = match (item.evidence, evidence) {
                (Some(a), Some(b)) if item.satisfied => Some(a.cover(b)),
                _ => None,
            };
        }
        None => checklist.push(ChecklistItem {
            criterion: name,
            description,
            satisfied: evidence.is_some(),
            evidence,
        }),
    }
}

/// One element of the guide's checklist for a kind of message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct ChecklistItem {
    /// Kebab-case name of the element: `gratitude`, `interest`, `closing`, …
    pub criterion: &'static str,
    /// What the element is, in a few words.
    pub description: &'static str,
    /// True if the draft carries the element.
    pub satisfied: bool,
    /// Where it does (the sentence or part that meets it), when it does.
    pub evidence: Option<Span>,
}

/// Turns a rule's finding into a diagnostic: adds the id, category and severity, and
/// clamps the span into the text.
fn stamp(
    rule: Cow<'static, str>,
    category: Category,
    severity: crate::Severity,
    help: &'static str,
    f: Finding,
    len: usize,
) -> Diagnostic {
    let location = match f.location {
        Location::Text(s) => Location::Text(Span::new(s.start.min(len), s.end.min(len))),
        other => other,
    };
    Diagnostic {
        rule,
        category,
        severity,
        location,
        message: f.message,
        help: f
            .help
            .or_else(|| (!help.is_empty()).then(|| help.to_owned())),
        suggestions: f.suggestions,
    }
}

/// Builds a [`Linter`] from a [`Config`] and rules of your own.
///
/// ```
/// use followup_lint::{Category, Config, Finding, Level, Linter, Rule, RuleContext};
///
/// fn check(cx: &RuleContext<'_, '_>, out: &mut Vec<Finding>) {
///     if cx.doc().word_count() > 120 {
///         out.push(Finding::new(cx.doc().body_end(), "keep it under 120 words"));
///     }
/// }
///
/// let linter = Linter::builder()
///     .config(Config::new().level("salary-question", Level::Warning))
///     .rule(Rule::new("over-120-words", Category::Custom, check))
///     .build()
///     .expect("valid configuration");
/// assert!(linter.rules().any(|r| r.id == "over-120-words"));
/// ```
#[derive(Clone, Debug, Default)]
pub struct LinterBuilder {
    config: Config,
    rules: Vec<Rule>,
}

impl LinterBuilder {
    /// Sets the configuration.
    #[must_use]
    pub fn config(mut self, config: Config) -> Self {
        self.config = config;
        self
    }

    /// Adds a rule of your own; it runs after the built-in rules.
    #[must_use]
    pub fn rule(mut self, rule: Rule) -> Self {
        self.rules.push(rule);
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
        let LinterBuilder { config, rules } = self;
        let mut linter = Linter::new();
        if config.max_input_bytes == Some(0) {
            return Err(ConfigError::ZeroMaxInput);
        }
        linter.max_input = config.max_input_bytes.unwrap_or(DEFAULT_MAX_INPUT_BYTES);

        // Rules added in code, then rules from configuration, each with its own owner id.
        let mut extra: Vec<(u16, u8, String)> = Vec::new();
        let mut next_owner = linter.owners;
        for rule in rules {
            check_new_id(&linter, rule.id)?;
            let owner = next_owner as u16;
            next_owner += 1;
            for &(tag, list) in rule.phrases {
                for p in list {
                    extra.push((owner, tag, (*p).to_owned()));
                }
            }
            linter.active.push(Active {
                rule,
                owner,
                levels: rule.levels,
                options: rule.options.iter().map(|o| o.default).collect(),
            });
        }
        for custom in config.custom {
            check_new_id(&linter, &custom.id)?;
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
            let owner = next_owner as u16;
            next_owner += 1;
            for p in &custom.phrases {
                extra.push((owner, 0, p.clone()));
            }
            linter.custom.push(ActiveCustom {
                rule: custom,
                owner,
                patterns,
            });
        }
        if next_owner > u16::MAX as usize {
            return Err(ConfigError::PhrasesTooLarge {
                reason: "more than 65,535 rules".into(),
            });
        }
        linter.owners = next_owner;
        if !extra.is_empty() {
            let set = PhraseSet::build(extra.iter().map(|(o, t, p)| (*o, *t, p.as_str())))
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

        // Levels and options of every rule named in the configuration.
        for (id, rc) in &config.rules {
            if let Some(c) = linter.custom.iter_mut().find(|c| &c.rule.id == id) {
                if let Some(level) = rc.level {
                    c.rule.level = level;
                }
                if let Some(name) = rc.options.keys().next() {
                    return Err(ConfigError::UnknownOption {
                        rule: id.clone(),
                        option: name.clone(),
                        valid: Vec::new(),
                    });
                }
                continue;
            }
            let known = linter
                .active
                .iter()
                .map(|a| a.rule.id)
                .chain(linter.custom.iter().map(|c| c.rule.id.as_str()));
            let closest = closest(id, known);
            let Some(a) = linter.active.iter_mut().find(|a| a.rule.id == id) else {
                return Err(ConfigError::UnknownRule {
                    id: id.clone(),
                    closest,
                });
            };
            for kind in MessageKind::ALL {
                if let Some(level) = rc.level_for(kind) {
                    a.levels.set(kind, level);
                }
            }
            for (name, &value) in &rc.options {
                let Some(i) = a.rule.option_index(name) else {
                    return Err(ConfigError::UnknownOption {
                        rule: id.clone(),
                        option: name.clone(),
                        valid: a.rule.options.iter().map(|o| o.name).collect(),
                    });
                };
                let o = &a.rule.options[i];
                if !(value >= o.min && value <= o.max) {
                    return Err(ConfigError::OptionOutOfRange {
                        rule: id.clone(),
                        option: name.clone(),
                        value,
                        min: o.min,
                        max: o.max,
                    });
                }
                a.options[i] = value;
            }
        }
        Ok(linter)
    }
}

impl Linter {
    fn owner_id(&self, owner: u16) -> &str {
        self.active
            .iter()
            .find(|a| a.owner == owner)
            .map(|a| a.rule.id)
            .or_else(|| {
                self.custom
                    .iter()
                    .find(|c| c.owner == owner)
                    .map(|c| c.rule.id.as_str())
            })
            .unwrap_or("")
    }
}

fn check_new_id(linter: &Linter, id: &str) -> Result<(), ConfigError> {
    if !is_kebab_case(id) {
        return Err(ConfigError::InvalidRuleId { id: id.to_owned() });
    }
    if linter.active.iter().any(|a| a.rule.id == id)
        || linter.custom.iter().any(|c| c.rule.id == id)
    {
        return Err(ConfigError::DuplicateRule { id: id.to_owned() });
    }
    Ok(())
}

/// Counts describing the checked draft.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct Stats {
    /// Bytes checked.
    pub bytes: usize,
    /// Words outside quoted replies.
    pub words: usize,
    /// Body sentences.
    pub sentences: usize,
    /// Body paragraphs.
    pub paragraphs: usize,
}

/// The result of checking a draft.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct Report {
    /// The kind of message the draft was checked as.
    pub kind: MessageKind,
    /// True if the kind was detected from the text rather than given.
    pub kind_detected: bool,
    /// The problems found, sorted by position, then rule id.
    pub diagnostics: Vec<Diagnostic>,
    /// Each element the guide asks this kind of message to carry, and whether the draft
    /// does, in the guide's order.
    pub checklist: Vec<ChecklistItem>,
    /// Counts describing the draft.
    pub stats: Stats,
    /// True if the draft was longer than the configured maximum and only its start was
    /// checked.
    pub truncated: bool,
}

impl Report {
    /// Returns true if and only if some diagnostic has error severity.
    #[must_use]
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == crate::Severity::Error)
    }

    /// Returns the number of diagnostics with `severity`.
    #[must_use]
    pub fn count(&self, severity: crate::Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }
}
