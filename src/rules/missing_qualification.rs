//! `missing-qualification`: no concrete skill or experience of the writer.

use crate::diagnostic::{Category, Level, Levels, Span};
use crate::draft::MessageKind;
use crate::draft::MessageKind::{FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{
    Criterion, Evidence, Example, Gate, Rule, RuleContext, RuleKind, TextRule, missing_sentence,
};
use crate::text::Part;
use crate::text::lexicon::{cue, scope};

pub(crate) const RULE: Rule = Rule {
    id: "missing-qualification",
    category: Category::Content,
    summary: "Flags a message that names no concrete skill or experience of the writer.",
    why: "Reminding the reader of one or two qualifications that fit the role is how a note \
          strengthens your case; \"I would be a great fit\" asks them to take your word for it.",
    help: "Name one concrete skill or result that fits the role: \"My three years running \
           payroll in SAP would help with the migration you described.\"",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Warning).with(MessageKind::CallScript, Level::Allow),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(
                ThankYou,
                "Thank you for your time today. I am confident that I would be a great fit and an \
                 asset to your team.",
            ),
            Example::new(
                FollowUp,
                "I enjoyed discussing how my skills and experience align with the goals of your team.",
            ),
        ],
        accepted: &[
            Example::new(
                ThankYou,
                "My social media experience could support the product launch.",
            ),
            Example::new(
                ThankYou,
                "I will bring strong writing skills and a habit of meeting deadlines.",
            ),
            Example::new(
                FollowUp,
                "At Harbor Logistics I built SQL reports that cut planning time by a third.",
            ),
            Example::new(
                FollowUp,
                "I have been in the field of editing for the last three years.",
            ),
            Example::new(
                ThankYou,
                "I believe my experience with [relevant skill] would help your team.",
            ),
        ],
        phrases: &[
            (
                EXPERIENCE,
                &[
                    "experience",
                    "experiences",
                    "expertise",
                    "skills",
                    "skill",
                    "skill set",
                    "skill sets",
                    "skillset",
                    "skillsets",
                    "background",
                    "knowledge",
                    "proficiency",
                    "track record",
                    "certification",
                    "certifications",
                    "degree",
                    "qualifications",
                ],
            ),
            (
                OWNER,
                &[
                    "my",
                    "i have",
                    "i've",
                    "i bring",
                    "i'll bring",
                    "i will bring",
                    "i would bring",
                    "i'd bring",
                    "i can bring",
                    "bring to the table",
                    "i gained",
                    "i've gained",
                    "i have gained",
                    "i possess",
                    "i hold",
                    "i have had",
                ],
            ),
            (
                ACHIEVEMENT,
                &[
                    "i built",
                    "i have built",
                    "i've built",
                    "i led",
                    "i have led",
                    "i've led",
                    "i managed",
                    "i have managed",
                    "i've managed",
                    "i developed",
                    "i have developed",
                    "i've developed",
                    "i designed",
                    "i have designed",
                    "i created",
                    "i have created",
                    "i launched",
                    "i have launched",
                    "i ran",
                    "i've run",
                    "i have run",
                    "i handled",
                    "i have handled",
                    "i've handled",
                    "i increased",
                    "i reduced",
                    "i cut",
                    "i grew",
                    "i implemented",
                    "i have implemented",
                    "i wrote",
                    "i have written",
                    "i taught",
                    "i have taught",
                    "i trained",
                    "i organized",
                    "i organised",
                    "i coordinated",
                    "i delivered",
                    "i automated",
                    "i founded",
                    "i co founded",
                    "i oversaw",
                    "i supervised",
                    "i negotiated",
                    "i improved",
                    "i redesigned",
                    "i mentored",
                    "i produced",
                    "i edited",
                    "i published",
                    "i earned",
                    "i established",
                    "i introduced",
                    "i migrated",
                    "i shipped",
                    "i analyzed",
                    "i analysed",
                    "i worked as",
                    "i have worked",
                    "i've worked",
                    "i worked on",
                    "i worked with",
                    "i worked in",
                    "i worked at",
                    "i have been in the field",
                    "i have been working",
                    "i've been working",
                    "i spent",
                    "i have spent",
                    "i've spent",
                    "i am certified",
                    "i'm certified",
                    "i am proficient",
                    "i'm proficient",
                    "i'm fluent",
                    "i am fluent",
                    "i have good knowledge",
                    "i have a strong background",
                    "in my current role",
                    "in my previous role",
                    "in my last role",
                    "in my role as",
                    "during my time at",
                    "at my current",
                    "at my previous",
                    "at my last",
                    "years of experience",
                    "years of",
                    "years in",
                    "years as",
                    "years running",
                    "years managing",
                    "years leading",
                    "years building",
                    "as a former",
                    "as a certified",
                    "my time at",
                    "my work at",
                    "my years at",
                    "while working at",
                    "when i worked at",
                    "when i was at",
                ],
            ),
            (GENERAL, GENERIC),
            (WORK, WORK_VERBS),
            (NUMBER, NUMBER_WORDS),
            (BETWEEN_WORD, BETWEEN),
            (SKILL_SLOT, SKILL_SLOT_WORDS),
            (WORK_NOW, WORK_NOW_VERBS),
            (ON_THE_JOB, ON_THE_JOB_WORDS),
            (MONTH, MONTHS),
        ],
        evidence: Some(Evidence::new(Criterion::Qualification, evidence)),
        check,
    }),
};

