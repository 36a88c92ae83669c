//! `desperate-tone`: begging or desperation.
//!
//! The frames: the writer's need of the job itself ("I really need this job", "I just
//! need someone to say yes"); a plea ("please hire me", "I'm begging you", "give me a
//! shot"); selling oneself short to get it (working for free or for less, taking
//! whatever is offered, doing anything, never saying no, "you won't regret it"); and
//! hardship offered as the reason to hire (out of work, bills, rent, a last hope). Strong
//! enthusiasm ("I would be thrilled to join") and a conditional offer ("if you give me a
//! chance, I will show you…") are not desperation.

use crate::diagnostic::{Category, Level, Levels};
use crate::draft::MessageKind::{CallScript, FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{Example, Found, Gate, Rule, RuleContext, RuleKind, Sent, TextRule, flag_frames};
use crate::text::lexicon::{cue, scope};

pub(crate) const RULE: Rule = Rule {
    id: "desperate-tone",
    category: Category::Tone,
    summary: "Flags begging or desperation: needing the job, pleading, offering to work for less or for nothing, hardship as the reason to hire.",
    why: "Employers hire the candidate who fits, not the one who needs it most; desperation \
          makes the reader doubt your other options and your judgement.",
    help: "State your interest and what you would bring, with confidence rather than need.",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Warning),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(FollowUp, "I really need this job, please give me a chance."),
            Example::new(
                ThankYou,
                "If I don't get this job, I don't know what I'll do.",
            ),
            Example::new(CallScript, "I will do anything to work for your company."),
            Example::new(
                FollowUp,
                "I would happily take a lower salary if it gets me in the door.",
            ),
        ],
        accepted: &[
            Example::new(
                FollowUp,
                "I hope you will keep me in mind for future openings.",
            ),
            Example::new(
                FollowUp,
                "I'm convinced a position will turn up for which I am a perfect fit.",
            ),
            Example::new(FollowUp, "I don't need an answer right away."),
            Example::new(
                ThankYou,
                "I would be thrilled to join the team and I'm confident I can contribute from day one.",
            ),
        ],
        phrases: &[
            (NEED_JOB, NEED_JOB_PHRASES),
            (PLEA, PLEA_PHRASES),
            (SELL_SHORT, SELL_SHORT_PHRASES),
            (HARDSHIP, HARDSHIP_PHRASES),
            (BEG, BEG_WORDS),
            (THE_JOB, THE_JOB_WORDS),
        ],
        evidence: None,
        check,
    }),
};

/// Needing the job: "need this job", "need someone to say yes".
const NEED_JOB: u8 = 0;
/// A plea: "please hire me", "give me a chance", "say yes".
const PLEA: u8 = 1;
/// Selling oneself short: "work for free", "accept less", "do anything".
const SELL_SHORT: u8 = 2;
/// Hardship offered as a reason: "out of work since", "bills to pay", "last hope".
const HARDSHIP: u8 = 3;
/// Begging words: "beg", "plead", "grovel".
const BEG: u8 = 64;
/// The job: "job", "role", "position", "work", "chance".
const THE_JOB: u8 = 65;

const NEED_JOB_PHRASES: &[&str] = &[
    "need this job",
    "need a job",
    "need the job",
    "need this position",
    "need this role",
    "need this opportunity",
    "need this chance",
    "need the money",
    "need the income",
    "need work",
    "need someone to say yes",
    "need someone to give me",
    "need a break",
    "need this so",
    "need this more",
    "need it so",
    "need it more",
    "mean everything to me",
    "means everything to me",
    "would mean everything",
    "would mean the world",
    "mean the world to",
    "means the world to",
    "don't know what i'll do",
    "don't know what i will do",
    "do not know what i will do",
    "what i'll do if",
];

