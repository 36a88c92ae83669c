//! Lemma entries in phrase tables: `pay+` stands for every inflection and spelling of
//! the word, so a table lists the word once and matches "pays", "paid" and "paying".
//!
//! The forms are a word's English inflections (plural and third person `-s`, possessive
//! `'s`, past `-ed`, `-ing`, with the usual spelling changes and the irregular verbs a
//! table below lists) and its British and American spellings (`-ise`/`-ize`,
//! `-yse`/`-yze`, `-our`/`-or`, `-lled`/`-led`). Over-generation is harmless: a form
//! nobody writes never matches.

/// Irregular verbs: base, then every other form.
const IRREGULAR: &[(&str, &[&str])] = &[
    ("be", &["am", "is", "are", "was", "were", "been", "being"]),
    ("have", &["has", "had", "having"]),
    ("do", &["does", "did", "done", "doing"]),
    ("go", &["goes", "went", "gone", "going"]),
    ("get", &["gets", "got", "gotten", "getting"]),
    ("give", &["gives", "gave", "given", "giving"]),
    ("take", &["takes", "took", "taken", "taking"]),
    ("make", &["makes", "made", "making"]),
    ("pay", &["pays", "paid", "paying"]),
    ("say", &["says", "said", "saying"]),
    ("tell", &["tells", "told", "telling"]),
    ("send", &["sends", "sent", "sending"]),
    ("spend", &["spends", "spent", "spending"]),
    ("lend", &["lends", "lent", "lending"]),
    ("leave", &["leaves", "left", "leaving"]),
    ("lose", &["loses", "lost", "losing"]),
    ("keep", &["keeps", "kept", "keeping"]),
    ("feel", &["feels", "felt", "feeling"]),
    ("think", &["thinks", "thought", "thinking"]),
    ("bring", &["brings", "brought", "bringing"]),
    ("buy", &["buys", "bought", "buying"]),
    ("catch", &["catches", "caught", "catching"]),
    ("teach", &["teaches", "taught", "teaching"]),
    ("find", &["finds", "found", "finding"]),
    ("hear", &["hears", "heard", "hearing"]),
    ("hold", &["holds", "held", "holding"]),
    ("know", &["knows", "knew", "known", "knowing"]),
    ("write", &["writes", "wrote", "written", "writing"]),
    ("speak", &["speaks", "spoke", "spoken", "speaking"]),
    ("break", &["breaks", "broke", "broken", "breaking"]),
    ("forget", &["forgets", "forgot", "forgotten", "forgetting"]),
    ("forgive", &["forgives", "forgave", "forgiven", "forgiving"]),
    ("drive", &["drives", "drove", "driven", "driving"]),
    ("wake", &["wakes", "woke", "woken", "waking"]),
    ("begin", &["begins", "began", "begun", "beginning"]),
    ("ring", &["rings", "rang", "rung", "ringing"]),
    ("run", &["runs", "ran", "running"]),
    ("come", &["comes", "came", "coming"]),
    ("become", &["becomes", "became", "becoming"]),
    ("see", &["sees", "saw", "seen", "seeing"]),
    ("meet", &["meets", "met", "meeting"]),
    ("sleep", &["sleeps", "slept", "sleeping"]),
    ("sit", &["sits", "sat", "sitting"]),
    ("stand", &["stands", "stood", "standing"]),
    (
        "understand",
        &["understands", "understood", "understanding"],
    ),
    ("freeze", &["freezes", "froze", "frozen", "freezing"]),
    ("fall", &["falls", "fell", "fallen", "falling"]),
    ("cut", &["cuts", "cutting"]),
    ("put", &["puts", "putting"]),
    ("set", &["sets", "setting"]),
    ("let", &["lets", "letting"]),
    ("hit", &["hits", "hitting"]),
    ("shut", &["shuts", "shutting"]),
    ("quit", &["quits", "quitting"]),
    ("read", &["reads", "reading"]),
    ("lead", &["leads", "led", "leading"]),
    ("mean", &["means", "meant", "meaning"]),
    ("show", &["shows", "showed", "shown", "showing"]),
    ("throw", &["throws", "threw", "thrown", "throwing"]),
    ("choose", &["chooses", "chose", "chosen", "choosing"]),
    ("fight", &["fights", "fought", "fighting"]),
    ("win", &["wins", "won", "winning"]),
    ("sell", &["sells", "sold", "selling"]),
    ("steal", &["steals", "stole", "stolen", "stealing"]),
    ("deal", &["deals", "dealt", "dealing"]),
    ("feed", &["feeds", "fed", "feeding"]),
    ("build", &["builds", "built", "building"]),
    ("swear", &["swears", "swore", "sworn", "swearing"]),
    ("wear", &["wears", "wore", "worn", "wearing"]),
    ("beg", &["begs", "begged", "begging"]),
    ("lie", &["lies", "lied", "lying", "lay", "lain"]),
    ("die", &["dies", "died", "dying"]),
    ("blow", &["blows", "blew", "blown", "blowing"]),
    (
        "undergo",
        &["undergoes", "underwent", "undergone", "undergoing"],
    ),
    ("oversleep", &["oversleeps", "overslept", "oversleeping"]),
    ("mislead", &["misleads", "misled", "misleading"]),
    (
        "withdraw",
        &["withdraws", "withdrew", "withdrawn", "withdrawing"],
    ),
];