/// A noun for what the writer brings: "experience", "skills", "background".
const EXPERIENCE: u8 = 0;
/// Marks the writer as its owner: "my", "I have", "I bring".
const OWNER: u8 = 1;
/// A first-person achievement or a span of experience: "I built", "five years of".
const ACHIEVEMENT: u8 = 2;
/// A word too general to make a claim concrete ([`GENERIC`]).
const GENERAL: u8 = 64;
/// A résumé verb in the past tense ([`WORK_VERBS`]).
const WORK: u8 = 65;
/// A number written as a word ([`NUMBER_WORDS`]).
const NUMBER: u8 = 66;
/// An adverb or auxiliary between "I" and the verb ([`BETWEEN`]).
const BETWEEN_WORD: u8 = 67;
/// A word a slot uses when it stands for a skill ([`SKILL_SLOT_WORDS`]).
const SKILL_SLOT: u8 = 68;
/// A résumé verb in the present tense ([`WORK_NOW_VERBS`]).
const WORK_NOW: u8 = 69;
/// A word that ties a statement to the writer's job: "currently", "daily", "per".
const ON_THE_JOB: u8 = 70;
/// A month, whose numbers are dates rather than amounts ([`MONTHS`]).
const MONTH: u8 = 71;

/// Words a slot uses when it stands for a skill: "[relevant skill]".
const SKILL_SLOT_WORDS: &[&str] = &[
    "skill",
    "skills",
    "experience",
    "experiences",
    "qualification",
    "qualifications",
    "achievement",
    "achievements",
    "accomplishment",
    "accomplishments",
    "expertise",
    "strength",
    "strengths",
];

/// Words that do not make a claim of experience concrete ("my skills and experience").
const GENERIC: &[&str] = &[
    "my",
    "extensive",
    "strong",
    "relevant",
    "solid",
    "broad",
    "previous",
    "past",
    "prior",
    "professional",
    "own",
    "unique",
    "diverse",
    "varied",
    "wide",
    "deep",
    "proven",
    "of",
    "and",
    "or",
    "skills",
    "skill",
    "experience",
    "experiences",
    "background",
    "set",
    "sets",
    "the",
    "this",
    "your",
    "these",
    "those",
    "overall",
    "general",
    "technical",
    "specific",
    "particular",
    "many",
    "several",
    "various",
    "great",
    "good",
    "excellent",
    "valuable",
    "transferable",
    "transferrable",
    "applicable",
    "right",
    "necessary",
    "required",
    "current",
    "range",
    "combination",
    "mix",
    "level",
    "a",
    "an",
    "that",
    "which",
    "i",
    "bring",
    "have",
    "has",
    "had",
    "will",
    "would",
    "can",
    "could",
    "to",
    "table",
    "position",
    "role",
    "job",
    "team",
    "company",
    "organization",
    "organisation",
    "with",
    "in",
    "at",
    "for",
    "on",
    "as",
    "from",
    "by",
    "about",
    "how",
    "align",
    "aligns",
    "match",
    "fit",
    "make",
    "makes",
    "me",
    "us",
    "you",
    "very",
    "well",
    "more",
    "most",
    "also",
    "both",
    "all",
    "any",
    "some",
    "such",
    "what",
    "think",
    "believe",
    "feel",
    "am",
    "is",
    "are",
    "be",
    "been",
    "being",
    "who",
    "it",
    "its",
    "into",
    "field",
    "industry",
    "work",
    "working",
    "knowledge",
    "expertise",
    "qualifications",
    "help",
    "helps",
    "contribute",
    "needs",
    "goals",
    "requirements",
    "success",
    "our",
    "we",
    "so",
    "just",
    "really",
    "confident",
    "sure",
    "certain",
    "asset",
    "i'm",
    "i've",
    "i'd",
    "i'll",
    "myself",
    "life",
    "career",
    "interests",
    "career's",
];

