//! What a check function reads.

use super::option::RuleOption;
use crate::draft::{Context, MessageKind};
use crate::text::{Document, Hit};
#[cfg(feature = "timing")]
use crate::timing::Timeline;

/// Returns the configured value of `option` among `values` (in the order of `declared`),
/// or its default if it is not declared.
fn option_value(declared: &[RuleOption], values: &[f64], option: RuleOption) -> f64 {
    match declared.iter().position(|o| o.name == option.name) {
        Some(i) => values.get(i).copied().unwrap_or(option.default),
        None => {
            debug_assert!(
                false,
                "option `{}` is read but not declared in the rule's `options`",
                option.name
            );
            option.default
        }
    }
}

/// The word-class bit of each of a rule's word-class tables (tags 64 to 127), indexed
/// by `tag - 64`, so that asking whether a word is in a class costs one array read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ClassMap([u8; 64]);

impl ClassMap {
    /// No word-class tables.
    pub(crate) const EMPTY: ClassMap = ClassMap([u8::MAX; 64]);

    /// The map of `(tag, bit)` pairs; tags below 64 (phrase tables) are not classes.
    pub(crate) fn from_pairs(pairs: impl IntoIterator<Item = (u8, u8)>) -> ClassMap {
        let mut map = ClassMap::EMPTY;
        for (tag, bit) in pairs {
            if let Some(slot) = tag
                .checked_sub(64)
                .and_then(|i| map.0.get_mut(usize::from(i)))
            {
                *slot = bit;
            }
        }
        map
    }

    /// The bit of table `tag`, if it is a word class.
    pub(crate) fn bit(&self, tag: u8) -> Option<u8> {
        let i = usize::from(tag.checked_sub(64)?);
        self.0.get(i).copied().filter(|&b| b != u8::MAX)
    }
}

/// What a text rule's check function reads: the analysed draft, the rule's own phrase
/// matches and its option values.
#[derive(Debug)]
pub struct RuleContext<'d, 'a> {
    doc: &'d Document<'a>,
    owner: u16,
    hits: &'d [Hit],
    /// The word-class bit of each of the rule's word-class tables, by tag.
    classes: &'d ClassMap,
    declared: &'d [RuleOption],
    values: &'d [f64],
}

impl<'d, 'a> RuleContext<'d, 'a> {
    /// Returns the context for a rule with options `declared` set to `values`, whose
    /// phrase matches in `doc` are `hits`.
    pub(crate) fn new(
        doc: &'d Document<'a>,
        owner: u16,
        classes: &'d ClassMap,
        declared: &'d [RuleOption],
        values: &'d [f64],
    ) -> Self {
        RuleContext {
            doc,
            owner,
            hits: doc.hits_of(owner),
            classes,
            declared,
            values,
        }
    }

    /// Returns the analysed draft.
    #[must_use]
    pub fn doc(&self) -> &'d Document<'a> {
        self.doc
    }

    /// Returns the kind of message being checked.
    #[must_use]
    pub fn kind(&self) -> MessageKind {
        self.doc.kind()
    }

