//! `salary-question`: asks about pay, benefits or time off before an offer.
//!
//! The frame: a pay topic (salary, pay, a rate or an amount, benefits, insurance, time
//! off, bonus, equity, pension, overtime…) and an act that asks or negotiates about it:
//! a question (with or without its question mark), an indirect question, a request to
//! discuss, a stated need or condition, or a remark that the pay is low. The writer
//! giving their own figures when asked is not a question; neither is "benefits" in the
//! sense of advantages, "pay attention", or the holiday season. After an offer (the
//! context says so, or the draft thanks for the offer) such questions are normal.

use crate::diagnostic::{Category, Level, Levels, Span};
use crate::draft::MessageKind::{CallScript, FollowUp, ThankYou};
use crate::draft::Stage;
use crate::rule::Findings;
use crate::rule::{
    ContextField, Example, Found, Gate, Rule, RuleContext, RuleKind, Sent, TextRule, flag_frames,
};
use crate::text::lexicon::{cue, scope};

pub(crate) const RULE: Rule = Rule {
    id: "salary-question",
    category: Category::Mistake,
    summary: "Flags a question, request or condition about salary, pay, benefits, bonus, equity or time off before an offer.",
    why: "Raising pay or perks in a thank-you or status message, before any offer, suggests the \
          money matters more than the work and can end the conversation early.",
    help: "Leave pay and benefits until the employer raises them or makes an offer; use this \
           message to restate your interest instead.",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Error),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(
                FollowUp,
                "Could you tell me the salary range for this position?",
            ),
            Example::new(
                ThankYou,
                "Thank you for your time today. I would also like to know more about the benefits \
                 package and bonus structure.",
            ),
            Example::new(
                CallScript,
                "I will need to take two weeks off for vacation in August. Is that okay?",
            ),
            Example::new(
                FollowUp,
                "thanks again for the chat just wondering how much the role pays",
            ),
            Example::new(
                FollowUp,
                "I'd want at least $70k to consider moving from my current job.",
            ),
            Example::new(
                ThankYou,
                "Before the next round, I'd like to set up a call about remuneration.",
            ),
        ],
        accepted: &[
            Example::new(
                FollowUp,
                "I'm not asking about salary; I just want to hear about next steps.",
            ),
            Example::new(
                FollowUp,
                "As you requested, I have attached my salary expectations for the role.",
            ),
            Example::new(
                ThankYou,
                "I enjoyed hearing about the benefits of your new data platform.",
            ),
            Example::new(FollowUp, "I hope the holidays treated you well!"),
            Example::new(
                ThankYou,
                "What are the biggest benefits of the new workflow for the team?",
            ),
            Example::new(
                FollowUp,
                "Thank you for the offer! Could you tell me how many vacation days come with it?",
            ),
            Example::new(
                FollowUp,
                "Could you confirm whether the role includes paid overtime?",
            )
            .with_context(&[(ContextField::Stage, "offer-received")]),
            Example::new(
                ThankYou,
                "I learned to pay attention to the small details in my last role.",
            ),
        ],
        phrases: &[
            (TOPIC, TOPIC_WORDS),
            (TOPIC_PHRASE, TOPIC_PHRASES),
            (NOT_PAY, NOT_PAY_PHRASES),
            (OWN_FIGURES, OWN_FIGURE_PHRASES),
            (ACT, ACT_WORDS),
            (ACT_PHRASE, ACT_PHRASES),
            (AMOUNT_UNIT, AMOUNT_UNITS),
            (ASK_VERB, ASK_VERBS),
            (NOT_PAY_AMOUNT, BUSINESS_SUMS),
        ],
        evidence: None,
        check,
    }),
};

/// A word about pay or benefits in every sense it is used in.
const TOPIC: u8 = 64;
/// Several words about pay or benefits: "time off", "health insurance".
const TOPIC_PHRASE: u8 = 0;
/// A use of a pay word that is not about pay: "pay attention", "benefits of".
const NOT_PAY: u8 = 1;
/// The writer's own figures: "my salary expectations".
const OWN_FIGURES: u8 = 2;
/// A word that asks, requests, conditions or judges: "clarify", "need", "negotiable".
const ACT: u8 = 66;
/// Several words that ask or condition: "tell me", "at least".
const ACT_PHRASE: u8 = 3;
/// What makes a number an amount of pay: "k", "hour", "annum".
const AMOUNT_UNIT: u8 = 67;
/// A verb after which a question word asks: "wonder how", "know what" ([`ASK_VERBS`]).
const ASK_VERB: u8 = 68;
/// What makes an amount a sum of business, not pay: "million", "budget", "worth".
const NOT_PAY_AMOUNT: u8 = 69;

