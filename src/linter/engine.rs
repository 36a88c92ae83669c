//! The linter itself: checks drafts and histories with the rules it was built with.

#[cfg(feature = "timing")]
use std::borrow::Cow;
use std::collections::BTreeSet;

use super::report::{ChecklistItem, Report, Stats, record};
#[cfg(feature = "timing")]
use super::runtime::TimelineEntry;
use super::runtime::{
    Entry, TextEntry, builtin_classes, builtin_owner, builtin_owners, builtin_phrases, stamp,
};
use crate::config::{DEFAULT_MAX_DIAGNOSTICS_PER_RULE, DEFAULT_MAX_INPUT_BYTES};
use crate::diagnostic::{Applicability, Level};
use crate::diagnostic::{Category, Diagnostic, Location};
use crate::draft::{Draft, MessageKind};
use crate::fix::{Fixed, apply_non_overlapping, compose};
#[cfg(feature = "timing")]
use crate::rule::TimelineContext;
use crate::rule::{Findings, RuleContext, RuleOption};
use crate::rules::{catalogue, warm};
use crate::text::{Document, PhraseSet, Word};
#[cfg(feature = "timing")]
use crate::timing::{self, NextStep, Timeline};

/// The most findings of one rule that one round of [`Linter::fix`] applies.
const FIX_CAP: usize = 1 << 17;

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
    pub(super) entries: Vec<Entry>,
    /// Phrase tables of rules added by the embedding tool or its configuration.
    pub(super) extra: Option<PhraseSet>,
    /// One more than the largest owner id in the phrase sets.
    pub(super) owners: usize,
    pub(super) max_input: usize,
    /// The most diagnostics one rule reports for one draft.
    pub(super) max_per_rule: usize,
    /// Words the proofreading rules leave alone, in lower case.
    pub(super) accepted: std::collections::HashSet<String>,
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
        let _ = builtin_phrases();
        warm();
        let entries = catalogue()
            .iter()
            .enumerate()
            .map(|(i, rule)| {
                let owner = builtin_owner(i);
                let mut entry = Entry::from_rule(rule, owner);
                entry.set_classes(builtin_classes(rule, owner));
                entry
            })
            .collect();
        Linter {
            entries,
            extra: None,
            owners: builtin_owners(),
            max_input: DEFAULT_MAX_INPUT_BYTES,
            max_per_rule: DEFAULT_MAX_DIAGNOSTICS_PER_RULE,
            accepted: std::collections::HashSet::new(),
        }
    }

    /// Returns the id of every rule this linter knows (built-in and added), whatever its
    /// level.
    pub fn rule_ids(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(Entry::id)
    }

    /// Returns the level rule `id` runs at for `kind`, or `None` if no rule has that id.
    #[must_use]
    pub fn level(&self, id: &str, kind: MessageKind) -> Option<Level> {
        self.entries
            .iter()
            .find(|e| e.id() == id)
            .map(|e| e.level(kind))
    }

    /// Returns the configured value of `option`, from the first rule that declares it, or
    /// its default if no rule of this linter does.
    ///
    /// ```
    /// use followup_lint::{Config, Linter};
    ///
    /// # #[cfg(feature = "timing")] {
    /// use followup_lint::timing::MIN_DAYS_BETWEEN;
    /// let config = Config::new().option("follow-up-too-frequent", "min-days", 10.0);
    /// let linter = Linter::with_config(config).unwrap();
    /// assert_eq!(linter.option(MIN_DAYS_BETWEEN), 10.0);
    /// assert_eq!(Linter::new().option(MIN_DAYS_BETWEEN), 7.0);
    /// # }
    /// ```
    #[must_use]
    pub fn option(&self, option: RuleOption) -> f64 {
        self.entries
            .iter()
            .find_map(|e| {
                let i = e.declared().iter().position(|o| *o == option)?;
                e.values().get(i).copied()
            })
            .unwrap_or(option.default)
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
        let sets: Vec<&PhraseSet> = std::iter::once(builtin_phrases())
            .chain(self.extra.as_ref())
            .collect();
        Document::analyze(
            text,
            draft,
            &sets,
            self.owners,
            (text.len() < draft.text.len()).then_some(draft.text.len()),
        )
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
    /// let fixed = linter.fix(&Draft::new("i enjoyed the the tour .").kind(MessageKind::FollowUp), Applicability::Safe);
    /// assert_eq!(fixed.text, "I enjoyed the tour.");
    /// ```
    #[must_use]
    pub fn fix(&self, draft: &Draft<'_>, at_least: Applicability) -> Fixed {
        const ROUNDS_PER_TIER: usize = 8;
        let kind = match draft.kind {
            Some(kind) => kind,
            #[cfg(feature = "html")]
            None if draft.html => self.check(draft).kind,
            None => self.analyze(draft).kind(),
        };
        let mut text = draft.text.to_owned();
        let mut applied = Vec::new();
        let mut skipped = Vec::new();
        let mut edits = Vec::new();
        let tiers = [
            Applicability::Safe,
            Applicability::NeedsReview,
            Applicability::HasPlaceholders,
        ];
        for tier in tiers.into_iter().filter(|&t| t >= at_least) {
            for _ in 0..ROUNDS_PER_TIER {
                let round = Draft {
                    text: &text,
                    kind: Some(kind),
                    ..*draft
                };
                // Fixing takes up to FIX_CAP findings of a rule per round, not the
                // report's limit, so that a long draft with one slip on every line is
                // fixed in a few rounds.
                let report = self.check_capped(&round, self.max_per_rule.max(FIX_CAP));
                let fixed = apply_non_overlapping(&text, &report.diagnostics, tier);
                skipped = fixed.skipped;
                // A round that changes nothing ends the tier: fixes that leave the text
                // as it was would only repeat.
                if fixed.applied.is_empty() || fixed.text == text {
                    break;
                }
                applied.extend(fixed.applied);
                edits = compose(&text, &edits, &fixed.edits);
                text = fixed.text;
            }
        }
        Fixed {
            text,
            applied,
            skipped,
            edits,
        }
    }

    /// Checks a follow-up history at `now` against the timing rules, at their configured
    /// levels.
    #[cfg(feature = "timing")]
    #[cfg_attr(docsrs, doc(cfg(feature = "timing")))]
    #[must_use]
    pub fn check_timeline(
        &self,
        timeline: &Timeline,
        now: &jiff::ZonedDateTime,
    ) -> Vec<Diagnostic> {
        let mut diagnostics = Vec::new();
        let mut findings = Vec::new();
        for e in &self.entries {
            let Entry::Timeline(TimelineEntry {
                id,
                category,
                level,
                help,
                declared,
                values,
                check,
            }) = e
            else {
                continue;
            };
            let Some(severity) = level.severity() else {
                continue;
            };
            let cx = TimelineContext::new(timeline, now, declared, values);
            check(&cx, &mut findings);

            for f in findings.drain(..) {
                // Timeline findings point at a contact or the whole history.
                let f = match f.location {
                    Location::Text(_) => crate::Finding {
                        location: Location::Timeline,
                        ..f
                    },
                    _ => f,
                };
                let mut d = stamp(Cow::Borrowed(id), *category, severity, help, f, 0);
                d.builtin = crate::rules::find_rule(id).is_some();
                diagnostics.push(d);
            }
        }
        diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        diagnostics
    }

    /// Returns what the guide recommends doing next with this history, at `now`, using the
    /// configured options of the timing rules ([`timing::MIN_DAYS_BETWEEN`],
    /// [`timing::MAX_UNANSWERED`], [`timing::DEFAULT_WAIT_DAYS`]).
    #[cfg(feature = "timing")]
    #[cfg_attr(docsrs, doc(cfg(feature = "timing")))]
    #[must_use]
    pub fn next_step(&self, timeline: &Timeline, now: &jiff::ZonedDateTime) -> NextStep {
        timing::next_step_with(
            timeline,
            now,
            timing::Cadence {
                wait_days: self.option(timing::DEFAULT_WAIT_DAYS) as u32,
                gap_days: self.option(timing::MIN_DAYS_BETWEEN) as u32,
                max_unanswered: self.option(timing::MAX_UNANSWERED) as usize,
            },
        )
    }

    /// Checks a draft. Never fails and never panics, whatever the text.
    #[must_use]
    pub fn check(&self, draft: &Draft<'_>) -> Report {
        self.check_capped(draft, self.max_per_rule)
    }

    /// [`Linter::check`] keeping at most `cap` findings of each rule.
    fn check_capped(&self, draft: &Draft<'_>, cap: usize) -> Report {
        #[cfg(feature = "html")]
        if draft.html {
            let visible = crate::html::VisibleText::new(draft.text);
            let inner = Draft {
                text: visible.text(),
                html: false,
                ..*draft
            };
            return visible.map_report(self.check_text(&inner, cap));
        }
        self.check_text(draft, cap)
    }

    /// Checks a plain-text draft, keeping at most `cap` findings of each rule.
    fn check_text(&self, draft: &Draft<'_>, cap: usize) -> Report {
        let doc = self.analyze(draft);
        let text = doc.text();
        let kind = doc.kind();
        let empty = doc.is_empty();

        let mut diagnostics = Vec::new();
        let mut findings = Findings::new(cap);
        if !self.accepted.is_empty() {
            // Findings on the writer's accepted words are dropped before they count.
            let spans = (0..doc.words().len())
                .filter(|&w| self.accepted.contains(&doc.word_text(w).to_lowercase()))
                .map(|w| doc.words()[w].span)
                .collect();
            findings.set_accepted(spans);
        }
        let mut checklist: Vec<ChecklistItem> = Vec::new();
        for e in &self.entries {
            let Some(TextEntry {
                id,
                category,
                levels,
                help,
                owner,
                gate,
                declared,
                values,
                evidence,
                check,
                classes,
            }) = e.as_text()
            else {
                continue;
            };
            let Some(severity) = levels.get(kind).severity() else {
                continue;
            };
            let cx = RuleContext::new(&doc, *owner, classes, declared, values);
            if let Some((criterion, find)) = evidence {
                let found = find.run(&cx);
                record(&mut checklist, *criterion, found);
                // The element is there: nothing to report.
                if found.is_some() {
                    continue;
                }
            }
            if !gate.runs(empty) {
                continue;
            }
            findings.skip_accepted(*category == Category::Proofreading);
            check.run(&cx, &mut findings);
            let builtin = usize::from(*owner) < builtin_owners();
            for f in findings.drain() {
                let mut d = stamp(id.clone(), *category, severity, help, f, text.len());
                d.builtin = builtin;
                diagnostics.push(d);
            }
        }
        sanitize(
            &mut diagnostics,
            text,
            doc.truncated_from().is_some(),
            doc.words(),
        );
        if !self.accepted.is_empty() {
            diagnostics.retain(|d| {
                let flagged = d.span().map_or("", |s| s.slice(text)).trim();
                d.category != Category::Proofreading
                    || flagged.is_empty()
                    || !self.accepted.contains(&flagged.to_lowercase())
            });
        }
        diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        fingerprint(&mut diagnostics, text);
        if !draft.dismissed.is_empty() {
            diagnostics.retain(|d| !draft.dismissed.contains(&d.fingerprint));
        }
        checklist.sort_by_key(|item| item.criterion);

        let stats = Stats {
            bytes: text.len(),
            words: doc.word_count(),
            sentences: doc.body_sentences().count(),
            paragraphs: doc
                .body_sentences()
                .map(|(_, s)| s.paragraph)
                .collect::<BTreeSet<_>>()
                .len(),
        };
        Report {
            kind,
            kind_detected: !doc.kind_given(),
            diagnostics,
            checklist,
            stats,
            truncated: doc.truncated_from().is_some(),
        }
    }
}

