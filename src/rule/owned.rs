//! Rules built at run time, with owned ids and closures.

use super::Findings;
use std::fmt;
use std::sync::Arc;

use super::context::RuleContext;
use super::criterion::Criterion;
use crate::diagnostic::{Category, Level, Levels, Span};

/// A check function an [`OwnedRule`] runs.
pub(crate) type OwnedCheck = Arc<dyn Fn(&RuleContext<'_, '_>, &mut Findings) + Send + Sync>;

/// An evidence function an [`OwnedRule`] runs.
pub(crate) type OwnedEvidence = Arc<dyn Fn(&RuleContext<'_, '_>) -> Option<Span> + Send + Sync>;

/// A text rule built at run time: an owned id, owned docs and phrase tables, and a
/// closure, so that a tool can build a rule from data it loads (a word list from a file,
/// a setting from its own configuration).
///
/// It runs like a built-in rule: its phrase tables join the one automaton, its findings
/// are stamped by the linter, and with [`OwnedRule::evidence`] it joins the checklist.
///
/// ```
/// use followup_lint::{Category, Draft, Finding, Linter, MessageKind, OwnedRule};
///
/// // A list the tool loaded at run time.
/// let banned: Vec<String> = vec!["rockstar".into(), "ninja".into()];
/// let rule = OwnedRule::new("job-title-slang", Category::Custom, |cx, out| {
///     for hit in cx.hits() {
///         out.push(Finding::new(cx.doc().hit_span(hit), "slang job title"));
///     }
/// })
/// .summary("Flags slang job titles.")
/// .phrases(0, banned);
///
/// let linter = Linter::builder().owned_rule(rule).build().expect("valid rule");
/// let report = linter.check(&Draft::new("I am a data ninja.").kind(MessageKind::FollowUp));
/// assert!(report.diagnostics.iter().any(|d| d.rule == "job-title-slang"));
/// ```
#[derive(Clone)]
pub struct OwnedRule {
    pub(crate) id: String,
    pub(crate) category: Category,
    pub(crate) levels: Levels,
    pub(crate) summary: String,
    pub(crate) help: String,
    pub(crate) phrases: Vec<(u8, String)>,
    pub(crate) evidence: Option<(Criterion, OwnedEvidence)>,
    pub(crate) check: OwnedCheck,
}

impl OwnedRule {
    /// Returns a rule with `id`, `category` and `check`, reporting warnings for every kind
    /// of message, with no docs or phrase tables.
    #[must_use]
    pub fn new(
        id: impl Into<String>,
        category: Category,
        check: impl Fn(&RuleContext<'_, '_>, &mut Findings) + Send + Sync + 'static,
    ) -> Self {
        OwnedRule {
            id: id.into(),
            category,
            levels: Levels::all(Level::Warning),
            summary: String::new(),
            help: String::new(),
            phrases: Vec::new(),
            evidence: None,
            check: Arc::new(check),
        }
    }

    /// Sets the default levels per kind of message.
    #[must_use]
    pub fn levels(mut self, levels: Levels) -> Self {
        self.levels = levels;
        self
    }

    /// Sets the one-line summary.
    #[must_use]
    pub fn summary(mut self, summary: impl Into<String>) -> Self {
        self.summary = summary.into();
        self
    }

    /// Sets the help given with each finding that has none of its own.
    #[must_use]
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = help.into();
        self
    }

    /// Adds `phrases` to the phrase table `tag` (matched like built-in tables).
    #[must_use]
    pub fn phrases<S: Into<String>>(
        mut self,
        tag: u8,
        phrases: impl IntoIterator<Item = S>,
    ) -> Self {
        self.phrases
            .extend(phrases.into_iter().map(|p| (tag, p.into())));
        self
    }

    /// Makes the rule check for `criterion`, found by `find`: the rule then joins the
    /// report's checklist, and its check runs only when `find` finds nothing.
    #[must_use]
    pub fn evidence(
        mut self,
        criterion: Criterion,
        find: impl Fn(&RuleContext<'_, '_>) -> Option<Span> + Send + Sync + 'static,
    ) -> Self {
        self.evidence = Some((criterion, Arc::new(find)));
        self
    }

    /// Returns the rule's id.
    #[must_use]
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Returns the rule's category.
    #[must_use]
    pub fn category(&self) -> Category {
        self.category
    }
}

impl fmt::Debug for OwnedRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OwnedRule")
            .field("id", &self.id)
            .field("category", &self.category)
            .field("levels", &self.levels)
            .field("summary", &self.summary)
            .field("phrases", &self.phrases.len())
            .field("evidence", &self.evidence.as_ref().map(|e| e.0))
            .finish_non_exhaustive()
    }
}
