//! `agreement`: a verb or a determiner that does not agree in number with its noun, where
//! the mismatch is plain in both American and British usage.
//!
//! - a pronoun and its verb: "I has", "he have", "she don't", "it seem", "we was", "I
//!   thinks" — not after a verb that takes a bare infinitive ("let it go", "made it
//!   work") nor in a question ("does he work");
//! - "this"/"these" and their noun: "this skills", "these approach";
//! - "there is" before a plural count: "there is many", "there was several";
//! - a plural noun and "is"/"was"/"has" right after it ("the references is"), or a
//!   singular one and "have"/"are"/"were" ("the building have") — unless the noun sits in
//!   a phrase after a preposition ("one of the references is", "the people in the
//!   building have"). Collective nouns ("the team are") are left alone.

use crate::diagnostic::{Applicability, Category, Edit, Finding, Level, Levels, Span, Suggestion};
use crate::draft::MessageKind::{FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{Example, Gate, Rule, RuleContext, RuleKind, TextRule};
use crate::text::flag;

pub(crate) const RULE: Rule = Rule {
    id: "agreement",
    category: Category::Proofreading,
    summary: "Flags a verb or determiner that does not agree in number: \"I has\", \"he have\", \"we was\", \"this skills\", \"there is many\".",
    why: "Agreement slips read as carelessness or shaky English, whichever the reader assumes.",
    help: "Match the verb or determiner to its subject or noun: \"I have\", \"he has\", \"these skills\", \"there are many\".",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Error),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(ThankYou, "I has enjoyed every part of the process."),
            Example::new(FollowUp, "I think this skills would help the team."),
            Example::new(FollowUp, "There is many reasons I want the role."),
        ],
        accepted: &[
            Example::new(
                ThankYou,
                "I have enjoyed it; he has too, and the team are lovely.",
            ),
            Example::new(
                FollowUp,
                "One of the references is attached, and these skills matter.",
            ),
        ],
        phrases: &[
            (PLURAL, PLURAL_NOUNS),
            (SINGULAR, SINGULAR_NOUNS),
            (
                BARE_INFINITIVE,
                &[
                    "let", "lets", "make", "makes", "made", "help", "helps", "helped", "see",
                    "saw", "watch", "watched", "hear", "heard", "have", "had", "has", "did",
                    "does", "do", "will", "would", "can", "could", "should", "may", "might",
                    "must", "shall", "to", "why", "how",
                ],
            ),
            (
                PREPOSITION,
                &[
                    "of", "in", "on", "at", "for", "with", "from", "by", "about", "among",
                    "between", "into", "near", "behind", "under", "over", "through", "across",
                    "around", "like", "than",
                ],
            ),
            (
                COUNT,
                &[
                    "many", "several", "few", "two", "three", "four", "five", "six", "seven",
                    "eight", "nine", "ten", "plenty", "numerous", "various",
                ],
            ),
        ],
        evidence: None,
        check,
    }),
};

/// A plural noun that takes a plural verb ([`PLURAL_NOUNS`]).
const PLURAL: u8 = 64;
/// A singular count noun that takes a singular verb ([`SINGULAR_NOUNS`]).
const SINGULAR: u8 = 65;
/// A word after which a pronoun takes a bare infinitive or is inverted ("let it go",
/// "does he work").
const BARE_INFINITIVE: u8 = 66;
/// A preposition, which puts the next noun phrase out of the subject's place.
const PREPOSITION: u8 = 67;
/// A word that counts a plural: "many", "several", "two".
const COUNT: u8 = 68;

const PLURAL_NOUNS: &[&str] = &[
    "skills",
    "projects",
    "tasks",
    "questions",
    "roles",
    "positions",
    "ideas",
    "things",
    "points",
    "areas",
    "responsibilities",
    "challenges",
    "opportunities",
    "results",
    "changes",
    "issues",
    "steps",
    "tools",
    "systems",
    "reports",
    "documents",
    "details",
    "references",
    "candidates",
    "recruiters",
    "conversations",
    "colleagues",
    "managers",
    "interviews",
    "meetings",
    "emails",
    "messages",
    "applications",
    "employees",
    "customers",
    "clients",
    "members",
    "engineers",
    "people",
    "interviewers",
    "options",
    "plans",
    "goals",
    "values",
    "requirements",
    "duties",
    "courses",
    "offices",
    "rounds",
];

