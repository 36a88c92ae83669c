//! `missing-specific-reference`: nothing specific from the interview.

use crate::diagnostic::{Category, Level, Levels, Span};
use crate::draft::MessageKind;
use crate::draft::MessageKind::{FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{
    Criterion, Evidence, Example, Gate, Rule, RuleContext, RuleKind, TextRule, missing_sentence,
};
use crate::text::lexicon::cue;
use crate::text::{Document, Ending, Part, normalize_phrase};

pub(crate) const RULE: Rule = Rule {
    id: "missing-specific-reference",
    category: Category::Personalization,
    summary: "Flags a message that mentions nothing specific from the interview: no topic, project, challenge or person met.",
    why: "A detail from the conversation proves you listened and makes the note yours; a note \
          that would fit any interview reads as a template.",
    help: "Mention one thing from the conversation: a project, a challenge the team faces, \
           something the interviewer said, or someone you met.",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Warning).with(MessageKind::CallScript, Level::Allow),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(
                ThankYou,
                "Thank you for meeting with me today. I enjoyed learning more about the role and \
                 your team.",
            ),
            Example::new(
                FollowUp,
                "I wanted to follow up on my interview for the Analyst position. Speaking with you \
                 about the responsibilities of the role and the company's culture was great.",
            ),
        ],
        accepted: &[
            Example::new(
                ThankYou,
                "I enjoyed hearing how your team is rebuilding its route-planning dashboards.",
            ),
            Example::new(
                ThankYou,
                "Thanks for explaining the database integration project.",
            ),
            Example::new(
                ThankYou,
                "I really enjoyed our conversation about [specific topic discussed].",
            ),
            Example::new(
                FollowUp,
                "It has been a week since I talked with Andy about the role.",
            ),
        ],
        phrases: &[
            (
                TOPIC,
                &[
                    "discussing",
                    "discussed",
                    "discussion of",
                    "discussion about",
                    "discussion on",
                    "conversation about",
                    "conversation on",
                    "talking about",
                    "talked about",
                    "talk about",
                    "speaking about",
                    "spoke about",
                    "learning about",
                    "learned about",
                    "learning more about",
                    "learn more about",
                    "hearing about",
                    "heard about",
                    "hearing more about",
                    "learned that",
                    "learning that",
                    "hearing that",
                    "hearing how",
                    "learning how",
                    "explaining",
                    "explanation of",
                    "explanation about",
                    "you mentioned",
                    "you described",
                    "you shared",
                    "you explained",
                    "you outlined",
                    "you raised",
                    "your insight",
                    "your insights",
                    "insight into",
                    "insights into",
                    "insights about",
                    "walking me through",
                    "showing me",
                    "showed me",
                    "show me",
                    "walked me through",
                    "walk me through",
                    "tour of",
                    "reminded me of",
                    "we discussed",
                    "we talked about",
                    "we spoke about",
                    "particularly around",
                    "particularly about",
                    "particularly",
                    "especially",
                    "the idea of",
                    "plans for",
                    "biggest challenges",
                    "biggest challenge",
                    "challenges are",
                    "your approach to",
                    "you are working on",
                    "you're working on",
                    "team is working on",
                    "support the",
                    "supporting the",
                    "contribute to the",
                    "contributing to the",
                    "help with the",
                    "helping with the",
                    "work on the",
                    "assist with",
                    "your point about",
                    "your point on",
                    "your points about",
                    "your comment about",
                    "your comments about",
                    "your comments on",
                    "your thoughts on",
                    "your perspective on",
                    "your description of",
                    "your overview of",
                    "your vision for",
                    "your story about",
                    "your example of",
                    "your advice on",
                    "your question about",
                    "what you said about",
                    "to hear about",
                    "to hear that",
                    "to hear the",
                    "to hear how",
                    "to learn about",
                    "to learn that",
                    "to learn how",
                    "seeing the",
                    "to see the",
                    "the story about",
                    "the example of",
                ],
            ),
            (MET, &["with", "met", "meeting", "meet"]),
            (
                PROJECT,
                &[
                    "launch",
                    "migration",
                    "integration",
                    "redesign",
                    "rollout",
                    "roadmap",
                    "initiative",
                    "campaign",
                    "expansion",
                    "merger",
                    "acquisition",
                    "reorganization",
                    "reorganisation",
                    "restructuring",
                    "overhaul",
                    "rebrand",
                    "rebranding",
                    "pilot",
                    "prototype",
                    "case study",
                    "whiteboard exercise",
                    "take home assignment",
                    "presentation",
                    "demo",
                ],
            ),
            (GENERAL, GENERIC),
            (TOPIC_SLOT, SLOT_WORDS),
        ],
        evidence: Some(Evidence::new(Criterion::SpecificReference, evidence)),
        check,
    }),
};

