//! Where a text rule puts what it finds: a bounded sink.

use crate::diagnostic::{Finding, Location};

/// The findings of one rule on one draft.
///
/// A rule calls [`Findings::push`] for every problem it sees. The sink keeps the first
/// ones up to the linter's per-rule limit (`max_diagnostics_per_rule`) and only counts
/// the rest, so that a pasted megabyte with a slip in every line costs no more memory
/// than a draft with a hundred; the linter then reports one more diagnostic that says
/// how many were left out.
#[derive(Debug)]
pub struct Findings {
    kept: Vec<Finding>,
    cap: usize,
    left_out: usize,
    first_left_out: Option<Location>,
    /// Spans of words the writer accepted, sorted; findings exactly on one of them are
    /// dropped before they count, while `skipping` is set (for proofreading rules).
    skip: Vec<crate::diagnostic::Span>,
    skipping: bool,
}

impl Findings {
    /// An empty sink that keeps at most `cap` findings (at least one).
    #[must_use]
    pub fn new(cap: usize) -> Self {
        Findings {
            kept: Vec::new(),
            cap: cap.max(1),
            left_out: 0,
            first_left_out: None,
            skip: Vec::new(),
            skipping: false,
        }
    }

    /// Sets the spans of accepted words (sorted) that findings are dropped on.
    pub(crate) fn set_accepted(&mut self, spans: Vec<crate::diagnostic::Span>) {
        self.skip = spans;
    }

    /// Whether the next rule's findings on accepted words are dropped.
    pub(crate) fn skip_accepted(&mut self, on: bool) {
        self.skipping = on;
    }

    /// Adds a finding, or counts it if the sink is full.
    pub fn push(&mut self, finding: Finding) {
        if self.skipping {
            if let Location::Text(s) = finding.location {
                let key = (s.start, s.end);
                if self
                    .skip
                    .binary_search_by_key(&key, |k| (k.start, k.end))
                    .is_ok()
                {
                    return;
                }
            }
        }
        if self.kept.len() < self.cap {
            self.kept.push(finding);
        } else {
            self.left_out += 1;
            self.first_left_out.get_or_insert(finding.location);
        }
    }

    /// True once the sink keeps no more: further findings are only counted, so a rule
    /// may skip building their messages.
    #[must_use]
    pub fn is_full(&self) -> bool {
        self.kept.len() >= self.cap
    }

    /// The number of findings pushed, kept or not.
    #[must_use]
    pub fn len(&self) -> usize {
        self.kept.len() + self.left_out
    }

    /// True if nothing was pushed.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The findings kept, in the order they were pushed.
    #[must_use]
    pub fn kept(&self) -> &[Finding] {
        &self.kept
    }

    /// How many findings were counted but not kept.
    #[must_use]
    pub const fn left_out(&self) -> usize {
        self.left_out
    }

    /// Empties the sink: the kept findings sorted by position, then one that sums up
    /// the ones left out, if any.
    pub(crate) fn drain(&mut self) -> impl Iterator<Item = Finding> + '_ {
        let start = |f: &Finding| match f.location {
            Location::Text(s) => s.start,
            Location::Contact(_) | Location::Timeline => 0,
        };
        self.kept.sort_by_key(start);
        let summary = self.first_left_out.take().map(|at| {
            let mut f = Finding::new(
                crate::diagnostic::Span::default(),
                format!(
                    "{} more like this not shown: a rule reports at most {} findings per \
                     draft (`max_diagnostics_per_rule`). Fix these and check again.",
                    self.left_out, self.cap
                ),
            );
            f.location = at;
            f
        });
        self.left_out = 0;
        self.kept.drain(..).chain(summary)
    }
}