const PLEA_PHRASES: &[&str] = &[
    "give me a chance",
    "give me one chance",
    "give me a shot",
    "give me one shot",
    "give me the chance",
    "give me an opportunity",
    "give me the job",
    "please hire me",
    "please choose me",
    "please pick me",
    "please take me",
    "please accept me",
    "please consider me",
    "please say yes",
    "please reconsider",
    "please don't turn me down",
    "please do not turn me down",
    "don't turn me down",
    "please please",
    "pretty please",
    "i'm begging",
    "i am begging",
    "formal grovel",
    "take a chance on me",
    "take me on",
    "just hire me",
    "won't regret it",
    "will not regret it",
    "you won't be sorry",
    "never regret",
];

const SELL_SHORT_PHRASES: &[&str] = &[
    "work for free",
    "work unpaid",
    "work for nothing",
    "work for less",
    "work for minimum",
    "for free",
    "unpaid",
    "without pay",
    "for no pay",
    "even unpaid",
    "paid in exposure",
    "accept less",
    "accept considerably less",
    "take less",
    "take a lower",
    "take a pay cut",
    "accept a lower",
    "accept a junior",
    "accept reduced",
    "a lower salary",
    "lower pay",
    "less pay",
    "less than advertised",
    "below the advertised",
    "at any level",
    "any level",
    "any position",
    "any role",
    "any job",
    "take whatever",
    "whatever i can get",
    "whatever you offer",
    "whatever you need",
    "i'll do anything",
    "i will do anything",
    "i would do anything",
    "i'd do anything",
    "do whatever it takes",
    "whatever it takes",
    "never say no",
    "never ask for anything",
    "never complain",
    "work harder than",
    "harder than all",
    "harder than anyone",
    "first one in",
    "i'm yours",
    "i am yours",
    "any shift",
    "any hours",
    "any location",
    "any salary",
    "any pay",
    "take anything",
    "do anything",
    "minimum wage",
    "give me a go",
    "if that's what it takes",
    "if that's what it took",
    "if that is what it takes",
    "foot in the door",
    "get in the door",
    "absolutely anything",
    "literally anything",
    "menial",
    "sweep the floors",
    "make the tea",
    "fetch coffee",
    "gets me in the door",
    "get my foot in the door",
    "get me in the door",
];

const HARDSHIP_PHRASES: &[&str] = &[
    "out of work",
    "been unemployed",
    "unemployed for",
    "unemployed since",
    "been job hunting for",
    "been looking for work",
    "bills to pay",
    "pay my bills",
    "pay the bills",
    "pay my rent",
    "pay the rent",
    "keep the house",
    "lose the house",
    "lose my house",
    "mortgage",
    "family to feed",
    "mouths to feed",
    "baby on the way",
    "can't afford",
    "cannot afford",
    "my last hope",
    "my only hope",
    "last hope",
    "my last chance",
    "wits end",
    "at the end of my rope",
    "save my bacon",
    "lifeline",
    "struggling to",
    "savings are",
    "running out of money",
    "rent due",
    "rent is due",
    "behind on rent",
    "behind on my",
    "in debt",
    "my debts",
    "my visa",
    "visa expires",
    "visa runs out",
    "nothing else lined up",
    "no other options",
    "no other offers",
    "my only option",
    "no savings",
    "i'm not much",
    "i am not much",
    "i know i'm not the",
    "i'm nobody",
    "just a nobody",
    "i don't deserve",
    "i'm desperate",
    "i am desperate",
    "desperately",
    "desperate for",
    "financial situation",
    "financial difficulties",
    "financial hardship",
    "all the difference to us",
    "all the difference to me",
    "all the difference to my family",
];

const BEG_WORDS: &[&str] = &["beg+", "plead+", "grovel+", "implore+", "beseech+"];

