//! The rule model and the built-in catalogue.
//!
//! Each rule lives in its own file named after its id, with its metadata at the top
//! (id, category, levels, summary, why, examples, phrase tables) and its check function
//! below. Rules find; the [`Linter`](crate::Linter) judges.

use std::sync::LazyLock;

use crate::diagnostic::{Applicability, Category, Edit, Finding, Level, Levels, Span, Suggestion};
use crate::draft::{Context, MessageKind};
use crate::text::{Document, Hit, Part, PhraseSet, SHARED_OWNER, excerpt, lexicon};

#[cfg(feature = "timing")]
mod call_before_email;
#[cfg(feature = "timing")]
mod call_outside_hours;
mod complaint;
#[cfg(feature = "timing")]
mod contact_after_reply;
mod demanding_tone;
mod desperate_tone;
mod empty_draft;
mod excessive_apology;
mod excessive_exclamation;
mod excuse;
#[cfg(feature = "timing")]
mod follow_up_too_early;
#[cfg(feature = "timing")]
mod follow_up_too_frequent;
mod generic_greeting;
mod hidden_characters;
mod impatient_tone;
mod informal_language;
mod input_truncated;
mod long_sentence;
mod lowercase_i;
mod missing_closing;
mod missing_contact_info;
mod missing_end_punctuation;
mod missing_gratitude;
mod missing_greeting;
mod missing_interest;
mod missing_interview_date;
mod missing_introduction;
mod missing_offer_to_help;
mod missing_qualification;
mod missing_signature;
mod missing_specific_reference;
mod missing_timeline_inquiry;
#[cfg(feature = "spelling")]
mod misspelling;
mod repeated_word;
mod salary_question;
mod sentence_case;
mod shouting;
mod spacing;
#[cfg(feature = "timing")]
mod thank_you_late;
#[cfg(feature = "timing")]
mod thank_you_missing;
mod too_long;
mod too_short;
mod unfilled_placeholder;
mod unprofessional_closing;
mod unprofessional_greeting;
mod vague_subject;
mod wrong_name;

/// What a rule's check function reads: the analysed document, the rule's own phrase
/// matches and its option values.
#[derive(Debug)]
pub struct RuleContext<'d, 'a> {
    pub(crate) doc: &'d Document<'a>,
    pub(crate) hits: &'d [Hit],
    pub(crate) rule: &'d Rule,
    pub(crate) options: &'d [f64],
}

impl<'d, 'a> RuleContext<'d, 'a> {
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

    /// Returns this rule's matches that start at a word in `words`.
    #[must_use]
    pub fn hits_starting_in(&self, words: std::ops::Range<usize>) -> &'d [Hit] {
        let a = self.hits.partition_point(|h| h.first_word() < words.start);
        let b = self.hits.partition_point(|h| h.first_word() < words.end);
        &self.hits[a..b.max(a)]
    }

    /// Returns the configured value of option `name`, or its default.
    ///
    /// Returns `f64::NAN` if the rule declares no such option.
    #[must_use]
    pub fn option(&self, name: &str) -> f64 {
        self.rule.option_value(self.options, name)
    }
}

/// The signature of a text rule's check function.
pub type CheckFn = fn(&RuleContext<'_, '_>, &mut Vec<Finding>);

/// What a rule checks, and the function that does it.
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub enum Check {
    /// A draft's text, through its analysed [`Document`].
    Text(CheckFn),
    /// A follow-up history: when messages were sent (see the `timing` module).
    #[cfg(feature = "timing")]
    Timeline(crate::timing::TimelineCheckFn),
}

/// The signature of a criterion's evidence function: the span that meets the criterion,
/// or `None` if nothing in the draft does.
pub type EvidenceFn = fn(&RuleContext<'_, '_>) -> Option<Span>;

/// An element the guide asks a message to carry (gratitude, interest, …), as checked by
/// a `missing-…` rule and shown in the report's checklist.
///
/// For a rule with a criterion, the linter calls `evidence` once per draft, records the
/// result in the checklist, and calls the rule's `check` only when no evidence was found.
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct Criterion {
    /// Kebab-case name of the criterion, e.g. `gratitude`; rules sharing a name form one
    /// checklist item (met when all of them find evidence).
    pub name: &'static str,
    /// What meeting it means, for a checklist line: "Thanks the reader for their time".
    pub description: &'static str,
    /// Finds the sentence (or part) that meets the criterion.
    pub evidence: EvidenceFn,
}

impl Criterion {
    /// Returns a criterion.
    #[must_use]
    pub const fn new(name: &'static str, description: &'static str, evidence: EvidenceFn) -> Self {
        Criterion {
            name,
            description,
            evidence,
        }
    }
}

