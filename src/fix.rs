//! Applying suggested fixes to a draft.
//!
//! Each diagnostic contributes its first suggestion at or above the requested
//! [`Applicability`]. [`apply_fixes`] refuses overlapping edits with a typed error;
//! [`apply_non_overlapping`] applies what it can, skips the rest deterministically and
//! says which; [`Linter::fix`](crate::Linter::fix) repeats check-and-apply until nothing
//! more can be fixed, the way a formatter is run to a fixed point.

use std::borrow::Cow;
use std::collections::BTreeMap;

use crate::diagnostic::{Applicability, Diagnostic, Edit, Span};

/// Why a set of fixes could not be applied.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum FixError {
    /// Two fixes edit the same bytes; apply one, check again, then apply the other.
    #[error(
        "the fix for `{first}` at {first_span} overlaps the fix for `{second}` at {second_span}"
    )]
    Overlap {
        /// The rule of the earlier fix.
        first: String,
        /// The bytes the earlier fix edits.
        first_span: Span,
        /// The rule of the later fix.
        second: String,
        /// The bytes the later fix edits.
        second_span: Span,
    },
    /// A fix edits bytes outside the text or not on a character boundary (it was made for
    /// another text).
    #[error(
        "the fix for `{rule}` edits {span}, which is outside the text (length {len}) or splits a character"
    )]
    InvalidSpan {
        /// The rule of the fix.
        rule: String,
        /// The bytes it edits.
        span: Span,
        /// The length of the text.
        len: usize,
    },
}

/// The result of applying fixes without failing.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Fixed {
    /// The text with the fixes applied.
    pub text: String,
    /// The rule and span of every fix applied. From [`apply_fixes`] and
    /// [`apply_non_overlapping`] the span is in the text given; from
    /// [`Linter::fix`](crate::Linter::fix), which fixes in rounds, it is in the text of
    /// the round that applied it: use [`Fixed::edits`] for positions in the text given.
    pub applied: Vec<(Cow<'static, str>, Span)>,
    /// The rule and span of every fix left out because it overlapped an earlier one or
    /// did not fit the text (spans as in [`Fixed::applied`]).
    pub skipped: Vec<(Cow<'static, str>, Span)>,
    /// The edits that turn the text given into [`Fixed::text`], sorted and never
    /// overlapping, against the text given: an editor can apply them to the buffer it
    /// holds, or show them, in one step. From [`Linter::fix`](crate::Linter::fix) they
    /// are the rounds' edits composed.
    pub edits: Vec<Edit>,
}

/// One diagnostic's chosen fix, ready to apply.
struct Candidate<'d> {
    rule: &'d Cow<'static, str>,
    edits: &'d [Edit],
    span: Span,
}

/// The first suggestion of each diagnostic at or above `at_least`, sorted by position.
fn candidates(diagnostics: &[Diagnostic], at_least: Applicability) -> Vec<Candidate<'_>> {
    let mut out: Vec<Candidate<'_>> = diagnostics
        .iter()
        .filter_map(|d| {
            let s = d.suggestions.iter().find(|s| s.applicability >= at_least)?;
            let span = s.edits.iter().map(|e| e.span).reduce(Span::cover)?;
            Some(Candidate {
                rule: &d.rule,
                edits: &s.edits,
                span,
            })
        })
        .collect();
    // Insertions at one point: what continues the line ("?", " Please let me know…"),
    // then new paragraphs of one line ("\n\nThank you again…"), then blocks of several
    // lines ("\n\nBest regards,\nDana"), so that an added sentence never lands below
    // the sign-off added with it.
    out.sort_by_key(|c| (c.span.start, c.span.end, insertion_rank(c.edits)));
    out
}

/// Where an insertion goes among others at the same point (see [`candidates`]).
fn insertion_rank(edits: &[Edit]) -> u8 {
    match edits.first() {
        Some(e) if e.span.is_empty() => {
            let body = e.replacement.trim_start_matches(['\n', '\r']);
            if body.len() == e.replacement.len() {
                0
            } else if body.contains('\n') {
                2
            } else {
                1
            }
        }
        _ => 0,
    }
}

fn fits(text: &str, edits: &[Edit]) -> bool {
    edits.iter().all(|e| {
        e.span.start <= e.span.end
            && e.span.end <= text.len()
            && text.is_char_boundary(e.span.start)
            && text.is_char_boundary(e.span.end)
    })
}