/// Words that make an amount a sum of business: "a $2 million budget".
const BUSINESS_SUMS: &[&str] = &[
    "million",
    "billion",
    "m",
    "bn",
    "worth",
    "budget+",
    "revenue+",
    "sale+",
    "saving+",
    "contract+",
    "turnover",
    "funding",
    "grant+",
    "portfolio+",
    "spend",
    "cost+",
];

const TOPIC_WORDS: &[&str] = &[
    "salary+",
    "wage+",
    "pay",
    "pays",
    "paid",
    "payrate",
    "compensation",
    "remuneration",
    "money",
    "monetary",
    "benefits",
    "pension+",
    "401k",
    "bonus+",
    "commission+",
    "equity",
    "rsu+",
    "overtime",
    "pto",
    "vacation+",
    "perk+",
    "stipend+",
    "allowance+",
    "relocation",
    "earn+",
    "earnings",
    "income",
    "payslip",
    "paycheck",
    "payout",
    "raises",
    "reimbursement",
    "reimbursed",
];

const TOPIC_PHRASES: &[&str] = &[
    "paid time off",
    "time off",
    "days off",
    "day off",
    "annual leave",
    "parental leave",
    "maternity leave",
    "paternity leave",
    "sick leave",
    "sick days",
    "sick pay",
    "holiday allowance",
    "holiday entitlement",
    "holiday pay",
    "holiday days",
    "days of holiday",
    "how many holidays",
    "a raise",
    "yearly raise",
    "annual raise",
    "salary raise",
    "salary increase+",
    "pay increase+",
    "pay review",
    "cost of living",
    "pay rise",
    "pay raise",
    "salary range",
    "hourly rate",
    "day rate",
    "daily rate",
    "stock option+",
    "stock grant+",
    "stock award+",
    "share option+",
    "health insurance",
    "medical insurance",
    "dental insurance",
    "life insurance",
    "health cover",
    "medical cover",
    "health plan",
    "dental plan",
    "dental cover",
    "healthcare plan",
    "healthcare cover",
    "private healthcare",
    "health benefits",
    "medical benefits",
    "benefits package",
    "benefit package",
    "compensation package",
    "pay package",
    "salary package",
    "take home",
    "starting rate",
    "signing bonus",
    "sign on bonus",
    "company car",
    "budget for this role",
    "budget for the role",
    "budgeted range",
    "how much does it pay",
    "how much does the role pay",
    "how much would i make",
    "how much will i make",
    "how much can i make",
    "what the range is",
    "the range for this role",
    "the range for the role",
    "advertised rate",
    "rate of pay",
    "pay rate",
    "rate offered",
    "offered rate",
    "holiday+ day+",
    "holiday+ per year",
    "holiday+ a year",
    "holiday+ per annum",
    "dental included",
    "dental coverage",
    "dental and vision",
    "vision and dental",
];

const NOT_PAY_PHRASES: &[&str] = &[
    "pay attention",
    "paying attention",
    "paid attention",
    "pay off",
    "pays off",
    "paid off",
    "paying off",
    "it pays",
    "pay a visit",
    "pay tribute",
    "pay my respects",
    "pay it forward",
    "paid dividends",
    "pays dividends",
    "benefits of",
    "benefits to",
    "benefits from",
    "pay per click",
    "pay per",
    "assistance benefits",
    "housing benefit+",
    "welfare benefits",
    "unemployment benefits",
    "child benefit+",
    "disability benefits",
    "social benefits",
    "tax benefits",
    "tenant benefits",
    "member benefits",
    "customer benefits",
    "patient benefits",
    "benefits that",
    "benefits the",
    "benefits our",
    "benefits your",
    "benefits their",
    "benefits everyone",
    "benefits everybody",
    "private equity",
    "equity research",
    "equity analyst",
    "equity and inclusion",
    "equity fund",
    "brand equity",
    "compensation committee",
    "compensation committees",
    "compensation reports",
    "workers compensation",
    "money laundering",
    "raise money",
    "raised money",
    "raising money",
    "medical device",
    "medical devices",
    "medical records",
    "medical research",
    "medical team",
    "medical school",
    "dental practice",
    "dental clinic",
    "earned my",
    "earned a",
    "earn your trust",
    "earn their trust",
    "relocation project",
];

const OWN_FIGURE_PHRASES: &[&str] = &[
    "salary expectation+",
    "salary requirement+",
    "expected salary",
    "current salary",
    "salary history",
    "desired salary",
    "my expectations",
    "my salary",
    "my current package",
    "my current pay",
    "my rate",
    "my rates",
];

