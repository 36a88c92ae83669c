//! The built-in rules, one file each, and the catalogue that lists them.
//!
//! Each file is named after its rule's id and holds the rule's metadata, phrase tables,
//! examples, check function and spec-named tests. Adding a rule is one new file here and
//! one line in [`CATALOGUE`]; see CONTRIBUTING.md.

use crate::rule::Rule;

mod agreement;
#[cfg(feature = "timing")]
mod call_before_email;
#[cfg(feature = "timing")]
mod call_outside_hours;
#[cfg(feature = "spelling")]
mod closed_compound;
mod complaint;
#[cfg(feature = "timing")]
mod contact_after_reply;
mod demanding_tone;
mod desperate_tone;
mod empty_draft;
mod excessive_apology;
mod excessive_exclamation;
mod excuse;
mod fixed_phrase;
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
mod missing_apostrophe;
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
mod repeated_subject;
mod repeated_word;
mod salary_question;
mod sentence_case;
mod shouting;
mod spacing;
#[cfg(feature = "spelling")]
mod stray_capital;
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
mod verb_form;
mod wrong_article;
mod wrong_name;
mod wrong_word;

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
    missing_apostrophe::RULE,
    wrong_word::RULE,
    verb_form::RULE,
    wrong_article::RULE,
    agreement::RULE,
    fixed_phrase::RULE,
    repeated_subject::RULE,
    #[cfg(feature = "spelling")]
    stray_capital::RULE,
    #[cfg(feature = "spelling")]
    closed_compound::RULE,
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

/// Builds the tables every built-in rule shares (once per process), so that the first
/// check costs what every other does.
pub(crate) fn warm() {
    #[cfg(feature = "spelling")]
    let _ = crate::text::dictionary::INTENDED.len();
}