/// True if `w` is a content word that makes a claim concrete.
fn concrete(cx: &RuleContext<'_, '_>, w: usize) -> bool {
    let doc = cx.doc();
    let word = doc.words()[w];
    if word.is_placeholder() {
        return true;
    }
    !cx.tag_at(GENERAL, w) && doc.word_norm(w).chars().any(char::is_alphanumeric)
}

/// True if a template slot in sentence `s` stands for a skill ("[relevant skill]").
fn skill_slot(cx: &RuleContext<'_, '_>, s: usize) -> bool {
    let doc = cx.doc();
    let span = doc.sentences()[s].span;
    doc.placeholders_in(span)
        .iter()
        .any(|&p| doc.words_in(p).any(|w| cx.tag_at(SKILL_SLOT, w)))
}

/// The first sentence naming a concrete skill or experience of the writer.
fn evidence(cx: &RuleContext<'_, '_>) -> Option<Span> {
    let doc = cx.doc();
    let body = |s: usize| doc.sentences()[s].part == Part::Body;
    let found = cx.hits().iter().find(|h| {
        let s = h.sentence();
        if !body(s)
            || doc.is_negated(h.first_word(), scope::VERB_GROUP)
            || doc.in_quotation(h.first_word())
        {
            return false;
        }
        match h.tag() {
            ACHIEVEMENT => !doc.is_question(s),
            EXPERIENCE => {
                // An owner ending at most five words before the noun (owners are at most
                // four words long, so they start within nine).
                let owned = cx
                    .hits_starting_in(h.first_word().saturating_sub(9)..h.first_word())
                    .iter()
                    .find(|o| {
                        o.tag() == OWNER
                            && o.sentence() == s
                            && o.end_word() <= h.first_word()
                            && h.first_word() - o.end_word() <= 5
                    });
                let Some(owner) = owned else {
                    return skill_slot(cx, s);
                };
                // Something concrete between the owner and the noun ("my social media
                // experience"), or right after it ("experience with Kubernetes").
                let between = (owner.end_word()..h.first_word()).any(|w| concrete(cx, w));
                // "experience with Kubernetes", "experience cleaning survey data".
                let next = doc.word_norm(h.end_word());
                let linked = matches!(
                    next,
                    "in" | "with" | "of" | "as" | "at" | "using" | "across" | "on"
                ) || (next.len() > 4
                    && next.ends_with("ing")
                    && !cx.tag_at(GENERAL, h.end_word()));
                let after = linked
                    && doc
                        .next_words(h.end_word() + 1, 3)
                        .any(|(w, _)| concrete(cx, w));
                let years = doc
                    .previous_words(h.first_word(), 4)
                    .any(|(w, _)| doc.words()[w].has_digit())
                    || doc
                        .previous_words(h.first_word(), 4)
                        .any(|(w, _)| cx.tag_at(NUMBER, w));
                between || after || years || skill_slot(cx, s)
            }
            _ => false,
        }
    });
    found
        .map(|h| doc.sentences()[h.sentence()].span)
        .or_else(|| {
            doc.body_sentences()
                .find(|&(i, _)| skill_slot(cx, i) || did_something(cx, i) || on_the_job(cx, i))
                .map(|(_, s)| s.span)
        })
}