/// True if two fixes touch the same bytes. Insertions at the edge of a replacement, and
/// insertions at the same point, do not overlap.
fn overlaps(a: Span, b: Span) -> bool {
    a.overlaps(b)
        || (a.is_empty() && b.start < a.start && a.start < b.end)
        || (b.is_empty() && a.start < b.start && b.start < a.end)
}

/// Applies `edits` (sorted, non-overlapping) to `text`.
fn splice(text: &str, edits: &[&Edit]) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut at = 0;
    for e in edits {
        out.push_str(&text[at..e.span.start]);
        out.push_str(&e.replacement);
        at = e.span.end;
    }
    out.push_str(&text[at..]);
    out
}

/// Applies every diagnostic's first suggestion at or above `at_least` to `text`.
///
/// # Errors
///
/// Returns [`FixError::Overlap`] if two chosen fixes edit the same bytes, and
/// [`FixError::InvalidSpan`] if a fix does not fit `text`. Nothing is applied then.
///
/// ```
/// use followup_lint::{Applicability, Draft, Linter, MessageKind, apply_fixes};
///
/// let text = "Thank you for the the interview.";
/// let report = Linter::new().check(&Draft::new(text).kind(MessageKind::ThankYou));
/// let fixed = apply_fixes(text, &report.diagnostics, Applicability::Safe).unwrap();
/// assert_eq!(fixed, "Thank you for the interview.");
/// ```
pub fn apply_fixes(
    text: &str,
    diagnostics: &[Diagnostic],
    at_least: Applicability,
) -> Result<String, FixError> {
    let chosen = candidates(diagnostics, at_least);
    for c in &chosen {
        if !fits(text, c.edits) {
            return Err(FixError::InvalidSpan {
                rule: c.rule.to_string(),
                span: c.span,
                len: text.len(),
            });
        }
    }
    let mut edits: Vec<(&Edit, usize)> = chosen
        .iter()
        .enumerate()
        .flat_map(|(i, c)| c.edits.iter().map(move |e| (e, i)))
        .collect();
    edits.sort_by_key(|(e, i)| (e.span.start, e.span.end, *i));
    edits.dedup_by(|b, a| a.0 == b.0);
    for pair in edits.windows(2) {
        let ((a, i), (b, j)) = (pair[0], pair[1]);
        if overlaps(a.span, b.span) {
            return Err(FixError::Overlap {
                first: chosen[i].rule.to_string(),
                first_span: a.span,
                second: chosen[j].rule.to_string(),
                second_span: b.span,
            });
        }
    }
    let edits: Vec<&Edit> = edits.into_iter().map(|(e, _)| e).collect();
    Ok(splice(text, &edits))
}

/// Applies the fixes that do not overlap an earlier one (by position, then diagnostic
/// order) and fit the text, and reports the rest. Never fails, never panics: a
/// suggestion whose own edits overlap, or that edits the bytes an earlier fix took with
/// different text, is skipped.
///
/// Takes O(f log f) time for f fixes, plus the length of the text.
#[must_use]
pub fn apply_non_overlapping(
    text: &str,
    diagnostics: &[Diagnostic],
    at_least: Applicability,
) -> Fixed {
    let mut applied = Vec::new();
    let mut skipped = Vec::new();
    // The edits taken so far, by (start, end, order taken): they never overlap, so their
    // ends rise with their starts.
    let mut taken: BTreeMap<(usize, usize, usize), &Edit> = BTreeMap::new();
    // The very edits taken, to apply an edit two diagnostics share once.
    let mut seen: std::collections::HashSet<&Edit> = std::collections::HashSet::new();
    let mut own: Vec<&Edit> = Vec::new();
    for c in candidates(diagnostics, at_least) {
        own.clear();
        own.extend(c.edits);
        own.sort_by_key(|e| (e.span.start, e.span.end));
        own.dedup();
        let fits_itself = own.windows(2).all(|p| !overlaps(p[0].span, p[1].span));
        let clash = own.iter().any(|e| !seen.contains(e) && clashes(&taken, e));
        if !fits_itself || !fits(text, c.edits) || clash {
            skipped.push((c.rule.clone(), c.span));
            continue;
        }
        for e in &own {
            if seen.insert(*e) {
                let order = taken.len();
                taken.insert((e.span.start, e.span.end, order), e);
            }
        }
        applied.push((c.rule.clone(), c.span));
    }
    let edits: Vec<&Edit> = taken.into_values().collect();
    Fixed {
        text: splice(text, &edits),
        applied,
        skipped,
        edits: edits.into_iter().cloned().collect(),
    }
}

