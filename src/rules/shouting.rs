//! `shouting`: words in capitals that are not acronyms.

use crate::diagnostic::{Category, Finding, Level, Levels, Span};
use crate::draft::MessageKind::{FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{ContextField, Example, Gate, Rule, RuleContext, RuleKind, TextRule};
use crate::text::Part;
use crate::text::lexicon::cue;

pub(crate) const RULE: Rule = Rule {
    id: "shouting",
    category: Category::Proofreading,
    summary: "Flags words written in capitals that are not acronyms (\"I am VERY interested\").",
    why: "Capitals read as shouting; in a follow-up they sound pushy or angry.",
    help: "Write the words in normal case; stress a point with the wording instead.",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Warning),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(FollowUp, "Why don't you just HIRE ME already?"),
            Example::new(ThankYou, "I am VERY interested in the role."),
        ],
        accepted: &[
            Example::new(ThankYou, "My SQL and AWS work at the NHS fits the role."),
            Example::new(ThankYou, "I enjoyed meeting the ACME Corp team."),
            Example::new(FollowUp, "I loved the LUMEN dashboard.")
                .with_context(&[(ContextField::Company, "LUMEN")]),
        ],
        phrases: &[(ACRONYM, ACRONYMS)],
        evidence: None,
        check,
    }),
};

/// Acronyms of two to five letters common in job messages.
const ACRONYMS: &[&str] = &[
    "ai", "ml", "hr", "ceo", "cfo", "cto", "coo", "cio", "cmo", "ciso", "vp", "svp", "evp", "avp",
    "it", "qa", "ux", "ui", "api", "apis", "sql", "aws", "gcp", "pm", "pmp", "mba", "phd", "cpa",
    "cfa", "seo", "sem", "crm", "erp", "sap", "kpi", "kpis", "okr", "okrs", "roi", "saas", "nlp",
    "usa", "us", "uk", "eu", "nyc", "la", "sf", "dc", "nasa", "gpa", "ba", "bs", "bsc", "ms",
    "msc", "ma", "jd", "md", "rn", "lpn", "cna", "emt", "hvac", "cad", "cnc", "etl", "bi", "gis",
    "gdpr", "hipaa", "sox", "soc", "iso", "ieee", "pr", "rd", "faq", "pdf", "cv", "ok", "tv", "pc",
    "ios", "am", "est", "pst", "cst", "mst", "gmt", "utc", "cet", "bst", "id", "ngo", "llc", "inc",
    "ltd", "plc", "gmbh", "nhs", "un", "who", "eeo", "esl", "esg", "dei", "html", "css", "json",
    "xml", "rest", "sdk", "ide", "ci", "cd", "os", "ar", "vr", "iot", "cpu", "gpu", "ram", "ssd",
    "lan", "wan", "vpn", "dns", "http", "sso", "mfa", "b2b", "b2c", "fp", "gaap", "ifrs", "cpr",
    "osha", "fda", "epa", "sec", "irs", "dod", "ats", "lms", "cms", "pos", "sku", "qc", "rfp",
    "sow", "sla", "nda", "tbd", "eod", "eta", "asap", "fyi", "rsvp", "cc", "bcc", "ps", "ii",
    "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "mit", "ucla", "nyu", "ibm", "hp", "ge",
    "at", "lg", "bmw", "ups", "usps", "pwc", "ey", "kpmg", "bcg", "jpm",
];

/// Tag of [`ACRONYMS`].
const ACRONYM: u8 = 64;

/// True if word `w` is in capitals without being an acronym, a unit or part of a name.
/// `in_run` allows two-letter words inside a run of shouting ("HIRE ME").
fn is_shouted(cx: &RuleContext<'_, '_>, w: usize, in_run: bool) -> bool {
    let doc = cx.doc();
    let word = doc.words()[w];
    // Most words are not in capitals: decide that from the flags before anything else.
    if !word.is_all_caps() {
        return false;
    }
    let written = doc.word_text(w);
    let letters = written.chars().filter(|c| c.is_alphabetic()).count();
    let min = if in_run { 2 } else { 3 };
    if !word.is_all_caps()
        || letters < min
        || word.is_placeholder()
        || word.is_url()
        || word.has_digit()
    {
        return false;
    }
    // "cryo-EM", and units after a number: "2 TB".
    let after_hyphen = doc.gap_before(w) == "-";
    let unit = w > 0 && doc.words()[w - 1].has_digit() && doc.gap_before(w).trim().is_empty();
    if after_hyphen || unit {
        return false;
    }
    let acronym = letters <= 5 && cx.tag_at(ACRONYM, w);
    // "ACME Corp", "ABC Organization": initials that start a name.
    let next = doc.words().get(w + 1);
    let starts_name = letters <= 5
        && next.is_some_and(|n| {
            n.is_capitalized() && !n.is_all_caps() && doc.sentence_of(w + 1) == doc.sentence_of(w)
        });
    let company = doc.word_is(w + 1, cue::ORG_SUFFIX) || starts_name;
    !acronym && !company && !doc.context().has_word(written, false)
}

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    for s in doc.sentences() {
        if !matches!(s.part, Part::Body | Part::Subject | Part::Closing) {
            continue;
        }
        // Runs of shouted words, one finding per run: "HIRE ME".
        let mut run: Option<(usize, usize)> = None;
        for w in s.words().chain(std::iter::once(usize::MAX)) {
            let shouted = w != usize::MAX && is_shouted(cx, w, run.is_some());
            match (shouted, run) {
                (true, None) => run = Some((w, w + 1)),
                (true, Some((a, _))) => run = Some((a, w + 1)),
                (false, Some((a, b))) => {
                    let span: Span = doc.words_span(a..b);
                    out.push(Finding::new(
                        span,
                        format!(
                            "\"{}\" is written in capitals, which reads as shouting.",
                            span.slice(doc.text())
                        ),
                    ));
                    run = None;
                }
                (false, None) => {}
            }
        }
    }
}