/// An example draft in a rule's documentation, run as a test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Example {
    /// The kind of message to check the example as.
    pub kind: MessageKind,
    /// The example text.
    pub text: &'static str,
    /// What the writer knows, as `(field, value)` pairs; see [`Example::build_context`].
    pub context: &'static [(&'static str, &'static str)],
    /// For timeline rules, the moment the timeline is checked at (RFC 9557); the text is
    /// then a timeline in the documented JSON format.
    pub now: Option<&'static str>,
}

impl Example {
    /// The field names [`Example::context`] pairs may use.
    pub const CONTEXT_FIELDS: &'static [&'static str] = &[
        "applicant",
        "interviewer",
        "company",
        "role",
        "date",
        "topic",
        "skill",
        "other-company",
    ];

    /// Returns an example checked as a message of `kind`, with no context.
    #[must_use]
    pub const fn new(kind: MessageKind, text: &'static str) -> Self {
        Example {
            kind,
            text,
            context: &[],
            now: None,
        }
    }

    /// Sets what the writer knows, as `(field, value)` pairs.
    #[must_use]
    pub const fn with_context(mut self, context: &'static [(&'static str, &'static str)]) -> Self {
        self.context = context;
        self
    }

    /// Sets the moment a timeline example is checked at.
    #[must_use]
    pub const fn at(mut self, now: &'static str) -> Self {
        self.now = Some(now);
        self
    }

    /// Builds the [`Context`] the example is checked with. Pairs with a field name not in
    /// [`Example::CONTEXT_FIELDS`] are ignored (the catalogue test rejects them).
    #[must_use]
    pub fn build_context(&self) -> Context {
        let mut c = Context::new();
        for &(field, value) in self.context {
            c = match field {
                "applicant" => c.applicant_name(value),
                "interviewer" => c.interviewer(value),
                "company" => c.company(value),
                "role" => c.role(value),
                "date" => c.interview_date(value),
                "topic" => c.topic(value),
                "skill" => c.skill(value),
                "other-company" => c.other_company(value),
                _ => c,
            };
        }
        c
    }
}

/// A named numeric option a rule reads, with its default and valid range.
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
}

impl RuleOption {
    /// Returns an option with a default and an inclusive valid range.
    #[must_use]
    pub const fn new(
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
        }
    }
}

/// A phrase table: a tag the rule chooses and the phrases that carry it.
///
/// Phrases are matched case-insensitively on word boundaries, with curly and straight
/// apostrophes alike and any run of spaces, line breaks, hyphens or punctuation between
/// words; write them in lower case, words separated by single spaces.
pub type PhraseTable = (u8, &'static [&'static str]);

/// A rule: its metadata, its phrase tables and its check function.
///
/// Built-in rules are listed by [`catalogue`]. Tools add their own with [`Rule::new`]
/// and [`LinterBuilder::rule`](crate::LinterBuilder::rule).
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct Rule {
    /// Stable kebab-case id naming the problem, e.g. `missing-gratitude`.
    pub id: &'static str,
    /// The group the rule belongs to.
    pub category: Category,
    /// The level the rule runs at by default, per kind of message.
    pub levels: Levels,
    /// One line: what the rule flags.
    pub summary: &'static str,
    /// Why the problem hurts the candidate.
    pub why: &'static str,
    /// What to do about it, in the imperative.
    pub help: &'static str,
    /// Drafts on which the rule fires exactly once.
    pub flagged: &'static [Example],
    /// Near-miss drafts on which the rule stays quiet.
    pub accepted: &'static [Example],
    /// Named numeric options the rule reads.
    pub options: &'static [RuleOption],
    /// The rule's phrase tables, matched once per draft with everything else.
    pub phrases: &'static [PhraseTable],
    /// The element of the guide this rule checks for, if it is a `missing-…` rule.
    pub criterion: Option<Criterion>,
    /// What the rule checks (a draft's text, or a follow-up history) and how.
    pub check: Check,
}

fn no_check(_: &RuleContext<'_, '_>, _: &mut Vec<Finding>) {}

