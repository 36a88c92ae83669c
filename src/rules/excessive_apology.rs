//! `excessive-apology`: over-apologising.
//!
//! The frames: apologising for writing at all (for bothering, following up, taking the
//! reader's time, another email), self-reproach (being a nuisance, a pest, a bother,
//! taking full responsibility for a small thing, a "silly little question"), and more
//! than one apology in a message (the second and later ones are reported). One brief
//! apology for a real slip ("Apologies, I attached the wrong file") and sympathy ("sorry
//! to hear…") are fine.

use crate::diagnostic::{Category, Level, Levels};
use crate::draft::MessageKind::{self, CallScript, FollowUp, ThankYou};
use crate::rule::Findings;
use crate::rule::{Example, Found, Gate, Rule, RuleContext, RuleKind, Sent, TextRule, flag_frames};
use crate::text::lexicon::{cue, scope};

pub(crate) const RULE: Rule = Rule {
    id: "excessive-apology",
    category: Category::Tone,
    summary: "Flags over-apologising: apologising for writing or following up, self-reproach, or more than one apology in a message.",
    why: "Following up is expected and professional; apologising for it suggests you think \
          you are intruding, and several apologies make a short note read as anxious.",
    help: "Drop the apology for writing; one brief apology for a real slip is enough.",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Warning).with(MessageKind::ThankYou, Level::Info),
        gate: Gate::HasWords,
        flagged: &[
            Example::new(
                FollowUp,
                "Sorry to bother you again, but is there any news?",
            ),
            Example::new(
                CallScript,
                "I apologize for running late. I am so sorry again for the trouble it caused.",
            ),
            Example::new(
                ThankYou,
                "I take full responsibility for this lapse in judgment.",
            ),
            Example::new(
                FollowUp,
                "Apologies for taking up your time with yet another email; I know I must be a pest.",
            ),
        ],
        accepted: &[
            Example::new(
                FollowUp,
                "I apologize for the inconvenience and completely understand if the new time does not work.",
            ),
            Example::new(FollowUp, "I was sorry to hear the role was put on hold."),
            Example::new(ThankYou, "Thank you for waiting for me."),
            Example::new(
                FollowUp,
                "Apologies, I attached the wrong file earlier; here is the right one.",
            ),
        ],
        phrases: &[
            (FOR_WRITING, FOR_WRITING_PHRASES),
            (REPROACH, REPROACH_PHRASES),
            (INTENSE, INTENSE_PHRASES),
        ],
        evidence: None,
        check,
    }),
};

/// What an apology for writing at all is for: "to bother you", "for following up".
const FOR_WRITING: u8 = 0;
/// Self-reproach: "a nuisance", "full responsibility", "silly question".
const REPROACH: u8 = 1;
/// An apology made heavy: "so sorry", "deepest apologies", "many times".
const INTENSE: u8 = 2;

const FOR_WRITING_PHRASES: &[&str] = &[
    "to bother you",
    "to disturb you",
    "to trouble you",
    "to interrupt",
    "to pester you",
    "to intrude",
    "to chase",
    "for bothering",
    "for disturbing",
    "for troubling",
    "for interrupting",
    "for intruding",
    "for the intrusion",
    "for pestering",
    "for chasing",
    "for following up",
    "for the follow up",
    "for writing again",
    "for writing to you again",
    "for emailing again",
    "for contacting you",
    "for reaching out",
    "for another email",
    "for the extra email",
    "for yet another",
    "for taking your time",
    "for taking up your time",
    "for taking so much of your time",
    "for the bother",
    "for the trouble",
    "for any trouble",
    "for write again",
    "for come back",
    "hate to bother",
    "hate to disturb",
    "hate to trouble",
    "hate to be a pain",
    "hate to chase",
    "hope i'm not bothering",
    "hope i am not bothering",
    "hope this isn't a bother",
    "don't mean to bother",
    "don't mean to pester",
    "didn't mean to bother",
];

const REPROACH_PHRASES: &[&str] = &[
    "a nuisance",
    "a pest",
    "a pain in",
    "such a pain",
    "a bother",
    "being a nuisance",
    "making trouble",
    "least of your worries",
    "full responsibility",
    "lapse in judgment",
    "lapse in judgement",
    "reflects poorly on",
    "silly question",
    "stupid question",
    "small question",
    "tiny question",
    "unimportant",
    "i feel terrible",
    "i feel awful",
    "i feel so bad",
    "i'm an idiot",
    "i am an idiot",
    "i'm a mess",
    "complete idiot",
    "please forgive me",
    "forgive me for",
    "i can't apologise enough",
    "i cannot apologise enough",
    "can't apologize enough",
    "cannot apologize enough",
    "i'm embarrassed",
    "i am embarrassed",
    "so embarrassed",
    "i'm ashamed",
    "i am ashamed",
    "mortified",
    "kicking myself",
    "not like me",
    "can't believe i",
    "cannot believe i",
    "i feel stupid",
    "i feel silly",
    "i feel foolish",
    "not trying to pester",
    "not trying to bother",
];

const INTENSE_PHRASES: &[&str] = &[
    "so sorry",
    "terribly sorry",
    "deeply sorry",
    "truly sorry",
    "very sorry",
    "really sorry",
    "incredibly sorry",
    "awfully sorry",
    "sincerest apologies",
    "sincere apologies",
    "deepest apologies",
    "profuse apologies",
    "many apologies",
    "a thousand apologies",
    "apologise many times",
    "apologize many times",
    "apologies again",
    "sorry again",
    "again apologies",
];

