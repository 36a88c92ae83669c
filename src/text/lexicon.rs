//! Phrase tables shared by the text layer and many rules: greetings, sign-offs,
//! negation, questions and requests, and the word classes the text layer reads
//! (honorifics, abbreviations, function words, pronouns).
//!
//! This is the one home for vocabulary used by more than one rule or by the analysis
//! itself; a word only one rule needs lives in that rule's file, in its phrase tables.
//! Both kinds of table are compiled into the same automaton and matched in one pass.
//! A single-word entry also marks its word with the table's tag, so the analysis and the
//! rules ask "is word `w` a title?" in constant time
//! ([`Document::word_is`](super::Document::word_is)).
//!
//! Phrases are lower case, words separated by single spaces, apostrophes straight; the
//! matcher folds case, curly apostrophes, hyphens and line breaks, so "Follow-up" and
//! "follow\nup" both match `follow up`.

/// Tags of the shared phrase tables.
///
/// Tags below 64 are phrases: their matches are kept (each with the tags of its
/// sentence) and a single-word entry also marks its word. Tags from
/// 64 to 127 are word classes: they only mark
/// their words, so a class as common as "general words" costs a bit per word, not a
/// match.
pub(crate) mod cue {

    /// Opens a salutation: "dear", "hi", "good morning".
    pub(crate) const GREETING: u8 = 0;
    /// A sign-off: "best regards", "sincerely", "thanks".
    pub(crate) const VALEDICTION: u8 = 1;
    /// Negates what follows: "not", "never", "don't".
    pub(crate) const NEGATION: u8 = 2;
    /// Opens a direct question: "could you", "is there", "what is".
    pub(crate) const QUESTION_OPENER: u8 = 3;
    /// Asks indirectly or makes a request: "i was wondering", "please let me know".
    pub(crate) const ASKING: u8 = 4;
    /// Softens a verb into a wish or request: "would", "i'd".
    pub(crate) const CONDITIONAL: u8 = 5;
    /// Talks about someone else's words: "you said", "as you mentioned".
    pub(crate) const REPORTED: u8 = 6;
    /// Marks a phone call or voicemail: "i'm calling", "call me back".
    pub(crate) const CALL: u8 = 7;
    /// Marks a status follow-up: "following up on", "any update", "it's been".
    pub(crate) const STATUS: u8 = 8;
    /// Marks a note written right after the interview: "yesterday", "thank you for meeting".
    pub(crate) const FRESH: u8 = 9;
    /// Hints at a spoken message when it opens a sentence: "this is", "my name is".
    pub(crate) const SPOKEN: u8 = 10;
    /// Thanks: "thank you", "thanks", the verb "thank" (see also [`GRATEFUL`] and
    /// [`APPRECIATE`]).
    pub(crate) const THANK: u8 = 11;
    /// A subject or opening that announces a follow-up: "follow up", "checking in".
    pub(crate) const FOLLOW_UP: u8 = 12;
    /// Answers the employer: "thank you for your response".
    pub(crate) const REPLY: u8 = 13;

    // Word classes, from 64 on: their words are marked, and no match is kept.

    /// An honorific after which a full stop ends nothing: "mr", "dr", "prof".
    pub(crate) const TITLE: u8 = 64;
    /// An abbreviation whose full stop never ends a sentence: "e.g", "vs".
    pub(crate) const NEVER_ENDS: u8 = 65;
    /// An abbreviation whose full stop ends a sentence only before a capital: "etc".
    pub(crate) const MAYBE_ENDS: u8 = 66;
    /// A short function word a hard-wrapped line often ends with: "the", "of", "to".
    pub(crate) const FUNCTION_WORD: u8 = 67;
    /// A word that cannot open the name in a greeting: "Hi, I wanted…", "Hello all".
    pub(crate) const NOT_A_NAME: u8 = 68;
    /// A word that marks a bracketed aside as a template slot: "(Company Name)".
    pub(crate) const SLOT_WORD: u8 = 69;
    /// The name of a common HTML tag: `<p>` is markup, not a slot.
    pub(crate) const HTML_TAG: u8 = 70;
    /// The pronoun "I" and its contractions: "i", "i'm", "i've", "i'd", "i'll".
    pub(crate) const PRONOUN_I: u8 = 71;
    /// A first-person word: "i", "me", "my", "we", "our", "us".
    pub(crate) const FIRST_PERSON: u8 = 72;
    /// A conjunction that opens a contrasting clause after a comma: "but", "though".
    pub(crate) const CONTRAST: u8 = 73;
    /// A part of the day that also greets when alone: "morning", "afternoon".
    pub(crate) const DAYPART: u8 = 74;
    /// A word that ends an organisation's name: "corp", "inc", "ltd", "group".
    pub(crate) const ORG_SUFFIX: u8 = 75;
    /// A greeting too casual for an employer: "hey", "yo" (also a [`GREETING`]).
    pub(crate) const CASUAL_GREETING: u8 = 14;
    /// A sign-off too casual for an employer: "cheers", "xoxo" (also a [`VALEDICTION`]).
    pub(crate) const CASUAL_SIGN_OFF: u8 = 15;
    /// Gratitude as a state: "grateful", "thankful", "gratitude".
    pub(crate) const GRATEFUL: u8 = 16;
    /// "appreciate" and its forms.
    pub(crate) const APPRECIATE: u8 = 17;
}