/// Past tenses of the action verbs a résumé is written in: work the writer did.
const WORK_VERBS: &[&str] = &[
    "managed",
    "developed",
    "designed",
    "created",
    "launched",
    "implemented",
    "increased",
    "reduced",
    "improved",
    "automated",
    "migrated",
    "delivered",
    "coordinated",
    "organized",
    "organised",
    "analyzed",
    "analysed",
    "optimized",
    "optimised",
    "streamlined",
    "negotiated",
    "trained",
    "mentored",
    "supervised",
    "produced",
    "edited",
    "published",
    "established",
    "introduced",
    "redesigned",
    "engineered",
    "programmed",
    "coded",
    "tested",
    "deployed",
    "maintained",
    "administered",
    "supported",
    "resolved",
    "handled",
    "processed",
    "audited",
    "reconciled",
    "forecasted",
    "forecast",
    "modeled",
    "modelled",
    "researched",
    "conducted",
    "presented",
    "wrote",
    "authored",
    "planned",
    "scheduled",
    "budgeted",
    "raised",
    "recruited",
    "hired",
    "onboarded",
    "generated",
    "secured",
    "closed",
    "expanded",
    "scaled",
    "founded",
    "spearheaded",
    "pioneered",
    "championed",
    "transformed",
    "restructured",
    "consolidated",
    "integrated",
    "standardized",
    "standardised",
    "documented",
    "facilitated",
    "oversaw",
    "directed",
    "headed",
    "owned",
    "drove",
    "shipped",
    "refactored",
    "architected",
    "overhauled",
    "revamped",
    "modernized",
    "modernised",
    "digitized",
    "boosted",
    "doubled",
    "tripled",
    "halved",
    "saved",
    "earned",
    "won",
    "achieved",
    "exceeded",
    "surpassed",
    "completed",
    "graduated",
    "volunteered",
    "taught",
    "tutored",
    "counseled",
    "counselled",
    "treated",
    "installed",
    "repaired",
    "serviced",
    "assembled",
    "operated",
    "drafted",
    "translated",
    "curated",
    "illustrated",
    "photographed",
    "filmed",
    "composed",
    "performed",
    "coached",
    "led",
    "ran",
    "built",
    "rebuilt",
    "grew",
    "cut",
    "sold",
    "worked",
    "served",
    "rewrote",
    "prepared",
    "compiled",
    "evaluated",
    "assessed",
    "monitored",
    "piloted",
    "rolled",
    "set",
    "turned",
    "brought",
    "helped",
    "ensured",
    "oversee",
    "partnered",
    "collaborated",
    "contributed",
    "cleaned",
    "validated",
];

/// Adverbs and auxiliaries that may stand between "I" and the verb.
const BETWEEN: &[&str] = &[
    "have",
    "had",
    "recently",
    "also",
    "successfully",
    "previously",
    "personally",
    "once",
    "then",
    "since",
    "already",
    "single",
    "handedly",
];

/// True if sentence `s` says the writer did a piece of work: "I rebuilt a forecast in
/// SQL", "I have since migrated our reporting to dbt".
fn did_something(cx: &RuleContext<'_, '_>, s: usize) -> bool {
    let doc = cx.doc();
    if doc.is_question(s) {
        return false;
    }
    let sentence = &doc.sentences()[s];
    sentence.words().any(|w| {
        if doc.word_norm(w) != "i" || doc.is_negated(w + 1, scope::ADJACENT) {
            return false;
        }
        let mut v = w + 1;
        while v < sentence.words().end && cx.tag_at(BETWEEN_WORD, v) {
            v += 1;
        }
        if v >= sentence.words().end {
            return false;
        }
        let work = cx.tag_at(WORK, v);
        // The work has an object worth naming: "a forecast in SQL".
        work && doc.next_words(v + 1, 8).any(|(x, _)| concrete(cx, x))
    })
}

/// Résumé verbs in the present tense, which say what the writer does in a job: "I
/// coordinate", "I maintain". Alone they are too common to prove a qualification ("I
/// plan to call"); [`on_the_job`] asks for the job as well.
const WORK_NOW_VERBS: &[&str] = &[
    "coordinate",
    "plan",
    "maintain",
    "lead",
    "manage",
    "run",
    "teach",
    "supervise",
    "handle",
    "oversee",
    "build",
    "design",
    "develop",
    "train",
    "mentor",
    "process",
    "analyse",
    "analyze",
    "schedule",
    "operate",
    "administer",
    "edit",
    "test",
    "deploy",
    "work",
    "serve",
    "treat",
    "install",
    "repair",
    "tutor",
    "coach",
    "organise",
    "organize",
    "audit",
    "reconcile",
    "forecast",
    "model",
    "research",
    "recruit",
    "hire",
    "sell",
    "negotiate",
    "draft",
    "translate",
    "monitor",
    "assess",
    "evaluate",
    "care",
    "own",
    "write",
    "support",
    "prepare",
    "open",
    "close",
    "cook",
    "drive",
    "nurse",
    "program",
    "code",
    "report",
];