/// The apologies of `sent`, not counting sympathy ("sorry to hear").
fn apologies(sent: &Sent<'_, '_, '_>) -> usize {
    let doc = sent.cx.doc();
    let sympathy: Vec<std::ops::Range<usize>> = doc
        .lexicon_hits_in(sent.s, cue::SYMPATHY)
        .map(|h| h.words())
        .collect();
    let said: Vec<usize> = doc
        .lexicon_hits_in(sent.s, cue::APOLOGY)
        .filter(|h| !sympathy.iter().any(|r| r.contains(&h.first_word())))
        .filter(|h| {
            !sent.negated(h.first_word(), scope::ADJACENT) && !doc.in_quotation(h.first_word())
        })
        .map(|h| h.first_word())
        .collect();
    // Once the writer apologises, every apology in the sentence counts ("sorry, sorry,
    // and sorry in advance"); a mention of apologies as a topic counts none.
    if said.iter().any(|&w| is_act(sent, w)) {
        said.len()
    } else {
        0
    }
}

/// True if the apology at word `w` is the writer's own act ("Sorry…", "I apologise",
/// "my apologies", "please accept my apologies"), not a mention of apologies ("agents
/// give one sincere apology") or a quoted word.
fn is_act(sent: &Sent<'_, '_, '_>, w: usize) -> bool {
    let doc = sent.cx.doc();
    if doc.in_quotation(w) {
        return false;
    }
    let opens = (sent.words.start..w).all(|v| {
        matches!(
            sent.norm(v),
            "so" | "very"
                | "really"
                | "terribly"
                | "deeply"
                | "truly"
                | "again"
                | "oh"
                | "and"
                | "but"
                | "sincere"
                | "many"
                | "my"
        )
    });
    let mine = (w.saturating_sub(4).max(sent.words.start)..w)
        .any(|v| doc.is_pronoun_i(v) || matches!(sent.norm(v), "my" | "me" | "please"));
    opens || mine || sent.words.len() <= 4
}

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let mut seen = 0;
    let doc = cx.doc();
    flag_frames(cx, out, |sent| {
        let here = apologies(sent);
        let before = seen;
        seen += here;
        // An apology for writing at all.
        if let Some(h) = sent.own_hit(FOR_WRITING) {
            let apologised = here > 0
                || sent.norm(h.first_word()) == "hate"
                || sent.norm(h.first_word()) == "hope";
            if apologised || sent.shared_phrase(cue::SOFTENER).is_none() && h.words().len() > 2 {
                return Found::new(sent.span(h.words()), "This apologises for writing at all");
            }
        }
        // Self-reproach.
        if let Some(h) = sent.own_hit(REPROACH) {
            return Found::new(sent.span(h.words()), "This reproaches yourself");
        }
        // "I am a complete failure", "I was an idiot": the writer, judged harshly.
        for w in sent.words.clone().filter(|&w| doc.is_pronoun_i(w)) {
            let judged = (w + 1..(w + 5).min(sent.words.end)).find(|&v| {
                doc.word_is(v, cue::NEG_EVAL)
                    || doc.word_is(v, cue::PROFANITY)
                    || matches!(
                        sent.norm(v),
                        "failure" | "disaster" | "fool" | "useless" | "hopeless"
                    )
            });
            if let Some(v) = judged {
                let copula =
                    (w..v).any(|x| matches!(sent.norm(x), "am" | "was" | "i'm" | "feel" | "felt"));
                if copula && !sent.negated(v, scope::VERB_GROUP) {
                    return Found::new(sent.span(w..v + 1), "This reproaches yourself");
                }
            }
        }
        // A second apology in the message, or two in one sentence.
        if here > 0 && (before > 0 || here > 1) {
            let h = sent.cx.doc().lexicon_hits_in(sent.s, cue::APOLOGY).last()?;
            return Found::new(sent.span(h.words()), "This apologises again");
        }
        // An apology shouted: "Sorry!!!!".
        let end = doc.sentences()[sent.s].span.end;
        if here > 0 && doc.text()[..end].ends_with("!!") {
            return Found::new(
                sent.span(sent.words.clone()),
                "This apologises more than the slip needs",
            );
        }
        // One heavy apology for something small: "so sorry for the quick follow-up".
        if here > 0 {
            if let Some(h) = sent.own_hit(INTENSE) {
                let trivial = sent.words.len() <= 12;
                if trivial {
                    return Found::new(
                        sent.span(h.words()),
                        "This apologises more than the slip needs",
                    );
                }
            }
        }
        None
    });
}

#[cfg(test)]
mod tests {
    use crate::MessageKind::FollowUp;
    use crate::testing::{assert_accepts, assert_flags, check};

    const RULE: &str = "excessive-apology";

    #[test]
    fn flags_the_second_apology_not_the_first() {
        let text = "Sorry for the late reply. I wanted to check in. Apologies again for the delay.";
        let report = check(FollowUp, text);
        let d: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.rule == RULE)
            .collect();
        assert_eq!(d.len(), 1);
        assert_eq!(
            d[0].span().map(|s| s.slice(text)),
            Some("Apologies again for the delay.")
        );
    }

    #[test]
    fn ignores_sympathy_and_a_single_apology() {
        assert_accepts(
            RULE,
            FollowUp,
            "I'm sorry to hear about the reorganisation. Is there any news?",
        );
        assert_accepts(
            RULE,
            FollowUp,
            "Sorry for the slow reply. Tuesday works for me.",
        );
    }

    #[test]
    fn flags_apologising_for_writing() {
        assert_flags(
            RULE,
            FollowUp,
            "I hate to bother you, but is there any update?",
        );
        assert_flags(
            RULE,
            FollowUp,
            "My apologies for following up once more about the role.",
        );
    }
}