/// How far back, in words, a negation reaches to negate a phrase, by how much may stand
/// between them.
pub(crate) mod scope {
    /// Right before it: "not even a", "never heard" (two words).
    pub(crate) const ADJACENT: usize = 2;
    /// Across a short verb group: "I do not thank", "wasn't due to" (three words).
    pub(crate) const VERB_GROUP: usize = 3;
    /// Across an auxiliary and an adverb: "I am no longer interested" (four words).
    pub(crate) const PHRASE: usize = 4;
    /// Across most of a clause: "I'm not asking about salary" (five words).
    pub(crate) const CLAUSE: usize = 5;
}

/// Greetings too casual for a message to an employer ("Hey", "Yo", "What's up"). They
/// are greetings all the same: the message's parts are found with them, and
/// `unprofessional-greeting` flags the one a draft opens with.
const CASUAL_GREETINGS: &[&str] = &[
    "hey",
    "hiya",
    "heya",
    "yo",
    "howdy",
    "sup",
    "s'up",
    "what's up",
    "whats up",
    "wassup",
];

/// Sign-offs too casual for a message to an employer ("Cheers", "xoxo", "Later"). They
/// are sign-offs all the same: the message's parts are found with them, and
/// `unprofessional-closing` flags the one a draft ends with.
const CASUAL_SIGN_OFFS: &[&str] = &[
    "cheers",
    "love",
    "lots of love",
    "xoxo",
    "xo",
    "hugs",
    "thx",
    "thanx",
    "tx",
    "ty",
    "later",
    "laters",
    "peace",
    "ciao",
    "bye",
    "ttyl",
    "see ya",
    "take it easy",
    "catch you later",
];