const SINGULAR_NOUNS: &[&str] = &[
    "approach",
    "skill",
    "role",
    "position",
    "project",
    "task",
    "question",
    "idea",
    "thing",
    "point",
    "area",
    "challenge",
    "opportunity",
    "result",
    "change",
    "issue",
    "step",
    "tool",
    "system",
    "report",
    "document",
    "detail",
    "building",
    "office",
    "process",
    "interview",
    "manager",
    "candidate",
    "person",
    "offer",
    "plan",
    "schedule",
    "contract",
    "job",
    "kind",
    "type",
    "sort",
];

/// The verb a pronoun takes, for a verb it does not: `(pronoun group, wrong, right)`.
/// Groups: 1 "I", 3 "he/she/it", 0 "we/you/they".
const PRONOUN_VERBS: &[(u8, &str, &str)] = &[
    (1, "has", "have"),
    (1, "is", "am"),
    (1, "does", "do"),
    (1, "doesn't", "don't"),
    (1, "are", "am"),
    (3, "have", "has"),
    (3, "do", "does"),
    (3, "don't", "doesn't"),
    (3, "are", "is"),
    (3, "were", "was"),
    (0, "was", "were"),
    (0, "has", "have"),
    (0, "is", "are"),
    (0, "does", "do"),
    (0, "doesn't", "don't"),
    (0, "wasn't", "weren't"),
    (0, "hasn't", "haven't"),
    (0, "isn't", "aren't"),
];

/// Verbs in the third person singular and their base form, for "I thinks" and "it seem".
const THIRD_PERSON: &[(&str, &str)] = &[
    ("thinks", "think"),
    ("wants", "want"),
    ("needs", "need"),
    ("likes", "like"),
    ("knows", "know"),
    ("hopes", "hope"),
    ("works", "work"),
    ("looks", "look"),
    ("feels", "feel"),
    ("believes", "believe"),
    ("says", "say"),
    ("makes", "make"),
    ("takes", "take"),
    ("gets", "get"),
    ("goes", "go"),
    ("seems", "seem"),
    ("sounds", "sound"),
    ("means", "mean"),
    ("helps", "help"),
    ("loves", "love"),
    ("enjoys", "enjoy"),
    ("plans", "plan"),
    ("leads", "lead"),
    ("manages", "manage"),
    ("wishes", "wish"),
    ("agrees", "agree"),
];