const THE_JOB_WORDS: &[&str] = &[
    "job",
    "role",
    "position",
    "work",
    "post",
    "opportunity",
    "chance",
    "offer",
];

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    flag_frames(cx, out, |sent: &Sent<'_, '_, '_>| {
        let label = "This sounds desperate";
        for tag in [NEED_JOB, PLEA, SELL_SHORT, HARDSHIP] {
            let Some(h) = sent.own_hit(tag) else { continue };
            let w = h.first_word();
            // "I don't need this job to be remote", "I'd never work for free for a client".
            let negated = sent.negated(w, scope::VERB_GROUP)
                && !h.words().any(|v| doc.word_norm(v).contains("n't"));
            // "If you give me a chance, I will show you": a conditional offer.
            let conditional = tag == PLEA && doc.previous_words(w, 3).any(|(_, x)| x == "if");
            // "paid in exposure" as a topic: "unpaid invoices", "for free shipping".
            let topic = tag == SELL_SHORT
                && matches!(
                    doc.word_norm(h.end_word()),
                    "invoices" | "invoice" | "shipping" | "trial" | "samples"
                );
            // The writer's, not a description of someone else ("our volunteers worked
            // unpaid"): "I" shortly before it, or a plea addressed to the reader.
            let i_before = (w.saturating_sub(6).max(sent.words.start)..=w).any(|v| {
                doc.is_pronoun_i(v) || doc.word_norm(v) == "me" || doc.word_norm(v) == "my"
            });
            let mine = match tag {
                SELL_SHORT => i_before || sent.words.len() <= 6,
                // A household's hardship is the writer's too: "our rent", "my family's".
                HARDSHIP => i_before || doc.is_first_person(sent.s) || sent.words.len() <= 6,
                _ => {
                    doc.is_first_person(sent.s)
                        || sent.shared(cue::READER).is_some()
                        || sent.words.len() <= 6
                }
            };
            if !negated && !conditional && !topic && mine {
                return Found::new(sent.span(h.words()), label);
            }
        }
        // "I really need this", "I need it very much": the writer's need, stressed.
        for w in sent
            .words
            .clone()
            .filter(|&w| matches!(sent.norm(w), "need" | "needs" | "needed"))
        {
            let object = matches!(sent.norm(w + 1), "this" | "it" | "the" | "a" | "work")
                || matches!(sent.norm(w + 1), "very" | "so");
            let stressed = (w.saturating_sub(2).max(sent.words.start)..w).any(|v| {
                matches!(
                    sent.norm(v),
                    "really" | "badly" | "desperately" | "truly" | "so" | "genuinely"
                )
            }) || (w + 1..(w + 5).min(sent.words.end))
                .any(|v| matches!(sent.norm(v), "badly" | "desperately" | "much"));
            let by_me = (w.saturating_sub(3).max(sent.words.start)..w).any(|v| doc.is_pronoun_i(v));
            let what = (w + 1..(w + 4).min(sent.words.end)).any(|v| cx.tag_at(THE_JOB, v))
                || matches!(sent.norm(w + 1), "this" | "it");
            if object && stressed && by_me && what && !sent.negated(w, scope::ADJACENT) {
                return Found::new(sent.span(w..w + 1), label);
            }
        }
        // "I beg you", "pleading for the role".
        if let Some(w) = sent.own(BEG) {
            if !sent.negated(w, scope::ADJACENT) && doc.is_first_person(sent.s) {
                return Found::new(sent.span(w..w + 1), label);
            }
        }
        None
    });
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::FollowUp;
    use crate::testing::{assert_accepts, assert_flags};

    const RULE: &str = "desperate-tone";

    #[test]
    fn flags_need_pleas_and_selling_short() {
        for text in [
            "The truth is that I need a job.",
            "Please, I'm begging you to reconsider.",
            "I've been out of work for a year and have bills to pay.",
            "I'd work unpaid for the first month to prove myself.",
            "Give me a shot and you won't regret it.",
        ] {
            assert_flags(RULE, FollowUp, text);
        }
    }

    #[test]
    fn ignores_enthusiasm_and_conditional_offers() {
        for text in [
            "If you give me a chance, I will show you what I can do.",
            "I don't need this job to be remote.",
            "I would love the chance to bring my experience to your team.",
            "Our volunteers worked unpaid on weekends, and I coordinated them.",
        ] {
            assert_accepts(RULE, FollowUp, text);
        }
    }

    #[test]
    fn flags_doing_anything_to_get_in() {
        for text in [
            "I'd scrub the floors if that's what it takes to get a foot in the door.",
            "Our financial situation is dire and this job would make all the difference to me.",
        ] {
            assert_flags(RULE, FollowUp, text);
        }
    }
}