/// Composes two rounds of edits: `prior` turns `original` into `current`, `next` turns
/// `current` into the next text; returns edits that turn `original` into that text in
/// one step. Where a `next` edit touches text a `prior` edit wrote, the two become one
/// edit of the original. Both lists are sorted and non-overlapping, as
/// [`apply_non_overlapping`] makes them.
pub(crate) fn compose(current: &str, prior: &[Edit], next: &[Edit]) -> Vec<Edit> {
    // The stretches of `current` that prior edits wrote: (start, end), and before each
    // the total growth of the text by the edits before it.
    let mut written = Vec::with_capacity(prior.len());
    let mut growth = Vec::with_capacity(prior.len() + 1);
    let mut shift: isize = 0;
    for e in prior {
        growth.push(shift);
        let start = e.span.start.saturating_add_signed(shift);
        written.push((start, start + e.replacement.len()));
        shift += e.replacement.len() as isize - e.span.len() as isize;
    }
    growth.push(shift);
    // A position of `current` that is not strictly inside a written stretch, in
    // `original`: with the stretches that end before it (`left`: an empty stretch at the
    // position is after it; otherwise before it).
    let to_original = |at: usize, left: bool| -> usize {
        let k = written.partition_point(|&(s, e)| {
            if left {
                e < at || (e == at && s < at)
            } else {
                e <= at
            }
        });
        at.saturating_add_signed(-growth[k])
    };
    // Group the next edits with every written stretch they touch into runs of `current`.
    let mut groups: Vec<(usize, usize, Vec<&Edit>, Vec<usize>)> = Vec::new();
    for e in next {
        let (mut lo, mut hi) = (e.span.start, e.span.end);
        let mut touched = Vec::new();
        let first = written.partition_point(|w| w.1 < lo);
        for (i, &(ws, we)) in written.iter().enumerate().skip(first) {
            if ws > hi {
                break;
            }
            let overlaps = (ws < hi && lo < we) || (ws == we && lo <= ws && ws <= hi);
            if overlaps {
                lo = lo.min(ws);
                hi = hi.max(we);
                touched.push(i);
            }
        }
        match groups.last_mut() {
            // Overlapping runs, or runs that share a written stretch (several empty ones
            // can sit at the point where they meet), become one.
            Some(g)
                if lo < g.1
                    || touched
                        .first()
                        .is_some_and(|&f| g.3.last().is_some_and(|&l| f <= l)) =>
            {
                g.1 = g.1.max(hi);
                g.2.push(e);
                g.3.extend(touched);
            }
            _ => groups.push((lo, hi, vec![e], touched)),
        }
    }
    let mut merged: Vec<bool> = vec![false; prior.len()];
    // (edit of the original, its place in `current`, whether it is a prior edit kept).
    let mut out: Vec<(Edit, usize, bool)> = Vec::with_capacity(prior.len() + groups.len());
    for (lo, hi, edits, touched) in groups {
        for i in touched {
            merged[i] = true;
        }
        let mut replacement = String::new();
        let mut at = lo;
        for e in edits {
            replacement.push_str(&current[at..e.span.start]);
            replacement.push_str(&e.replacement);
            at = e.span.end;
        }
        replacement.push_str(&current[at..hi]);
        let span = Span::new(to_original(lo, true), to_original(hi, false));
        out.push((Edit::new(span, replacement), lo, false));
    }
    for (i, e) in prior.iter().enumerate() {
        if !merged[i] {
            out.push((e.clone(), written[i].0, true));
        }
    }
    // Insertions at one point of the original keep the order they have in `current`.
    out.sort_by_key(|(e, t, kept)| (e.span.start, e.span.end, *t, *kept));
    out.into_iter().map(|(e, ..)| e).collect()
}