/// Makes every suggestion safe to offer:
/// - a suggestion that changes nothing (its replacements equal the text they replace) is
///   dropped, so that "apply all" always makes progress;
/// - in a draft cut at the size limit, the last word may be cut in two: a finding on it
///   is dropped, and no suggestion may touch it or insert text (a missing element may be
///   in the part that was not checked, and an insertion would land mid-draft).
fn sanitize(diagnostics: &mut Vec<Diagnostic>, text: &str, truncated: bool, words: &[Word]) {
    let safe_end = if truncated {
        words.last().map_or(0, |w| w.span.start)
    } else {
        text.len()
    };
    if truncated {
        diagnostics.retain(|d| match d.location {
            Location::Text(s) => s.is_empty() || s.end <= safe_end,
            _ => true,
        });
    }
    for d in diagnostics.iter_mut() {
        d.suggestions.retain(|s| {
            let changes = s
                .edits
                .iter()
                .any(|e| text.get(e.span.start..e.span.end) != Some(e.replacement.as_str()));
            let fits = !truncated
                || s.edits
                    .iter()
                    .all(|e| !e.span.is_empty() && e.span.end <= safe_end);
            changes && fits
        });
    }
}

/// Gives each text diagnostic its fingerprint: FNV-1a (64 bits) of the rule id, the
/// flagged text folded (the message for a zero-width span), and the occurrence index of
/// that pair.
fn fingerprint(diagnostics: &mut [Diagnostic], text: &str) {
    let mut seen: std::collections::HashMap<(String, String), u32> =
        std::collections::HashMap::new();
    for d in diagnostics.iter_mut() {
        let Location::Text(span) = d.location else {
            continue;
        };
        let evidence = if span.is_empty() {
            d.message.clone()
        } else {
            let flagged = text.get(span.start..span.end).unwrap_or("");
            flagged
                .split_whitespace()
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
                .join(" ")
        };
        let n = seen
            .entry((d.rule.to_string(), evidence.clone()))
            .or_default();
        let mut hasher = fnv::FnvHasher::default();
        for part in [
            d.rule.as_bytes(),
            &[0],
            evidence.as_bytes(),
            &[0],
            &n.to_le_bytes(),
        ] {
            std::hash::Hasher::write(&mut hasher, part);
        }
        *n += 1;
        d.fingerprint = format!("{:016x}", std::hash::Hasher::finish(&hasher));
    }
}
