//! `closed-compound`: two or three words run together where English writes a hyphen
//! ("userfriendly" → "user-friendly", "uptodate" → "up-to-date").
//!
//! A candidate is a lower-case word that no dictionary knows and that splits into words
//! in common use: two of at least three letters each, or three with a short joining word
//! in the middle ("face-to-face", "day-to-day"). Words the dictionary knows closed
//! ("teamwork", "database", "feedback") are left alone, and so are those with a capital
//! or a digit (product names).

use crate::diagnostic::{Applicability, Category, Edit, Finding, Level, Levels, Span, Suggestion};
use crate::draft::MessageKind::{FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{Example, Gate, Rule, RuleContext, RuleKind, TextRule};
use crate::text::dictionary::split_compound;
use crate::text::flag;

pub(crate) const RULE: Rule = Rule {
    id: "closed-compound",
    category: Category::Proofreading,
    summary: "Flags words run together that take a hyphen: \"userfriendly\", \"longterm\", \"uptodate\".",
    why: "A compound run together reads as a typo, and a spell checker may not catch it.",
    help: "Join the words with a hyphen (\"user-friendly\"), or write them apart when they are not one adjective.",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Error),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(ThankYou, "I care about building userfriendly tools."),
            Example::new(FollowUp, "I am looking for a longterm role."),
        ],
        accepted: &[
            Example::new(ThankYou, "I value teamwork and a well-kept database."),
            Example::new(FollowUp, "Thank you for the feedback on my presentation."),
        ],
        phrases: &[],
        evidence: None,
        check,
    }),
};

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    for (w, word) in doc.words().iter().enumerate() {
        let written = doc.word_text(w);
        if written.len() < 6
            || !written.bytes().all(|b| b.is_ascii_lowercase())
            || doc.sentence_of(w).is_none()
            || word.is_placeholder()
            || word.is_url()
            || word.has(flag::QUOTATION)
        {
            continue;
        }
        let Some(parts) = split_compound(written) else {
            continue;
        };
        if doc.context().has_word(written, true) {
            continue;
        }
        let joined = parts.join("-");
        let span: Span = word.span;
        out.push(
            Finding::new(
                span,
                format!("\"{written}\" runs words together; write \"{joined}\"."),
            )
            .suggest(Suggestion::new(
                format!("Write \"{joined}\""),
                Edit::new(span, joined.clone()),
                Applicability::NeedsReview,
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::FollowUp;
    use crate::testing::{assert_accepts, assert_flags};

    const RULE: &str = "closed-compound";

    #[test]
    fn flags_compounds_run_together() {
        for text in [
            "I build userfriendly tools.",
            "I am after a fulltime role.",
            "I prefer facetoface meetings.",
            "I keep an uptodate list of references.",
            "I have worked with crossfunctional teams.",
        ] {
            assert_flags(RULE, FollowUp, text);
        }
    }

    #[test]
    fn leaves_closed_words_names_and_jargon_alone() {
        for text in [
            "I value teamwork, feedback and a tidy database.",
            "I worked in healthcare and copywriting, and on the roadmap.",
            "I used GitHub, LinkedIn and Salesforce daily.",
            "Nonetheless, the marketplace team worked overtime.",
        ] {
            assert_accepts(RULE, FollowUp, text);
        }
    }
}