    /// Returns what the writer knows about the interview.
    #[must_use]
    pub fn context(&self) -> &'a Context {
        self.doc.context()
    }

    /// Returns the matches of this rule's phrase tables, in text order.
    #[must_use]
    pub fn hits(&self) -> &'d [Hit] {
        self.hits
    }

    /// Returns the matches of this rule's phrase table `tag`, in text order.
    pub fn hits_tagged(&self, tag: u8) -> impl Iterator<Item = &'d Hit> + use<'d> {
        self.hits.iter().filter(move |h| h.tag() == tag)
    }

    /// Returns true if and only if one of this rule's phrase tables `tag` matched in
    /// sentence `s`. Logarithmic time, whatever the number of matches.
    #[must_use]
    pub fn tag_in(&self, tag: u8, s: usize) -> bool {
        let Some(sentence) = self.doc.sentences().get(s) else {
            return false;
        };
        let i = self
            .hits
            .partition_point(|h| h.first_word() < sentence.words().start);
        self.hits
            .get(i)
            .is_some_and(|h| h.sentence() == s && h.sentence_has(tag))
    }

    /// Returns this rule's matches that start at word `w`.
    #[must_use]
    pub fn hits_at(&self, w: usize) -> &'d [Hit] {
        let a = self.hits.partition_point(|h| h.first_word() < w);
        let b = self.hits.partition_point(|h| h.first_word() <= w);
        &self.hits[a..b]
    }

    /// Returns true if and only if a match of this rule's phrase table `tag` starts at
    /// word `w`. Constant time for a word-class table (tag 64 or more, single words),
    /// logarithmic otherwise.
    #[must_use]
    pub fn tag_at(&self, tag: u8, w: usize) -> bool {
        if let Some(bit) = self.classes.bit(tag) {
            return self.doc.word_has_class(w, bit);
        }
        self.hits_at(w).iter().any(|h| h.tag() == tag)
    }

    /// The word-class bit of the rule's table `tag`, if it is a word class.
    pub(crate) fn class_bit(&self, tag: u8) -> Option<u8> {
        self.classes.bit(tag)
    }

    /// Returns the end word of the longest match of this rule's table `tag` starting at
    /// word `w`, if any.
    #[must_use]
    pub fn tag_end_at(&self, tag: u8, w: usize) -> Option<usize> {
        self.hits_at(w)
            .iter()
            .filter(|h| h.tag() == tag)
            .map(Hit::end_word)
            .max()
    }

    /// Returns true if and only if a match of this rule's table `tag` covers exactly the
    /// words of `span` (a greeting's name, a sign-off). Logarithmic time.
    #[must_use]
    pub fn tag_covers(&self, tag: u8, span: crate::Span) -> bool {
        let words = self.doc.words_in(span);
        self.hits_at(words.start)
            .iter()
            .any(|h| h.tag() == tag && h.words() == words)
    }

    /// Returns true if and only if one of this rule's phrase tables `tag` matches in the
    /// subject the caller gave apart from the text
    /// ([`Draft::subject`](crate::Draft::subject)).
    #[must_use]
    pub fn given_subject_has(&self, tag: u8) -> bool {
        self.doc.given_subject_has(self.owner, tag)
    }

    /// Returns this rule's matches that start at a word in `words`.
    #[must_use]
    pub fn hits_starting_in(&self, words: std::ops::Range<usize>) -> &'d [Hit] {
        let a = self.hits.partition_point(|h| h.first_word() < words.start);
        let b = self.hits.partition_point(|h| h.first_word() < words.end);
        &self.hits[a..b.max(a)]
    }

    /// Returns the configured value of `option`, or its default.
    ///
    /// `option` must be one of the rule's declared [`options`](crate::Rule::options); an
    /// undeclared one reads as its default (and fails a debug assertion, so the rule's
    /// tests catch it).
    #[must_use]
    pub fn option(&self, option: RuleOption) -> f64 {
        option_value(self.declared, self.values, option)
    }

    /// Returns the configured value of a whole-number `option` (see
    /// [`RuleContext::option`]).
    #[must_use]
    pub fn count(&self, option: RuleOption) -> usize {
        self.option(option) as usize
    }
}

/// What a timeline rule's check function reads: the history, the moment it is checked
/// at, and the rule's option values.
#[cfg(feature = "timing")]
#[cfg_attr(docsrs, doc(cfg(feature = "timing")))]
#[derive(Debug)]
pub struct TimelineContext<'a> {
    timeline: &'a Timeline,
    now: &'a jiff::ZonedDateTime,
    declared: &'a [RuleOption],
    values: &'a [f64],
}

#[cfg(feature = "timing")]
impl<'a> TimelineContext<'a> {
    /// Returns the context for checking `timeline` at `now`.
    pub(crate) fn new(
        timeline: &'a Timeline,
        now: &'a jiff::ZonedDateTime,
        declared: &'a [RuleOption],
        values: &'a [f64],
    ) -> Self {
        TimelineContext {
            timeline,
            now,
            declared,
            values,
        }
    }

    /// Returns the timeline being checked.
    #[must_use]
    pub fn timeline(&self) -> &'a Timeline {
        self.timeline
    }

    /// Returns the moment the timeline is checked at.
    #[must_use]
    pub fn now(&self) -> &'a jiff::ZonedDateTime {
        self.now
    }

    /// Returns the configured value of `option`, or its default (see
    /// [`RuleContext::option`]).
    #[must_use]
    pub fn option(&self, option: RuleOption) -> f64 {
        option_value(self.declared, self.values, option)
    }

    /// Returns the configured value of a whole-number `option`.
    #[must_use]
    pub fn count(&self, option: RuleOption) -> u32 {
        self.option(option) as u32
    }
}