impl Rule {
    /// Returns a rule with `id`, `category` and `check`, reporting warnings for every
    /// kind, with empty docs, no examples, options or phrase tables.
    ///
    /// ```
    /// use followup_lint::{Category, Finding, Rule, RuleContext};
    ///
    /// fn check(cx: &RuleContext<'_, '_>, out: &mut Vec<Finding>) {
    ///     for hit in cx.hits() {
    ///         let span = cx.doc().hit_span(hit);
    ///         out.push(Finding::new(span, "mentions the competitor"));
    ///     }
    /// }
    ///
    /// const NO_RIVAL: Rule = Rule::new("rival-mention", Category::Custom, check)
    ///     .summary("Flags the name of a rival company.")
    ///     .phrases(&[(0, &["acme rockets"])]);
    /// assert_eq!(NO_RIVAL.id, "rival-mention");
    /// ```
    #[must_use]
    pub const fn new(id: &'static str, category: Category, check: CheckFn) -> Rule {
        Rule {
            id,
            category,
            levels: Levels::all(Level::Warning),
            summary: "",
            why: "",
            help: "",
            flagged: &[],
            accepted: &[],
            options: &[],
            phrases: &[],
            criterion: None,
            check: Check::Text(check),
        }
    }

    /// Sets the default levels.
    #[must_use]
    pub const fn levels(mut self, levels: Levels) -> Rule {
        self.levels = levels;
        self
    }

    /// Sets the one-line summary.
    #[must_use]
    pub const fn summary(mut self, summary: &'static str) -> Rule {
        self.summary = summary;
        self
    }

    /// Sets why the problem matters.
    #[must_use]
    pub const fn why(mut self, why: &'static str) -> Rule {
        self.why = why;
        self
    }

    /// Sets the general help text.
    #[must_use]
    pub const fn help(mut self, help: &'static str) -> Rule {
        self.help = help;
        self
    }

    /// Sets the examples the rule must flag.
    #[must_use]
    pub const fn flagged(mut self, flagged: &'static [Example]) -> Rule {
        self.flagged = flagged;
        self
    }

    /// Sets the near-misses the rule must accept.
    #[must_use]
    pub const fn accepted(mut self, accepted: &'static [Example]) -> Rule {
        self.accepted = accepted;
        self
    }

    /// Sets the options.
    #[must_use]
    pub const fn options(mut self, options: &'static [RuleOption]) -> Rule {
        self.options = options;
        self
    }

    /// Sets the phrase tables.
    #[must_use]
    pub const fn phrases(mut self, phrases: &'static [PhraseTable]) -> Rule {
        self.phrases = phrases;
        self
    }

    /// Sets the criterion the rule checks for; `check` then runs only when the
    /// criterion's evidence function finds nothing.
    #[must_use]
    pub const fn criterion(mut self, criterion: Criterion) -> Rule {
        self.criterion = Some(criterion);
        self
    }

    /// Returns the text check function, or `None` for a timeline rule.
    #[must_use]
    pub fn text_check(&self) -> Option<CheckFn> {
        match self.check {
            Check::Text(f) => Some(f),
            #[cfg(feature = "timing")]
            Check::Timeline(_) => None,
        }
    }

    /// Returns the option named `name`, if the rule has it.
    #[must_use]
    pub fn option(&self, name: &str) -> Option<&RuleOption> {
        self.options.iter().find(|o| o.name == name)
    }

    /// Returns the position of option `name` in [`Rule::options`], which is also its
    /// position in a linter's configured values for the rule.
    pub(crate) fn option_index(&self, name: &str) -> Option<usize> {
        self.options.iter().position(|o| o.name == name)
    }

    /// Returns the value of option `name` among `values` (the configured values, in
    /// the order of [`Rule::options`]); `f64::NAN` if the rule has no such option.
    pub(crate) fn option_value(&self, values: &[f64], name: &str) -> f64 {
        self.option_index(name)
            .and_then(|i| values.get(i).copied())
            .unwrap_or(f64::NAN)
    }
}

impl Default for Rule {
    fn default() -> Self {
        Rule::new("", Category::Custom, no_check)
    }
}

/// The built-in rules, grouped by category.
static CATALOGUE: &[Rule] = &[
    // Structure of the draft as a whole.
    empty_draft::RULE,
    input_truncated::RULE,
    missing_greeting::RULE,
    missing_closing::RULE,
    missing_signature::RULE,
    // Content the guide asks for, in the guide's order.
    missing_introduction::RULE,
    missing_gratitude::RULE,
    missing_interest::RULE,
    missing_qualification::RULE,
    missing_specific_reference::RULE,
    missing_offer_to_help::RULE,
    missing_timeline_inquiry::RULE,
    missing_interview_date::RULE,
    missing_contact_info::RULE,
    // Mistakes the guide names.
    salary_question::RULE,
    complaint::RULE,
    excuse::RULE,
    // Tone.
    demanding_tone::RULE,
    impatient_tone::RULE,
    desperate_tone::RULE,
    excessive_apology::RULE,
    informal_language::RULE,
    unprofessional_greeting::RULE,
    unprofessional_closing::RULE,
    // Personalisation.
    generic_greeting::RULE,
    unfilled_placeholder::RULE,
    wrong_name::RULE,
    // Proofreading and length.
    #[cfg(feature = "spelling")]
    misspelling::RULE,
    repeated_word::RULE,
    lowercase_i::RULE,
    sentence_case::RULE,
    missing_end_punctuation::RULE,
    spacing::RULE,
    excessive_exclamation::RULE,
    shouting::RULE,
    long_sentence::RULE,
    hidden_characters::RULE,
    too_long::RULE,
    too_short::RULE,
    vague_subject::RULE,
    // Timing and cadence of a follow-up history.
    #[cfg(feature = "timing")]
    thank_you_late::RULE,
    #[cfg(feature = "timing")]
    thank_you_missing::RULE,
    #[cfg(feature = "timing")]
    follow_up_too_early::RULE,
    #[cfg(feature = "timing")]
    follow_up_too_frequent::RULE,
    #[cfg(feature = "timing")]
    call_before_email::RULE,
    #[cfg(feature = "timing")]
    call_outside_hours::RULE,
    #[cfg(feature = "timing")]
    contact_after_reply::RULE,
];