const ACT_WORDS: &[&str] = &[
    "ask+",
    "question+",
    "inquire+",
    "enquire+",
    "inquiry",
    "enquiry",
    "wonder+",
    "curious",
    "clarify",
    "clarification",
    "confirm",
    "negotiable",
    "negotiation",
    "flexibility",
    "flexible",
    "eligible",
    "entitled",
    "need",
    "needs",
    "require+",
    "expect+",
    "want",
    "minimum",
    "low",
    "lower",
    "insulting",
    "meagre",
    "meager",
    "paltry",
    "underpaid",
    "higher",
    "match",
    "capped",
    "cap",
    "competitive",
    "below",
    "outline",
    "explain",
    "specify",
    "increase",
];

const ACT_PHRASES: &[&str] = &[
    "tell me",
    "let me know",
    "talk about",
    "go over",
    "know more",
    "like to know",
    "want to know",
    "like to discuss",
    "like to talk",
    "like to understand",
    "like to clarify",
    "could we discuss",
    "can we discuss",
    "could we talk",
    "can we talk",
    "is there",
    "are there",
    "do you offer",
    "does the role",
    "does the position",
    "does it come",
    "would i",
    "will i",
    "do i get",
    "would i get",
    "how much",
    "how many",
    "looks like",
    "look like",
    "at least",
    "more than",
    "not enough",
    "would have to",
    "can only",
    "could only",
    "only if",
    "as long as",
    "provided that",
    "in line with",
    "set up a call",
    "schedule a call",
    "a call about",
    "call to discuss",
    "meeting to discuss",
    "want to discuss",
    "hoping to discuss",
    "love to discuss",
    "less than",
    "room to",
    "room for",
];

/// Verbs after which a question word opens an indirect question: "ask how", "know what".
const ASK_VERBS: &[&str] = &[
    "ask+",
    "wonder+",
    "know",
    "tell",
    "curious",
    "clarify",
    "confirm",
    "understand",
    "sure",
    "learn",
    "find",
    "check",
];

/// Words that make a number an amount of pay: "70k", "28 an hour", "£40,000 a year".
const AMOUNT_UNITS: &[&str] = &["k", "grand", "hour", "hourly", "annum", "pa", "salary"];

/// The pay topic of sentence `sent`, if it has one that is about pay: a topic word or
/// phrase not used in another sense, or an amount of money.
fn topic(sent: &Sent<'_, '_, '_>) -> Option<Span> {
    let cx = sent.cx;
    let doc = cx.doc();
    // Words inside a phrase that is not about pay, or about the writer's own figures,
    // do not count.
    let not_pay: Vec<std::ops::Range<usize>> = sent
        .own_hits(NOT_PAY)
        .chain(sent.own_hits(OWN_FIGURES))
        .map(|h| h.words())
        .collect();
    // Not inside a name ("the Planning Commission"), not something the writer's side
    // paid for ("the premium we paid").
    let in_name = |w: usize| {
        w > sent.words.start
            && doc.words()[w].is_capitalized()
            && (doc.words()[w - 1].is_capitalized()
                || doc.words().get(w + 1).is_some_and(|n| n.is_capitalized()))
    };
    let we_paid = |w: usize| {
        w > sent.words.start
            && matches!(doc.word_norm(w), "paid" | "pay" | "pays")
            && matches!(doc.word_norm(w - 1), "we" | "i" | "they")
    };
    let free = |w: usize| !not_pay.iter().any(|r| r.contains(&w)) && !in_name(w) && !we_paid(w);
    let phrase = sent
        .own_hits(TOPIC_PHRASE)
        .find(|h| free(h.first_word()) && free(h.end_word() - 1))
        .map(|h| h.words());
    let word = sent
        .words
        .clone()
        .find(|&w| cx.tag_at(TOPIC, w) && free(w))
        .map(|w| w..w + 1);
    let amount = sent
        .words
        .clone()
        .find(|&w| is_amount(sent, w))
        .map(|w| w..w + 1);
    let range = [phrase, word, amount]
        .into_iter()
        .flatten()
        .min_by_key(|r| r.start)?;
    // "I'm not asking about salary" (a question's "why don't you…" negates nothing) —
    // but "I could not accept a salary below …" sets a condition.
    let disclaimed = (range.start.saturating_sub(scope::CLAUSE)..range.start).any(|v| {
        matches!(
            doc.word_norm(v),
            "asking"
                | "ask"
                | "about"
                | "enquiring"
                | "inquiring"
                | "worried"
                | "concerned"
                | "fussed"
                | "bothered"
                | "focused"
                | "focusing"
                | "motivated"
                | "driven"
        )
    });
    if !sent.question_mark() && sent.negated(range.start, scope::CLAUSE) && disclaimed {
        return None;
    }
    Some(doc.words_span(range))
}