/// Introduces something discussed: "our conversation about", "you mentioned".
const TOPIC: u8 = 0;
/// Introduces a person: "my interview with Andy".
const MET: u8 = 1;
/// A piece of work the team has under way: "the migration", "the product launch".
const PROJECT: u8 = 2;
/// A word naming the job, the company or the interview in general ([`GENERIC`]).
const GENERAL: u8 = 64;
/// A word a slot uses when it stands for a topic ([`SLOT_WORDS`]).
const TOPIC_SLOT: u8 = 65;

/// Words that name the job, the company or the interview in general, not a topic of it.
const GENERIC: &[&str] = &[
    "the",
    "a",
    "an",
    "your",
    "our",
    "my",
    "their",
    "its",
    "this",
    "that",
    "these",
    "those",
    "and",
    "or",
    "of",
    "in",
    "at",
    "with",
    "for",
    "to",
    "on",
    "about",
    "from",
    "by",
    "as",
    "more",
    "most",
    "some",
    "all",
    "any",
    "lot",
    "little",
    "bit",
    "what",
    "how",
    "who",
    "which",
    "it",
    "you",
    "me",
    "us",
    "we",
    "i",
    "i'm",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "will",
    "would",
    "can",
    "could",
    "role",
    "roles",
    "position",
    "positions",
    "job",
    "jobs",
    "company",
    "company's",
    "companies",
    "team",
    "team's",
    "teams",
    "opportunity",
    "opportunities",
    "work",
    "culture",
    "responsibilities",
    "organization",
    "organisation",
    "firm",
    "business",
    "interview",
    "interviews",
    "conversation",
    "discussion",
    "meeting",
    "everyone",
    "people",
    "staff",
    "department",
    "goals",
    "mission",
    "values",
    "vision",
    "expectations",
    "requirements",
    "duties",
    "day",
    "things",
    "thing",
    "possible",
    "career",
    "future",
    "process",
    "hiring",
    "next",
    "steps",
    "environment",
    "office",
    "group",
    "structure",
    "industry",
    "field",
    "skills",
    "experience",
    "experiences",
    "align",
    "aligns",
    "background",
    "interests",
    "exciting",
    "great",
    "interesting",
    "new",
    "current",
    "whole",
    "also",
    "very",
    "so",
    "much",
    "there",
    "here",
    "place",
    "products",
    "services",
    "it's",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "working",
    "doing",
    "offer",
    "offers",
    "possibility",
    "potential",
    "general",
    "particular",
    "particularly",
    "especially",
    "really",
    "truly",
    "learn",
    "learning",
    "hear",
    "hearing",
    "talk",
    "talking",
    "today",
    "yesterday",
    "week",
    "time",
    "again",
    "further",
    "other",
    "details",
    "information",
    "insight",
    "insights",
    "myself",
    "candidate",
    "candidates",
    "applicant",
    "application",
    "approach",
    "everything",
    "projects",
    "stuff",
    "aspects",
    "areas",
    "topics",
    "ideas",
    "discussing",
    "speaking",
    "chatting",
    "exploring",
    "understanding",
    "getting",
    "knowing",
    "seeing",
    "into",
    "onto",
    "over",
    "under",
    "through",
    "during",
    "before",
    "after",
    "up",
    "out",
    "off",
    "then",
    "once",
    "each",
    "few",
    "only",
    "same",
    "than",
    "too",
    "just",
    "now",
    "being",
    "having",
    "might",
    "must",
    "shall",
    "may",
    "even",
    "ever",
    "still",
    "yet",
    "when",
    "where",
    "why",
    "not",
    "nor",
    "no",
    "such",
    "own",
    "both",
    "way",
    "ways",
    "contribute",
    "contributing",
    "join",
    "joining",
    "excited",
    "interested",
    "possibly",
    "potentially",
    "helping",
    "help",
    "we're",
    "they",
    "them",
    "his",
    "him",
    "she",
    "her",
    "he",
    "one",
    "two",
    "first",
    "last",
    "fit",
    "match",
    "goal",
    "plan",
    "plans",
    "part",
];