fn pronoun_group(norm: &str) -> Option<u8> {
    match norm {
        "i" => Some(1),
        "he" | "she" | "it" => Some(3),
        "we" | "you" | "they" => Some(0),
        _ => None,
    }
}

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    for sentence in doc.sentences() {
        let range = sentence.words();
        for w in range.clone() {
            let word = &doc.words()[w];
            if word.is_placeholder() || word.is_url() || word.has(flag::QUOTATION) {
                continue;
            }
            let norm = doc.word_norm(w);
            let next_i = w + 1;
            if next_i >= range.end || doc.gap_before(next_i).trim() != "" {
                continue;
            }
            let next = doc.word_norm(next_i);
            let prev_is = |tag: u8| w > range.start && cx.tag_at(tag, w - 1);
            // "it" and "you" are objects as often as subjects ("others absorb it were
            // thoughtful"): only at the start of a clause are they the verb's subject.
            let clause_start = || {
                w == range.start
                    || doc.gap_before(w).contains([',', ';', ':', '(', '-'])
                    || matches!(
                        doc.word_norm(w - 1),
                        "and"
                            | "but"
                            | "so"
                            | "because"
                            | "that"
                            | "if"
                            | "when"
                            | "while"
                            | "as"
                            | "since"
                            | "although"
                            | "though"
                            | "or"
                            | "until"
                            | "unless"
                    )
            };
            let object_form = matches!(norm, "it" | "you") && !clause_start();
            let fix: Option<String> =
                if let Some(group) = pronoun_group(norm).filter(|_| !object_form) {
                    // "let it go", "does he work", "why do they": no agreement to check.
                    if prev_is(BARE_INFINITIVE) {
                        None
                    } else if let Some(&(_, _, right)) = PRONOUN_VERBS
                        .iter()
                        .find(|(g, wrong, _)| *g == group && *wrong == next)
                    {
                        Some(right.to_owned())
                    } else if group != 3 {
                        // "I thinks", "they needs".
                        THIRD_PERSON
                            .iter()
                            .find(|(s, _)| *s == next)
                            .map(|(_, base)| (*base).to_owned())
                    } else {
                        // "it seem", "he work": a base form where the -s form belongs.
                        THIRD_PERSON
                            .iter()
                            .find(|(_, base)| *base == next)
                            .filter(|_| !doc.words()[w].is_capitalized() || w == range.start)
                            .filter(|_| {
                                // "he work" after "and" or "I" ("he and I work") is a pair.
                                !(w > range.start && matches!(doc.word_norm(w - 1), "and" | "or"))
                            })
                            .map(|(s, _)| (*s).to_owned())
                    }
                } else if norm == "this" && cx.tag_at(PLURAL, next_i) {
                    Some("these".to_owned())
                } else if (norm == "these" || norm == "those") && cx.tag_at(SINGULAR, next_i) {
                    // "these kind of" is common but still a slip; "those kind" likewise.
                    Some(if norm == "these" { "this" } else { "that" }.to_owned())
                } else if (norm == "there's" || norm == "there") && !prev_is(BARE_INFINITIVE) {
                    // "there is many", "there's several": the count after the verb.
                    let count = if norm == "there's" {
                        next_i
                    } else {
                        next_i + 1
                    };
                    let counted = count < range.end
                        && cx.tag_at(COUNT, count)
                        && doc.word_norm(count + 1) != "of";
                    match (norm, next) {
                        ("there's", _) if counted => Some("there are".to_owned()),
                        ("there", "is") if counted => Some("are".to_owned()),
                        ("there", "was") if counted => Some("were".to_owned()),
                        _ => None,
                    }
                } else if cx.tag_at(PLURAL, w)
                    && matches!(next, "is" | "was" | "has" | "isn't" | "wasn't" | "hasn't")
                    && !in_phrase(cx, w, range.start)
                {
                    Some(
                        match next {
                            "is" => "are",
                            "was" => "were",
                            "has" => "have",
                            "isn't" => "aren't",
                            "wasn't" => "weren't",
                            _ => "haven't",
                        }
                        .to_owned(),
                    )
                } else if cx.tag_at(SINGULAR, w)
                    && matches!(
                        next,
                        "have" | "are" | "were" | "don't" | "haven't" | "aren't"
                    )
                    && !in_phrase(cx, w, range.start)
                {
                    Some(
                        match next {
                            "have" => "has",
                            "are" => "is",
                            "were" => "was",
                            "don't" => "doesn't",
                            "haven't" => "hasn't",
                            _ => "isn't",
                        }
                        .to_owned(),
                    )
                } else {
                    None
                };
            let Some(right) = fix else {
                continue;
            };
            // Which word changes: the determiner for "this skills", "there's" as a whole,
            // otherwise the verb.
            let target = if matches!(norm, "this" | "these" | "those" | "there's") {
                w
            } else {
                next_i
            };
            let span: Span = doc.words()[target].span;
            let written = doc.word_text(target);
            let right = if written.starts_with(|c: char| c.is_uppercase()) {
                let mut c = right.chars();
                c.next()
                    .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                    .unwrap_or_default()
            } else {
                right
            };
            let pair = format!("{} {}", doc.word_text(w), doc.word_text(next_i));
            out.push(
                Finding::new(
                    span,
                    format!("\"{pair}\" does not agree; write \"{right}\"."),
                )
                .suggest(Suggestion::new(
                    format!("Write \"{right}\""),
                    Edit::new(span, right.clone()),
                    Applicability::NeedsReview,
                )),
            );
        }
    }
}

/// True if the noun at `w` is in a phrase after a preposition ("one of the references",
/// "the people in the building"), so it is not the verb's subject.
fn in_phrase(cx: &RuleContext<'_, '_>, w: usize, start: usize) -> bool {
    (w.saturating_sub(3).max(start)..w).any(|v| cx.tag_at(PREPOSITION, v))
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::FollowUp;
    use crate::testing::{assert_accepts, assert_flags};

    const RULE: &str = "agreement";

    #[test]
    fn flags_plain_mismatches() {
        for text in [
            "I has attached my references.",
            "She have agreed to act as a referee.",
            "He don't mind the early start.",
            "It seem like a great team.",
            "We was all impressed by the lab.",
            "I thinks the role suits me.",
            "These approach works well for small teams.",
            "There is many reasons I want the role.",
            "The references is attached.",
            "The building have a lovely garden.",
        ] {
            assert_flags(RULE, FollowUp, text);
        }
    }

    #[test]
    fn leaves_agreement_alone() {
        for text in [
            "I have attached my references; she has agreed to help.",
            "Let it go, and help it grow; did he work there?",
            "One of the references is attached.",
            "The people in the building have been kind.",
            "The team are lovely, and the team is growing.",
            "There are many reasons, and there is one more.",
            "These skills and this approach matter.",
            "He and I work well together.",
            "Why some reactions absorb it were the questions I liked.",
        ] {
            assert_accepts(RULE, FollowUp, text);
        }
    }
}