/// Verbs of two syllables stressed on the last, which double their final consonant.
const DOUBLES: &[&str] = &[
    "admit", "commit", "regret", "refer", "prefer", "occur", "submit", "omit", "permit", "upset",
    "forget", "begin", "control", "transfer", "compel", "rebut", "equip",
];

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// True if the word's final consonant doubles before `-ed` and `-ing` ("stop",
/// "plan", "regret"): one syllable ending consonant–vowel–consonant, or a listed verb.
fn doubles(w: &str) -> bool {
    if DOUBLES.contains(&w) {
        return true;
    }
    let b = w.as_bytes();
    let n = b.len();
    if n < 3 || !b.iter().all(u8::is_ascii_lowercase) {
        return false;
    }
    let (c1, v, c2) = (b[n - 3], b[n - 2], b[n - 1]);
    let groups = b
        .iter()
        .zip(std::iter::once(&b'_').chain(b.iter()))
        .filter(|&(&c, &prev)| is_vowel(c) && !is_vowel(prev))
        .count();
    groups == 1
        && !is_vowel(c1)
        && is_vowel(v)
        && !is_vowel(c2)
        && !matches!(c2, b'w' | b'x' | b'y')
}

/// The regular inflections of `w`: `-s`, `-ed`, `-ing`.
fn regular(w: &str, out: &mut Vec<String>) {
    let b = w.as_bytes();
    let last = b.last().copied().unwrap_or(b' ');
    let before = if b.len() >= 2 { b[b.len() - 2] } else { b' ' };
    // -s
    if w.ends_with(['s', 'x', 'z']) || w.ends_with("ch") || w.ends_with("sh") {
        out.push(format!("{w}es"));
    } else if last == b'y' && !is_vowel(before) {
        out.push(format!("{}ies", &w[..w.len() - 1]));
    } else {
        out.push(format!("{w}s"));
    }
    // -ed and -ing
    if last == b'e' {
        out.push(format!("{w}d"));
        if let Some(stem) = w.strip_suffix("ie") {
            out.push(format!("{stem}ying"));
        } else if w.ends_with("ee") || w.ends_with("ye") || w.ends_with("oe") {
            out.push(format!("{w}ing"));
        } else {
            out.push(format!("{}ing", &w[..w.len() - 1]));
        }
    } else if last == b'y' && !is_vowel(before) {
        out.push(format!("{}ied", &w[..w.len() - 1]));
        out.push(format!("{w}ing"));
    } else if doubles(w) {
        let c = last as char;
        out.push(format!("{w}{c}ed"));
        out.push(format!("{w}{c}ing"));
    } else {
        out.push(format!("{w}ed"));
        out.push(format!("{w}ing"));
        // British doubles a final -l after one vowel: "cancelled", "travelling".
        if last == b'l' && is_vowel(before) && !(b.len() >= 3 && is_vowel(b[b.len() - 3])) {
            out.push(format!("{w}led"));
            out.push(format!("{w}ling"));
        }
    }
}

/// The British and American spellings of `form`.
fn spellings(form: &str, out: &mut Vec<String>) {
    out.push(form.to_owned());
    for (a, b) in [("is", "iz"), ("iz", "is"), ("ys", "yz"), ("yz", "ys")] {
        // -ise/-ize and -yse/-yze, wherever the suffix is followed by an ending.
        for end in ["e", "es", "ed", "ing", "ation", "ations", "er", "ers"] {
            let from = format!("{a}{end}");
            if form.len() > from.len() + 2 && form.ends_with(&from) {
                out.push(format!("{}{b}{end}", &form[..form.len() - from.len()]));
            }
        }
    }
    for (a, b) in [
        ("our", "or"),
        ("ours", "ors"),
        ("oured", "ored"),
        ("ouring", "oring"),
    ] {
        if form.len() > a.len() + 2 && form.ends_with(a) && !form.ends_with(&format!("o{a}")) {
            out.push(format!("{}{b}", &form[..form.len() - a.len()]));
        }
    }
}