/// Words a slot uses when it stands for something from the interview.
const SLOT_WORDS: &[&str] = &[
    "topic",
    "specific",
    "discussed",
    "project",
    "challenge",
    "thing",
    "aspect",
    "area",
    "point",
    "detail",
    "initiative",
    "insight",
];

fn concrete(cx: &RuleContext<'_, '_>, w: usize) -> bool {
    let doc = cx.doc();
    let word = doc.words()[w];
    if word.is_placeholder() {
        return slot_stands_for_topic(cx, w);
    }
    // Capitalised words are mostly the company's or the role's name.
    if word.is_capitalized() {
        return false;
    }
    let norm = doc.word_norm(w);
    // Contractions ("you're") are grammar, not topics.
    norm.len() > 2
        && !norm.contains('\'')
        && !cx.tag_at(GENERAL, w)
        && norm.chars().any(char::is_alphabetic)
}

fn slot_stands_for_topic(cx: &RuleContext<'_, '_>, w: usize) -> bool {
    let doc = cx.doc();
    let at = doc.words()[w].span;
    doc.placeholder_around(at)
        .is_some_and(|p| doc.words_in(p).any(|v| cx.tag_at(TOPIC_SLOT, v)))
}

/// True if word `w` starts a person's name that is not the reader's or the company's.
fn person(doc: &Document<'_>, w: usize, sentence: usize, reader: Option<&str>) -> bool {
    let Some(word) = doc.words().get(w) else {
        return false;
    };
    if !word.is_capitalized() || word.is_all_caps() || word.is_placeholder() {
        return false;
    }
    let norm = doc.word_norm(w);
    let next = doc.word_norm(w + 1);
    let name = if doc.word_is(w, cue::TITLE) {
        next
    } else {
        norm
    };
    if name.is_empty() || matches!(name, "i" | "you" | "the" | "your" | "our") {
        return false;
    }
    let company = doc.context().company.as_deref().unwrap_or("");
    !doc.word_is(w + 1, cue::ORG_SUFFIX)
        && !reader.is_some_and(|r| r.eq_ignore_ascii_case(name))
        && !company.to_lowercase().split_whitespace().any(|c| c == name)
        && doc.sentence_of(w) == Some(sentence)
}