/// Words that place a statement in the writer's job: "currently", "daily", "a team of".
const ON_THE_JOB_WORDS: &[&str] = &[
    "current",
    "currently",
    "present",
    "presently",
    "previous",
    "former",
    "daily",
    "weekly",
    "monthly",
    "each",
    "every",
    "per",
    "routinely",
    "regularly",
    "percent",
    "million",
    "thousand",
    "hundred",
    "dozen",
];

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// True if word `w` is an amount ("120 shipments", "nine agents", "two years") rather
/// than a date or a clock time ("the 7th", "September 25", "5 a.m.").
fn amount(cx: &RuleContext<'_, '_>, w: usize) -> bool {
    let doc = cx.doc();
    let norm = doc.word_norm(w);
    let numeric = doc.words()[w].has_digit() || doc.word_is(w, cue::NUMBER);
    if !numeric || matches!(norm, "one" | "few" | "couple") {
        return false;
    }
    let ordinal = ["st", "nd", "rd", "th"]
        .iter()
        .any(|x| norm.ends_with(x) && norm.starts_with(|c: char| c.is_ascii_digit()));
    let dated = cx.tag_at(MONTH, w.wrapping_sub(1)) || cx.tag_at(MONTH, w + 1);
    let next = doc.word_norm(w + 1);
    let clock = doc.word_is(w + 1, cue::TIME_POINT)
        || matches!(next, "a" | "p" | "o'clock")
        || next.starts_with("a.m")
        || next.starts_with("p.m")
        || doc.word_text(w).contains(':');
    !(ordinal || dated || clock)
}

/// True if sentence `s` says what the writer does or has been in a job, tied to the job
/// by an amount or a word like "currently": "In my current position I coordinate the
/// rollout across eleven practices", "I plan around 120 shipments each week", "I've been
/// a shift supervisor for two years".
fn on_the_job(cx: &RuleContext<'_, '_>, s: usize) -> bool {
    let doc = cx.doc();
    if doc.is_question(s) {
        return false;
    }
    let words = doc.sentences()[s].words();
    let anchored = words
        .clone()
        .any(|w| cx.tag_at(ON_THE_JOB, w) || amount(cx, w));
    if !anchored {
        return false;
    }
    words.clone().any(|w| {
        if !doc.is_pronoun_i(w) || doc.is_negated(w + 1, scope::ADJACENT) {
            return false;
        }
        let mut v = w + 1;
        while v < words.end
            && (cx.tag_at(BETWEEN_WORD, v) || matches!(doc.word_norm(v), "currently" | "now"))
        {
            v += 1;
        }
        if v >= words.end || doc.is_conditional(w) {
            return false;
        }
        // "I coordinate the rollout", "I maintain fraud models".
        // Not "I plan to call": an intention, not a job.
        let works = (cx.tag_at(WORK_NOW, v) || cx.tag_at(WORK, v))
            && doc.word_norm(v + 1) != "to"
            && doc.next_words(v + 1, 8).any(|(x, _)| concrete(cx, x));
        // "I've been a shift supervisor", "I am a certified nurse".
        let is_a = matches!(doc.word_norm(v), "been" | "am" | "'m" | "was" | "served")
            && matches!(doc.word_norm(v + 1), "a" | "an" | "as");
        works || is_a
    })
}

const NUMBER_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "fifteen", "twenty", "several", "many",
];

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let skill = cx
        .context()
        .skills
        .first()
        .map_or("[a skill that fits the role]", String::as_str);
    out.push(missing_sentence(
        cx.doc(),
        "The message names no concrete skill or experience of yours.",
        "Add one qualification that fits the role",
        &format!("My experience with {skill} would let me contribute from the start."),
    ));
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::ThankYou;
    use crate::testing::{assert_accepts, assert_flags};

    const RULE: &str = "missing-qualification";

    #[test]
    fn flags_generic_claims() {
        for text in [
            "I feel strongly that my background would be a great fit for this role.",
            "I am confident I can make valuable contributions to your organization.",
            "I'm perfect for that job.",
            "My skills and experiences align with the goals of your team.",
        ] {
            assert_flags(RULE, ThankYou, text);
        }
    }

    #[test]
    fn ignores_concrete_experience() {
        for text in [
            "I have handled the editing responsibilities of two magazines.",
            "My PostgreSQL database administration skills would be a valuable addition.",
            "How my extensive marketing experience can help your company.",
            "I have five years of experience in payroll.",
            "My three years running payroll in SAP would help with the migration.",
        ] {
            assert_accepts(RULE, ThankYou, text);
        }
    }

    #[test]
    fn counts_what_the_writer_does_in_a_job() {
        for text in [
            "In my current role I maintain the billing system for about 4,000 customers.",
            "I currently lead a team of nine support agents.",
            "ive been a line cook at a busy bistro for three years",
            "I schedule 60 home visits each week for our nurses.",
        ] {
            assert_accepts(RULE, ThankYou, text);
        }
        for text in [
            // A date and a clock time are not amounts of work.
            "I plan to call your office on March 3 at 10 a.m.",
            "I enjoyed our conversation on the 7th about the warehouse.",
            "I am a big fan of your products.",
        ] {
            assert_flags(RULE, ThankYou, text);
        }
    }
}