/// True if word `w` is an amount of money: a number after a currency sign, or before
/// "k", "an hour", "a year".
fn is_amount(sent: &Sent<'_, '_, '_>, w: usize) -> bool {
    let doc = sent.cx.doc();
    let word = doc.words()[w];
    if !word.has_digit() {
        return false;
    }
    let text = doc.word_text(w);
    let around = w.saturating_sub(2).max(sent.words.start)..(w + 4).min(sent.words.end);
    if around.clone().any(|v| sent.cx.tag_at(NOT_PAY_AMOUNT, v)) {
        return false;
    }
    let currency = doc.gap_before(w).ends_with(['$', '£', '€']);
    let suffix_k = text.ends_with(['k', 'K']) && text.len() > 1;
    let unit = (w + 1..(w + 3).min(sent.words.end)).any(|v| sent.cx.tag_at(AMOUNT_UNIT, v));
    currency || suffix_k || unit
}

/// True if the sentence asks, requests, conditions or judges: the act a pay topic needs
/// to be a question about pay.
fn act(sent: &Sent<'_, '_, '_>) -> Option<Span> {
    if sent.question_mark() || sent.asks() {
        return Some(sent.span(sent.words.clone()));
    }
    // A question word that opens the sentence or a clause ("…today What is the salary"),
    // or follows a verb of asking ("ask how the commission works"); not a relative
    // pronoun ("a company that pays well", "a teacher who…").
    let doc = sent.cx.doc();
    let wh = sent.shared_all(cue::WH).find(|&w| {
        w == sent.words.start
            || doc.words()[w].is_capitalized()
            || (w > sent.words.start && sent.cx.tag_at(ASK_VERB, w - 1))
    });
    // An auxiliary that opens a clause, capitalised where the full stop went missing:
    // "Thank you for the interview Is dental included".
    let wh = wh.or_else(|| {
        sent.words.clone().skip(1).find(|&w| {
            doc.words()[w].is_capitalized()
                && matches!(
                    doc.word_norm(w),
                    "is" | "are" | "does" | "do" | "will" | "would" | "can" | "could" | "should"
                )
        })
    });
    if let Some(w) = wh {
        return Some(sent.span(w..w + 1));
    }
    if let Some(w) = sent.own(ACT) {
        return Some(sent.span(w..w + 1));
    }
    sent.own_hit(ACT_PHRASE).map(|h| sent.span(h.words()))
}

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    // With an offer in hand, pay and benefits are the next thing to discuss.
    if cx.doc().stage() == Stage::OfferReceived {
        return;
    }
    flag_frames(cx, out, |sent| {
        let topic = topic(sent)?;
        act(sent)?;
        Found::new(topic, "This asks about pay or benefits before an offer")
    });
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::FollowUp;
    use crate::testing::{assert_accepts, assert_flags};

    const RULE: &str = "salary-question";

    #[test]
    fn flags_direct_and_indirect_questions() {
        for text in [
            "What is the salary range for this position?",
            "Could you tell me about the compensation package?",
            "I was wondering whether the role offers equity.",
            "Hi, I wanted to ask what the salary range is for this position?",
            "How much PTO do new hires get?",
            "Subject: Question about salary",
            "what does the job pay",
            "Is the pension matched, and from when?",
        ] {
            assert_flags(RULE, FollowUp, text);
        }
    }

    #[test]
    fn flags_needs_conditions_and_remarks_on_low_pay() {
        for text in [
            "I could only accept the role if the base salary is at least 60k.",
            "Honestly the pay you advertised seems low for the level.",
            "I'd need my annual leave to carry over from my current employer.",
        ] {
            assert_flags(RULE, FollowUp, text);
        }
    }

    #[test]
    fn flags_once_per_sentence() {
        assert_flags(
            RULE,
            FollowUp,
            "What is the salary range and may I take away some information on your benefits?",
        );
    }

    #[test]
    fn ignores_mentions_that_ask_nothing() {
        for text in [
            "I know compensation will come up later in the process.",
            "I'm not asking about salary at this stage.",
            "Please let me know if you need my salary requirements.",
            "The benefits of the new platform were clear.",
            "I enjoyed learning about the six-month training program.",
            "My team raised money for a local shelter last year.",
        ] {
            assert_accepts(RULE, FollowUp, text);
        }
    }

    #[test]
    fn stays_quiet_after_an_offer() {
        assert_accepts(
            RULE,
            FollowUp,
            "Thank you so much for the offer. Could you send the details of the pension plan?",
        );
    }

    #[test]
    fn flags_pay_raised_in_new_wordings() {
        for text in [
            "For the record, I could not accept a base salary below $80,000.",
            "thanks for your time Is dental included in the benefits package",
            "I would be grateful if you could outline the bonus structure.",
            "I want to know how many holiday days per year staff get.",
        ] {
            assert_flags(RULE, FollowUp, text);
        }
    }

    #[test]
    fn ignores_names_and_purchases() {
        for text in [
            "I advised the City Wage Commission on its housing survey.",
            "The supplier was dearer, but the premium we paid was worth it.",
        ] {
            assert_accepts(RULE, FollowUp, text);
        }
    }
}