/// Returns every built-in rule, grouped by category.
///
/// ```
/// let ids: Vec<&str> = followup_lint::catalogue().iter().map(|r| r.id).collect();
/// assert!(ids.contains(&"salary-question"));
/// ```
#[must_use]
pub fn catalogue() -> &'static [Rule] {
    CATALOGUE
}

/// Returns the built-in rule with `id`, if there is one.
#[must_use]
pub fn find_rule(id: &str) -> Option<&'static Rule> {
    CATALOGUE.iter().find(|r| r.id == id)
}

/// The owner id of built-in rule `index` in the shared phrase set.
pub(crate) const fn builtin_owner(index: usize) -> u16 {
    (index + 1) as u16
}

/// One more than the largest owner id in [`builtin_phrases`].
pub(crate) fn builtin_owners() -> usize {
    CATALOGUE.len() + 1
}

/// Builds every table the built-in rules share (once per process), so that the first
/// check costs what every other does.
pub(crate) fn warm() {
    let _ = builtin_phrases();
    #[cfg(feature = "spelling")]
    let _ = misspelling::INTENDED.len();
}

/// The shared tables and every built-in rule's tables, compiled once per process.
pub(crate) fn builtin_phrases() -> &'static PhraseSet {
    static SET: LazyLock<PhraseSet> = LazyLock::new(|| {
        let shared = lexicon::SHARED
            .iter()
            .flat_map(|&(tag, list)| list.iter().map(move |p| (SHARED_OWNER, tag, *p)));
        let rules = CATALOGUE.iter().enumerate().flat_map(|(i, rule)| {
            rule.phrases
                .iter()
                .flat_map(move |&(tag, list)| list.iter().map(move |p| (builtin_owner(i), tag, *p)))
        });
        // The built-in tables are tested to compile; an error here is a bug in this crate.
        PhraseSet::build(shared.chain(rules))
            .unwrap_or_else(|e| panic!("built-in phrase tables: {e:?}"))
    });
    &SET
}

/// A finding for a missing element at the zero-width span `at`, suggesting to insert
/// `insert` there. The suggestion has placeholders if `insert` holds a `[slot]`.
pub(crate) fn missing(
    at: Span,
    message: impl Into<String>,
    title: &str,
    insert: String,
) -> Finding {
    let applicability = if insert.contains('[') {
        Applicability::HasPlaceholders
    } else {
        Applicability::NeedsReview
    };
    Finding::new(Span::empty(at.start), message).suggest(Suggestion::new(
        title,
        Edit::insert(at.start, insert),
        applicability,
    ))
}

/// Reports each body (or subject) sentence holding a hit that `judge` labels, once per
/// sentence, skipping words the writer quotes from someone else. The message is the
/// label followed by the sentence, quoted.
pub(crate) fn flag_sentences(
    cx: &RuleContext<'_, '_>,
    out: &mut Vec<Finding>,
    mut judge: impl FnMut(&Document<'_>, &Hit) -> Option<&'static str>,
) {
    let doc = cx.doc();
    let mut last = usize::MAX;
    for h in cx.hits() {
        let s = h.sentence();
        if s == last {
            continue;
        }
        let sentence = &doc.sentences()[s];
        if !matches!(sentence.part, Part::Body | Part::Subject) || doc.in_quotation(h.first_word())
        {
            continue;
        }
        if let Some(label) = judge(doc, h) {
            last = s;
            let quoted = excerpt(doc.sentence_text(sentence), 90);
            out.push(Finding::new(
                sentence.span,
                format!("{label}: \"{quoted}\"."),
            ));
        }
    }
}