/// The first body sentence that refers to something specific from the interview.
fn evidence(cx: &RuleContext<'_, '_>) -> Option<Span> {
    let doc = cx.doc();
    let topics = &cx.context().topics;
    if !topics.is_empty() {
        return topic_from_context(doc, topics);
    }
    let reader = doc
        .parts()
        .greeting
        .and_then(|g| g.name)
        .map(|n| {
            n.slice(doc.text())
                .trim_start_matches(|c: char| !c.is_alphanumeric())
        })
        .and_then(|n| n.split_whitespace().last());
    let found = cx.hits().iter().find(|h| {
        let s = &doc.sentences()[h.sentence()];
        if s.part != Part::Body {
            return false;
        }
        match h.tag() {
            TOPIC => {
                // What was discussed runs to the end of the clause: a comma or a new "I".
                let after: Vec<usize> = doc
                    .next_words(h.end_word(), 12)
                    .take_while(|&(w, n)| {
                        (w == h.end_word() || !doc.gap_before(w).contains([',', ';', ':']))
                            && !matches!(n, "i" | "i'm" | "i've" | "i'd")
                    })
                    .map(|(w, _)| w)
                    .collect();
                // "the hiring push you mentioned": a report of what was said can
                // follow its topic, within the same clause.
                let reported = matches!(doc.word_norm(h.first_word()), "you" | "we");
                let before = reported
                    && (h.first_word().saturating_sub(6).max(s.words().start)..h.first_word())
                        .rev()
                        .take_while(|&w| !doc.gap_before(w + 1).contains([',', ';', ':']))
                        .any(|w| concrete(cx, w));
                // "talking with you about …." leaves the topic as a slot to fill.
                (after.is_empty() && s.ending == Ending::Ellipsis)
                    || after.iter().any(|&w| concrete(cx, w))
                    || before
            }
            PROJECT => !matches!(doc.word_norm(h.first_word().wrapping_sub(1)), "my" | "our"),
            MET => person(doc, h.end_word(), h.sentence(), reader),
            _ => false,
        }
    });
    found
        .map(|h| doc.sentences()[h.sentence()].span)
        .or_else(|| {
            doc.body_sentences()
                .find(|(_, s)| {
                    s.words()
                        .any(|w| doc.words()[w].is_placeholder() && slot_stands_for_topic(cx, w))
                })
                .map(|(_, s)| s.span)
        })
}

/// The first body sentence mentioning one of the topics the writer listed.
fn topic_from_context(doc: &Document<'_>, topics: &[String]) -> Option<Span> {
    let wanted: Vec<String> = topics.iter().filter_map(|t| normalize_phrase(t)).collect();
    doc.body_sentences()
        .find(|(_, s)| {
            let norm = format!(" {} ", doc.norm_range(s.words()));
            wanted.iter().any(|t| norm.contains(&format!(" {t} ")))
        })
        .map(|(_, s)| s.span)
}

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let topics = &cx.context().topics;
    let (message, topic) = if topics.is_empty() {
        (
            "Nothing in the message refers to something specific from the interview.".to_owned(),
            "[a topic from the interview]".to_owned(),
        )
    } else {
        (
            format!(
                "None of the topics you discussed is mentioned: {}.",
                topics.join(", ")
            ),
            topics[0].clone(),
        )
    };
    out.push(missing_sentence(
        cx.doc(),
        message,
        "Mention something from the conversation",
        &format!("I especially enjoyed our discussion of {topic}."),
    ));
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::{FollowUp, ThankYou};
    use crate::testing::{assert_accepts, assert_flags};
    use crate::{Context, Draft, Linter};

    const RULE: &str = "missing-specific-reference";

    #[test]
    fn flags_the_role_and_company_alone() {
        for text in [
            "It was great to learn more about ACME Corp, and about the Associate Accountant role.",
            "I enjoyed learning more about the team and the exciting projects you're working on.",
            "Thank you for the interview. I look forward to hearing from you.",
        ] {
            assert_flags(RULE, ThankYou, text);
        }
    }

    #[test]
    fn ignores_a_topic_a_slot_or_a_person() {
        for text in [
            "From our conversation, I learned that your biggest challenges are hiring and churn.",
            "I especially appreciated talking with you about ….",
            "Thanks so much for arranging my interview with Andy today.",
            "I left even more excited about supporting the product launch next quarter, which you walked me through.",
        ] {
            assert_accepts(RULE, FollowUp, text);
        }
    }

    #[test]
    fn uses_the_topics_from_context() {
        let context = Context::new()
            .topic("route optimisation")
            .topic("driver retention");
        let linter = Linter::new();
        let fired = |text: &str| {
            linter
                .check(&Draft::new(text).kind(ThankYou).context(&context))
                .diagnostics
                .iter()
                .filter(|d| d.rule == RULE)
                .map(|d| d.message.clone())
                .collect::<Vec<_>>()
        };
        assert!(fired("I enjoyed our talk about Route Optimisation.").is_empty());
        let messages = fired("I enjoyed our talk about the quarterly budget.");
        assert_eq!(messages.len(), 1);
        assert!(
            messages[0].contains("route optimisation, driver retention"),
            "{messages:?}"
        );
    }
}