/// The -ing form of the verb `base`: "hear" → "hearing", "get" → "getting", "be" →
/// "being".
pub(crate) fn ing_form(base: &str) -> String {
    let mut forms = vec![base.to_owned()];
    match IRREGULAR.iter().find(|(b, _)| *b == base) {
        Some((_, other)) => forms.extend(other.iter().map(|s| (*s).to_owned())),
        None => regular(base, &mut forms),
    }
    forms
        .into_iter()
        .find(|f| f.len() > base.len() && f.ends_with("ing"))
        .unwrap_or_else(|| format!("{base}ing"))
}

/// Every form of the word `lemma`: its inflections and spellings, itself first.
pub(crate) fn forms(lemma: &str) -> Vec<String> {
    let mut inflected = vec![lemma.to_owned()];
    match IRREGULAR.iter().find(|(base, _)| *base == lemma) {
        Some((_, other)) => inflected.extend(other.iter().map(|s| (*s).to_owned())),
        None => regular(lemma, &mut inflected),
    }
    // The possessive: "yesterday's interview", "Monday's call".
    inflected.push(format!("{lemma}'s"));
    let mut out = Vec::with_capacity(inflected.len() * 2);
    for f in &inflected {
        spellings(f, &mut out);
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|f| seen.insert(f.clone()));
    out
}

/// Expands a phrase whose words may end in `+` into every phrase its lemmas stand for
/// ("waste+ my time" → "waste my time", "wasted my time", "wasting my time", …). A phrase
/// without `+` is returned as it is.
pub(crate) fn expand(phrase: &str) -> Vec<String> {
    if !phrase.contains('+') {
        return vec![phrase.to_owned()];
    }
    let mut out = vec![String::new()];
    for word in phrase.split(' ') {
        let options = match word.strip_suffix('+') {
            Some(lemma) => forms(lemma),
            None => vec![word.to_owned()],
        };
        let mut next = Vec::with_capacity(out.len() * options.len());
        for prefix in &out {
            for o in &options {
                next.push(if prefix.is_empty() {
                    o.clone()
                } else {
                    format!("{prefix} {o}")
                });
            }
        }
        out = next;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflects_regular_words() {
        assert_eq!(
            forms("wait"),
            ["wait", "waits", "waited", "waiting", "wait's"]
        );
        assert_eq!(
            forms("salary"),
            ["salary", "salaries", "salaried", "salarying", "salary's"]
        );
        assert!(forms("yesterday").contains(&"yesterday's".to_owned()));
        assert!(forms("stop").contains(&"stopped".to_owned()));
        assert!(forms("regret").contains(&"regretting".to_owned()));
        assert!(forms("arrive").contains(&"arriving".to_owned()));
        assert!(forms("bonus").contains(&"bonuses".to_owned()));
        assert!(forms("cancel").contains(&"cancelled".to_owned()));
        assert!(forms("cancel").contains(&"canceled".to_owned()));
        assert!(!forms("visit").contains(&"visitted".to_owned()));
    }

    #[test]
    fn knows_irregular_verbs_and_both_spellings() {
        assert_eq!(forms("pay"), ["pay", "pays", "paid", "paying", "pay's"]);
        let apologise = forms("apologise");
        for f in ["apologize", "apologises", "apologized", "apologizing"] {
            assert!(apologise.contains(&f.to_owned()), "{f}");
        }
        assert!(forms("organise").contains(&"organized".to_owned()));
        assert!(forms("behaviour").contains(&"behavior".to_owned()));
    }

    #[test]
    fn makes_ing_forms() {
        for (base, ing) in [
            ("hear", "hearing"),
            ("get", "getting"),
            ("be", "being"),
            ("discuss", "discussing"),
            ("contribute", "contributing"),
            ("see", "seeing"),
        ] {
            assert_eq!(ing_form(base), ing);
        }
    }

    #[test]
    fn expands_every_marked_word_of_a_phrase() {
        let all = expand("waste+ my time");
        assert!(all.contains(&"wasted my time".to_owned()));
        assert!(all.contains(&"wasting my time".to_owned()));
        assert_eq!(expand("no change"), ["no change"]);
    }
}