/// The shared phrase tables, by tag.
pub(crate) const SHARED: &[(u8, &[&str])] = &[
    (
        cue::TITLE,
        &[
            "mr", "mrs", "ms", "mx", "dr", "prof", "st", "sr", "jr", "rev", "hon", "capt", "col",
            "gen", "lt", "sgt", "messrs", "mmes",
        ],
    ),
    (
        cue::NEVER_ENDS,
        &["e.g", "i.e", "vs", "approx", "cf", "viz"],
    ),
    (
        cue::MAYBE_ENDS,
        &[
            "etc", "inc", "ltd", "co", "corp", "a.m", "p.m", "no", "jr", "sr",
        ],
    ),
    (
        cue::FUNCTION_WORD,
        &[
            "the", "a", "an", "of", "to", "for", "and", "or", "but", "in", "on", "at", "with",
            "my", "your", "our", "their", "his", "her", "its", "this", "that", "about", "from",
            "by", "as", "is", "are", "was", "were", "be", "been", "would", "will", "can", "could",
            "should", "i", "we", "you", "me", "us", "if", "so", "than", "into", "any", "some",
            "more", "very",
        ],
    ),
    (
        cue::NOT_A_NAME,
        &[
            "i", "i'm", "i've", "i'd", "i'll", "this", "it", "it's", "its", "my", "we", "just",
            "thanks", "thank", "hope", "how", "what", "when", "so", "there", "again", "all",
            "everyone", "and",
        ],
    ),
    (
        cue::SLOT_WORD,
        &[
            "name",
            "company",
            "business",
            "title",
            "position",
            "role",
            "date",
            "insert",
            "organization",
            "organisation",
            "employer",
            "interviewer",
            "manager",
            "president",
            "recruiter",
            "department",
            "your",
        ],
    ),
    (
        cue::HTML_TAG,
        &[
            "a",
            "b",
            "i",
            "u",
            "p",
            "br",
            "hr",
            "em",
            "strong",
            "div",
            "span",
            "ul",
            "ol",
            "li",
            "td",
            "tr",
            "th",
            "table",
            "tbody",
            "thead",
            "html",
            "body",
            "head",
            "title",
            "style",
            "script",
            "img",
            "font",
            "center",
            "small",
            "big",
            "sup",
            "sub",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "pre",
            "code",
            "meta",
            "link",
            "tt",
            "s",
            "strike",
            "del",
            "ins",
            "q",
            "section",
            "article",
            "header",
            "footer",
            "nav",
            "main",
            "label",
            "input",
            "form",
            "button",
            "select",
            "option",
            "textarea",
            "iframe",
        ],
    ),
    (cue::PRONOUN_I, &["i", "i'm", "i've", "i'd", "i'll"]),
    (
        cue::FIRST_PERSON,
        &[
            "i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "myself", "we", "we're", "our",
            "us",
        ],
    ),
    (cue::CONTRAST, &["but", "though", "although", "however"]),
    (cue::DAYPART, &["morning", "afternoon"]),
    (
        cue::ORG_SUFFIX,
        &[
            "corp", "inc", "llc", "ltd", "co", "group", "company", "plc", "gmbh", "team",
        ],
    ),
    (
        cue::GREETING,
        &[
            "dear",
            "hi",
            "hello",
            "greetings",
            "good morning",
            "good afternoon",
            "good evening",
            "good day",
            "morning",
            "afternoon",
            "to whom it may concern",
        ],
    ),
    (cue::GREETING, CASUAL_GREETINGS),
    (cue::CASUAL_GREETING, CASUAL_GREETINGS),
    (
        cue::VALEDICTION,
        &[
            "best regards",
            "kind regards",
            "kindest regards",
            "warm regards",
            "warmest regards",
            "with regards",
            "regards",
            "best",
            "all the best",
            "all best",
            "best wishes",
            "warm wishes",
            "sincerely",
            "sincerely yours",
            "yours sincerely",
            "very truly yours",
            "yours truly",
            "truly",
            "yours faithfully",
            "faithfully",
            "respectfully",
            "respectfully yours",
            "yours respectfully",
            "cordially",
            "thanks",
            "thank you",
            "many thanks",
            "thanks again",
            "thank you again",
            "thanks so much",
            "thank you so much",
            "with thanks",
            "with gratitude",
            "gratefully",
            "with appreciation",
            "appreciatively",
            "warmly",
            "take care",
            "talk soon",
            "speak soon",
            "looking forward",
            "i look forward",
            "have a great day",
            "have a good day",
            "have a nice day",
            "have a great weekend",
            "happy recruiting",
        ],
    ),
    (cue::VALEDICTION, CASUAL_SIGN_OFFS),
    (cue::CASUAL_SIGN_OFF, CASUAL_SIGN_OFFS),
    (
        cue::NEGATION,
        &[
            "not",
            "never",
            "no",
            "nor",
            "neither",
            "without",
            "don't",
            "dont",
            "doesn't",
            "didn't",
            "won't",
            "wouldn't",
            "can't",
            "cannot",
            "cant",
            "isn't",
            "aren't",
            "wasn't",
            "weren't",
            "haven't",
            "hasn't",
            "hadn't",
            "shouldn't",
            "couldn't",
        ],
    ),
    (
        cue::QUESTION_OPENER,
        &[
            "what", "what's", "whats", "when", "where", "why", "how", "which", "who", "is", "are",
            "was", "were", "do", "does", "did", "can", "could", "would", "will", "should", "may",
            "might", "have", "has", "any",
        ],
    ),
    (
        cue::ASKING,
        &[
            "wondering if",
            "wondering whether",
            "wondering when",
            "wondering what",
            "wondering how",
            "wondering about",
            "i wonder",
            "like to know",
            "love to know",
            "want to know",
            "wanted to know",
            "need to know",
            "like to ask",
            "want to ask",
            "wanted to ask",
            "may i ask",
            "can i ask",
            "could i ask",
            "curious if",
            "curious whether",
            "curious about",
            "curious to know",
            "curious to hear",
            "let me know",
            "tell me",
            "please share",
            "could you",
            "can you",
            "would you",
            "will you",
            "would you mind",
            "please advise",
            "please inform me",
            "please send",
            "please provide",
            "please explain",
            "please update me",
            "i'd appreciate",
            "i would appreciate",
            "would appreciate",
            "would be appreciated",
            "would be greatly appreciated",
            "would be much appreciated",
            "information about",
            "information on",
            "eager to know",
            "eager to hear",
            "hoping to hear",
            "hoping you could",
            "hoping you can",
            "hoping for an update",
            "keep me posted",
            "to see if",
            "to see whether",
            "checking if",
            "checking whether",
            "check if",
            "check whether",
            "keep me updated",
            "fill me in",
        ],
    ),
    (
        cue::CONDITIONAL,
        &[
            "would", "i'd", "we'd", "you'd", "will", "i'll", "could", "should", "if",
        ],
    ),
    (
        cue::REPORTED,
        &[
            "you said",
            "you mentioned",
            "as you said",
            "as you mentioned",
            "you told me",
            "told me",
            "you asked",
            "you'd said",
            "you had said",
        ],
    ),
    (
        cue::CALL,
        &[
            "i'm calling",
            "i am calling",
            "calling to",
            "calling about",
            "calling regarding",
            "calling in regard",
            "calling in regards",
            "calling back",
            "i called",
            "reason i called",
            "reason i'm calling",
            "give me a call",
            "give me a ring",
            "give you a ring",
            "give you a call",
            "call me back",
            "call me at",
            "call me on",
            "call back",
            "return my call",
            "my number is",
            "my phone number is",
            "my cell",
            "my cell is",
            "reach me at",
            "you can reach me",
            "voicemail",
            "voice mail",
            "voice message",
            "leave a message",
            "left a message",
            "left you a message",
            "you're not there",
            "you are not there",
            "not at your desk",
            "when you get this",
            "when you get this message",
        ],
    ),
    (
        cue::STATUS,
        &[
            "follow up on",
            "following up on",
            "follow up regarding",
            "following up regarding",
            "follow up about",
            "following up about",
            "follow up with you",
            "following up with you",
            "following up",
            "checking in",
            "check in",
            "touch base",
            "touching base",
            "status of",
            "the status",
            "status update",
            "an update",
            "any update",
            "any updates",
            "any news",
            "a decision",
            "final decision",
            "hiring decision",
            "decision has been made",
            "the timeline",
            "hiring timeline",
            "next steps",
            "it's been",
            "it has been",
            "since our interview",
            "since we spoke",
            "since my interview",
            "since i interviewed",
            "haven't heard",
            "have not heard",
            "hadn't heard",
            "heard back",
            "hear back",
            "still interested",
            "remain interested",
            "remain very interested",
            "still very interested",
            "reach out again",
            "one more time",
            "one last time",
            "last week",
            "weeks ago",
            "a week ago",
            "two weeks",
            "a couple of weeks",
            "last time we spoke",
            "my candidacy",
            "status of my application",
            "where things stand",
            "hiring process",
            "second interview",
            "the decision",
            "final notification",
            "decide",
            "decided",
        ],
    ),
    (
        cue::FRESH,
        &[
            "today",
            "this morning",
            "this afternoon",
            "this evening",
            "yesterday",
            "earlier today",
            "thank you for taking the time",
            "thanks for taking the time",
            "thank you for meeting",
            "thank you for the interview",
            "thanks for the interview",
            "thank you for interviewing",
            "thanks for interviewing",
            "thank you for speaking",
            "thanks for speaking",
            "thanks for chatting",
            "thank you for the opportunity to interview",
            "it was a pleasure",
            "it was great to meet",
            "enjoyed meeting",
            "enjoyed speaking",
            "enjoyed our conversation",
            "enjoyed learning",
            "enjoyed talking",
            "enjoyed discussing",
            "great to meet",
            "pleasure meeting",
            "pleasure to meet",
        ],
    ),
    (
        cue::SPOKEN,
        &[
            "this is",
            "my name is",
            "it's",
            "bye",
            "bye bye",
            "talk to you soon",
            "this message",
            "hello",
            "hi",
            "how are you",
            "so anyway",
            "oh yeah",
        ],
    ),
    (
        cue::THANK,
        &[
            "thank you",
            "thanks",
            "thank",
            "thank u",
            "thanx",
            "thx",
            "many thanks",
            "much thanks",
        ],
    ),
    (
        cue::GRATEFUL,
        &["grateful", "thankful", "gratitude", "appreciative"],
    ),
    (
        cue::APPRECIATE,
        &[
            "appreciate",
            "appreciated",
            "appreciating",
            "appreciation",
            "appreciates",
        ],
    ),
    (
        cue::FOLLOW_UP,
        &[
            "follow up",
            "following up",
            "checking in",
            "check in",
            "touching base",
            "touch base",
            "status",
            "update",
        ],
    ),
    (
        cue::REPLY,
        &[
            "your response",
            "your reply",
            "your email",
            "your message",
            "your note",
            "for letting me know",
            "getting back to me",
        ],
    ),
];

#[cfg(test)]
mod tests {
    use super::SHARED;
    use crate::text::normalize_phrase;

    #[test]
    fn entries_are_written_as_they_are_matched_and_listed_once_per_table() {
        for (tag, list) in SHARED {
            let mut seen = std::collections::HashSet::new();
            for phrase in *list {
                assert_eq!(
                    normalize_phrase(phrase).as_deref(),
                    Some(*phrase),
                    "table {tag}: {phrase:?} must be lower case, single-spaced words"
                );
                assert!(seen.insert(phrase), "table {tag}: {phrase:?} listed twice");
            }
        }
    }

    #[test]
    fn tags_fit_the_per_word_bits_and_word_classes_are_single_words() {
        assert!(SHARED.iter().all(|(tag, _)| *tag < 128));
        for (tag, list) in SHARED {
            if *tag >= crate::text::phrases::FIRST_CLASS_TAG {
                assert!(
                    list.iter().all(|p| !p.contains(' ')),
                    "word class {tag} has a phrase of several words"
                );
            }
        }
    }
}
