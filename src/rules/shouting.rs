//! `shouting`: words in capitals that are not acronyms.

use crate::diagnostic::{Category, Finding, Level, Levels, Span};
use crate::draft::MessageKind::{FollowUp, ThankYou};
use crate::rule::{ContextField, Example, Gate, Rule, RuleContext, RuleKind, TextRule};
use crate::text::{Document, Part};

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
        phrases: &[],
        evidence: None,
        check,
    }),
};

/// Acronyms of two to five letters common in job messages.
const ACRONYMS: &[&str] = &[
    "AI", "ML", "HR", "CEO", "CFO", "CTO", "COO", "CIO", "CMO", "CISO", "VP", "SVP", "EVP", "AVP",
    "IT", "QA", "UX", "UI", "API", "APIS", "SQL", "AWS", "GCP", "PM", "PMP", "MBA", "PHD", "CPA",
    "CFA", "SEO", "SEM", "CRM", "ERP", "SAP", "KPI", "KPIS", "OKR", "OKRS", "ROI", "SAAS", "NLP",
    "USA", "US", "UK", "EU", "NYC", "LA", "SF", "DC", "NASA", "GPA", "BA", "BS", "BSC", "MS",
    "MSC", "MA", "JD", "MD", "RN", "LPN", "CNA", "EMT", "HVAC", "CAD", "CNC", "ETL", "BI", "GIS",
    "GDPR", "HIPAA", "SOX", "SOC", "ISO", "IEEE", "PR", "RD", "FAQ", "PDF", "CV", "OK", "TV", "PC",
    "IOS", "AM", "PM", "EST", "PST", "CST", "MST", "GMT", "UTC", "CET", "BST", "ID", "NGO", "LLC",
    "INC", "LTD", "PLC", "GMBH", "NHS", "UN", "WHO", "EEO", "ESL", "ESG", "DEI", "HTML", "CSS",
    "JSON", "XML", "REST", "SDK", "IDE", "CI", "CD", "OS", "AR", "VR", "IOT", "CPU", "GPU", "RAM",
    "SSD", "LAN", "WAN", "VPN", "DNS", "HTTP", "SSO", "MFA", "B2B", "B2C", "P&L", "FP", "GAAP",
    "IFRS", "CPR", "OSHA", "FDA", "EPA", "SEC", "IRS", "DOD", "ATS", "LMS", "CMS", "POS", "SKU",
    "QC", "RFP", "SOW", "SLA", "NDA", "TBD", "EOD", "ETA", "ASAP", "FYI", "RSVP", "CC", "BCC",
    "PS", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "MIT", "UCLA", "NYU", "IBM",
    "HP", "GE", "AT", "LG", "BMW", "UPS", "USPS", "PWC", "EY", "KPMG", "BCG", "JPM",
];

/// Words after a capitalised word that make it a company's name: "ACME Corp".
const COMPANY_SUFFIX: &[&str] = &[
    "corp", "inc", "llc", "ltd", "co", "group", "company", "plc", "gmbh",
];

/// True if word `w` is in capitals without being an acronym, a unit or part of a name.
/// `in_run` allows two-letter words inside a run of shouting ("HIRE ME").
fn is_shouted(doc: &Document<'_>, w: usize, in_run: bool) -> bool {
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
    let upper = written.to_uppercase();
    let acronym = letters <= 5 && ACRONYMS.contains(&upper.as_str());
    // "ACME Corp", "ABC Organization": initials that start a name.
    let next = doc.words().get(w + 1);
    let starts_name = letters <= 5
        && next.is_some_and(|n| {
            n.is_capitalized() && !n.is_all_caps() && doc.sentence_of(w + 1) == doc.sentence_of(w)
        });
    let company = COMPANY_SUFFIX.contains(&doc.word_norm(w + 1)) || starts_name;
    !acronym && !company && !doc.context().has_word(written, false)
}

fn check(cx: &RuleContext<'_, '_>, out: &mut Vec<Finding>) {
    let doc = cx.doc();
    for s in doc.sentences() {
        if !matches!(s.part, Part::Body | Part::Subject | Part::Closing) {
            continue;
        }
        // Runs of shouted words, one finding per run: "HIRE ME".
        let mut run: Option<(usize, usize)> = None;
        for w in s.words().chain(std::iter::once(usize::MAX)) {
            let shouted = w != usize::MAX && is_shouted(doc, w, run.is_some());
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