/// True if `e` edits bytes a taken edit already changes (taken edits never overlap, so
/// their ends rise with their starts): the last taken edit starting before `e` must end
/// at or before `e`'s start, and no taken edit may start inside `e` (an insertion at
/// either edge of `e` is fine, as is a non-empty edit starting where an insertion `e`
/// is). Two lookups in the ordered map, whatever the number of edits.
fn clashes(taken: &BTreeMap<(usize, usize, usize), &Edit>, e: &Edit) -> bool {
    let Span { start, end } = e.span;
    let before = taken
        .range(..(start, 0, 0))
        .next_back()
        .is_some_and(|(_, t)| t.span.end > start);
    let inside = if start < end {
        taken
            .range((start, start + 1, 0)..(end, 0, 0))
            .next()
            .is_some()
    } else {
        false
    };
    before || inside
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Category, Location, Severity, Suggestion};

    fn diag(rule: &'static str, edits: Vec<Edit>, applicability: Applicability) -> Diagnostic {
        let span = edits
            .iter()
            .map(|e| e.span)
            .reduce(Span::cover)
            .unwrap_or_default();
        Diagnostic {
            rule: Cow::Borrowed(rule),
            category: Category::Proofreading,
            severity: Severity::Error,
            location: Location::Text(span),
            message: String::new(),
            help: None,
            suggestions: vec![Suggestion::with_edits("fix", edits, applicability)],
            fingerprint: String::new(),
            builtin: false,
        }
    }

    #[test]
    fn applies_edits_in_order_and_keeps_utf8() {
        let text = "héllo wörld";
        let d = [
            diag(
                "a",
                vec![Edit::new(Span::new(0, 1), "H")],
                Applicability::Safe,
            ),
            diag(
                "b",
                vec![Edit::insert(text.len(), "!")],
                Applicability::Safe,
            ),
            diag(
                "c",
                vec![Edit::new(Span::new(8, 10), "o")],
                Applicability::Safe,
            ),
        ];
        assert_eq!(
            apply_fixes(text, &d, Applicability::Safe).as_deref(),
            Ok("Héllo world!")
        );
    }

    #[test]
    fn leaves_fixes_below_the_threshold() {
        let d = [diag(
            "a",
            vec![Edit::insert(0, "x")],
            Applicability::NeedsReview,
        )];
        assert_eq!(
            apply_fixes("y", &d, Applicability::Safe).as_deref(),
            Ok("y")
        );
        assert_eq!(
            apply_fixes("y", &d, Applicability::NeedsReview).as_deref(),
            Ok("xy")
        );
    }

    #[test]
    fn rejects_overlaps_with_both_rules_named() {
        let d = [
            diag(
                "first",
                vec![Edit::new(Span::new(0, 4), "x")],
                Applicability::Safe,
            ),
            diag(
                "second",
                vec![Edit::new(Span::new(2, 6), "y")],
                Applicability::Safe,
            ),
        ];
        let err = apply_fixes("abcdefg", &d, Applicability::Safe).unwrap_err();
        assert!(
            matches!(&err, FixError::Overlap { first, second, .. } if first == "first" && second == "second"),
            "{err}"
        );
    }

    #[test]
    fn identical_edits_apply_once_and_touching_edits_do_not_clash() {
        let d = [
            diag(
                "a",
                vec![Edit::new(Span::new(0, 1), "X")],
                Applicability::Safe,
            ),
            diag(
                "b",
                vec![Edit::new(Span::new(0, 1), "X")],
                Applicability::Safe,
            ),
            diag("c", vec![Edit::insert(1, "-")], Applicability::Safe),
            diag(
                "d",
                vec![Edit::new(Span::new(1, 2), "Y")],
                Applicability::Safe,
            ),
        ];
        assert_eq!(
            apply_fixes("ab", &d, Applicability::Safe).as_deref(),
            Ok("X-Y")
        );
    }

    #[test]
    fn rejects_spans_that_do_not_fit() {
        let d = [diag(
            "a",
            vec![Edit::new(Span::new(1, 2), "x")],
            Applicability::Safe,
        )];
        assert!(matches!(
            apply_fixes("é", &d, Applicability::Safe),
            Err(FixError::InvalidSpan { .. })
        ));
        let d = [diag(
            "a",
            vec![Edit::new(Span::new(5, 9), "x")],
            Applicability::Safe,
        )];
        assert!(matches!(
            apply_fixes("abc", &d, Applicability::Safe),
            Err(FixError::InvalidSpan { .. })
        ));
    }

    #[test]
    fn skips_overlaps_deterministically_and_says_which() {
        let d = [
            diag(
                "later",
                vec![Edit::new(Span::new(2, 6), "y")],
                Applicability::Safe,
            ),
            diag(
                "earlier",
                vec![Edit::new(Span::new(0, 4), "x")],
                Applicability::Safe,
            ),
            diag(
                "bad",
                vec![Edit::new(Span::new(50, 60), "z")],
                Applicability::Safe,
            ),
        ];
        let fixed = apply_non_overlapping("abcdefg", &d, Applicability::Safe);
        assert_eq!(fixed.text, "xefg");
        assert_eq!(
            fixed
                .applied
                .iter()
                .map(|(r, _)| r.as_ref())
                .collect::<Vec<_>>(),
            ["earlier"]
        );
        assert_eq!(
            fixed
                .skipped
                .iter()
                .map(|(r, _)| r.as_ref())
                .collect::<Vec<_>>(),
            ["later", "bad"]
        );
    }

    #[test]
    fn never_splices_one_span_twice() {
        // Two rules offering different words for the same bytes: the first (by order)
        // wins; a suggestion whose own edits overlap is skipped whole.
        let d = [
            diag(
                "a",
                vec![Edit::new(Span::new(0, 3), "one")],
                Applicability::Safe,
            ),
            diag(
                "b",
                vec![Edit::new(Span::new(0, 3), "two")],
                Applicability::Safe,
            ),
            diag(
                "c",
                vec![
                    Edit::new(Span::new(4, 7), "x"),
                    Edit::new(Span::new(5, 6), "y"),
                ],
                Applicability::Safe,
            ),
            diag("d", vec![Edit::insert(7, "!")], Applicability::Safe),
            diag("e", vec![Edit::insert(7, "?")], Applicability::Safe),
        ];
        let fixed = apply_non_overlapping("abc def", &d, Applicability::Safe);
        assert_eq!(fixed.text, "one def!?");
        let names = |v: &[(Cow<'static, str>, Span)]| {
            v.iter().map(|(r, _)| r.to_string()).collect::<Vec<_>>()
        };
        assert_eq!(names(&fixed.applied), ["a", "d", "e"]);
        assert_eq!(names(&fixed.skipped), ["b", "c"]);
        assert!(matches!(
            apply_fixes("abc def", &d, Applicability::Safe),
            Err(FixError::Overlap { .. })
        ));
    }

    #[test]
    // Tens of thousands of compositions: minutes under Miri, which the other fix tests
    // cover with the same code paths.
    #[cfg_attr(miri, ignore)]
    fn composed_edits_turn_the_original_into_the_final_text_in_one_step() {
        // Small texts, every pair of rounds of one or two edits: composing must agree
        // with applying the rounds one after the other.
        let original = "ab cd";
        let spans = |len: usize| {
            let mut out = Vec::new();
            for a in 0..=len {
                for b in a..=(a + 2).min(len) {
                    out.push(Span::new(a, b));
                }
            }
            out
        };
        let apply = |text: &str, edits: &[Edit]| {
            let refs: Vec<&Edit> = edits.iter().collect();
            splice(text, &refs)
        };
        let mut checked = 0;
        for p1 in spans(original.len()) {
            for r1 in ["", "X", "YZ"] {
                let prior = vec![Edit::new(p1, r1)];
                let current = apply(original, &prior);
                for n1 in spans(current.len()) {
                    for n2 in spans(current.len()) {
                        if n2.start < n1.end || (n1.is_empty() && n2.start == n1.start) {
                            continue;
                        }
                        for (r2, r3) in [("Q", ""), ("", "W"), ("UV", "T")] {
                            let next = vec![Edit::new(n1, r2), Edit::new(n2, r3)];
                            let wanted = apply(&current, &next);
                            let composed = compose(&current, &prior, &next);
                            assert!(
                                composed
                                    .windows(2)
                                    .all(|w| w[0].span.end <= w[1].span.start),
                                "overlap: {composed:?}"
                            );
                            assert_eq!(
                                apply(original, &composed),
                                wanted,
                                "{prior:?} then {next:?}: {composed:?}"
                            );
                            checked += 1;
                        }
                    }
                }
            }
        }
        assert!(checked > 1000, "{checked}");
        // Two deletions that meet at one point, and next edits on both sides of it.
        let original = "abXYcd";
        let prior = vec![Edit::delete(Span::new(2, 3)), Edit::delete(Span::new(3, 4))];
        let current = apply(original, &prior);
        assert_eq!(current, "abcd");
        let next = vec![
            Edit::new(Span::new(1, 2), "B"),
            Edit::new(Span::new(2, 3), "C"),
        ];
        let composed = compose(&current, &prior, &next);
        assert!(
            composed
                .windows(2)
                .all(|w| w[0].span.end <= w[1].span.start),
            "{composed:?}"
        );
        assert_eq!(apply(original, &composed), apply(&current, &next));
    }
}
