//! Checks a draft of a job-interview follow-up — a thank-you note, a status follow-up
//! email, or a phone-call / voicemail script — against the criteria of a career guide,
//! and returns structured diagnostics with byte spans, messages, help and fixes.
//!
//! It is a library for the tools job seekers write in (email clients, coaching apps,
//! editors, command-line tools). The repository's README has the command-line examples,
//! the rule table, the JSON format and the measured performance.
//!
//! # Checking a draft
//!
//! ```rust
//! use followup_lint::{Context, Draft, Linter, MessageKind, Severity};
//!
//! let linter = Linter::new(); // build once, reuse; Send + Sync
//! let context = Context::new().interviewer("Priya Natarajan").company("Lumen Freight");
//! let text = "Hi Priya,\n\nThanks for meeting me today. What does the role pay?\n";
//! let report = linter.check(&Draft::new(text).kind(MessageKind::ThankYou).context(&context));
//!
//! for d in &report.diagnostics {
//!     let span = d.span().expect("text diagnostics have spans");
//!     println!("{} [{}] {:?}: {}", d.severity, d.rule, span.slice(text), d.message);
//! }
//! let salary = report.diagnostics.iter().find(|d| d.rule == "salary-question").unwrap();
//! assert_eq!(salary.severity, Severity::Error);
//! assert_eq!(salary.span().unwrap().slice(text), "What does the role pay?");
//! ```
//!
//! Without `.kind(…)` the kind is detected from the text and `report.kind_detected` is
//! true. Spans are byte ranges into exactly the string you passed; [`LineIndex`] turns
//! them into 1-based line and column for people, or 0-based line and UTF-16 column for
//! LSP clients. Each [`Report`] also carries the guide's checklist for the kind of
//! message ([`ChecklistItem`], in the order of [`Criterion`]).
//!
//! # Configuration
//!
//! A [`Config`] (serde-deserialisable, unknown keys rejected) sets levels per rule and
//! per kind, rule options, the input size limit, and rules of your own made of phrase
//! lists (matched like the built-in tables: whole words, any case, curly or straight
//! apostrophes) and regular expressions (the `regex` crate's syntax, linear time,
//! compiled size capped at [`PATTERN_SIZE_LIMIT`]):
//!
//! ```rust
//! # #[cfg(feature = "serde")] {
//! use followup_lint::{Config, Linter};
//!
//! let config: Config = serde_json::from_str(r#"{
//!     "rules": {
//!         "missing-closing": { "level": "warning", "follow-up": "error" },
//!         "salary-question": "allow"
//!     },
//!     "custom": [{ "id": "buzzword", "message": "Drop the buzzword \"{match}\"",
//!                  "phrases": ["synergy", "circle back"],
//!                  "patterns": ["(?i)\\bleverag(e|ing)\\b"] }]
//! }"#).unwrap();
//! let linter = Linter::with_config(config).unwrap();
//!
//! let typo: Config = serde_json::from_str(r#"{"rules": {"salary-questoin": "allow"}}"#).unwrap();
//! let err = Linter::with_config(typo).unwrap_err();
//! assert_eq!(err.to_string(), "unknown rule `salary-questoin`; the closest known rule is `salary-question`");
//! # }
//! ```
//!
//! # Rules of your own
//!
//! A rule written in Rust uses the same model as the built-in ones: metadata, phrase
//! tables compiled into the one automaton, and a check function that returns
//! [`Finding`]s, which the linter stamps with the rule's id and severity. Write it as a
//! `const` [`Rule`], or build an [`OwnedRule`] at run time from data you load:
//!
//! ```rust
//! use followup_lint::{Category, Draft, Finding, Linter, MessageKind, OwnedRule};
//!
//! let rivals = vec!["Acme Rockets".to_owned(), "Globex".to_owned()];
//! let rule = OwnedRule::new("rival-mention", Category::Custom, |cx, out| {
//!     for hit in cx.hits() {
//!         out.push(Finding::new(cx.doc().hit_span(hit), "names a rival company"));
//!     }
//! })
//! .summary("Flags the name of a rival company.")
//! .phrases(0, rivals);
//!
//! let linter = Linter::builder().owned_rule(rule).build().unwrap();
//! let report = linter.check(&Draft::new("I also spoke to Globex.").kind(MessageKind::FollowUp));
//! assert!(report.diagnostics.iter().any(|d| d.rule == "rival-mention"));
//! ```
//!
//! # Fixes
//!
//! Diagnostics carry suggestions: edits (a byte span and its replacement) with an
//! [`Applicability`] ordered `HasPlaceholders < NeedsReview < Safe`, so "apply only safe
//! fixes" is one comparison. Safe fixes cannot change the meaning (a doubled word, a
//! known misspelling, a capital letter, a stray space). [`apply_fixes`] applies a
//! report's fixes and refuses overlapping edits with a typed [`FixError`];
//! [`apply_non_overlapping`] applies what it can and lists the rest; [`Linter::fix`]
//! checks and fixes in rounds until nothing more applies.
//!
//! ```rust
//! use followup_lint::{Applicability, Draft, Linter, MessageKind};
//!
//! let linter = Linter::new();
//! let draft = Draft::new("thank you for the the interview. i enjoyed it .").kind(MessageKind::ThankYou);
//! let fixed = linter.fix(&draft, Applicability::Safe);
//! assert_eq!(fixed.text, "Thank you for the interview. I enjoyed it.");
//! ```
//!
//! # In an editor or a web page
//!
//! For editors and web pages the linter gives positions in every unit a client counts
//! in, findings it can dismiss, and a dictionary of its user's own words. `Linter::fix` also returns its edits against the
//! text it was given (`Fixed::edits`), so an editor can apply them in one step.
//!
//! ```rust
//! use followup_lint::{Config, Draft, Linter, MessageKind};
//!
//! let text = "Thank you 🙂 for the the tour of the Kubrix lab.";
//! let linter = Linter::with_config(Config::new().accept_words(["Kubrix"])).unwrap();
//! let report = linter.check(&Draft::new(text).kind(MessageKind::ThankYou));
//! let doubled = report.diagnostics.iter().find(|d| d.rule == "repeated-word").unwrap();
//!
//! // Where it is in JavaScript's units (UTF-16), in code points, and as a line.
//! let at = report.with_positions(text).map().positions(doubled.span().unwrap());
//! assert_eq!((at.utf16.start, at.chars.start, at.line), (17, 16, 1));
//!
//! // "Dismiss": keep the fingerprint; it survives edits elsewhere in the draft.
//! let dismissed = vec![doubled.fingerprint().to_owned()];
//! let edited = format!("Hi Sam,\n\n{text}");
//! let again = linter.check(&Draft::new(&edited).kind(MessageKind::ThankYou).dismissed(&dismissed));
//! assert!(again.diagnostics.iter().all(|d| d.rule != "repeated-word"));
//! ```
//!
//! The JSON a web page or another language receives is the positioned form: every
//! diagnostic, edit and checklist evidence carries `span` (bytes), `utf16`, `chars`
//! (code points) and 1-based `line`/`column`. It reads back into a [`Report`].
//!
//! ```rust
//! # #[cfg(feature = "serde")] {
//! use followup_lint::{Applicability, Draft, Linter, Report};
//!
//! let text = "Zoë,\r\nthanks 🙂 for the the tour.\r\n";
//! let linter = Linter::new();
//! let report = linter.check(&Draft::new(text));
//! let json = serde_json::to_value(report.with_positions(text)).unwrap();
//! let d = json["diagnostics"].as_array().unwrap().iter().find(|d| d["rule"] == "repeated-word").unwrap();
//! assert_eq!((&d["utf16"]["start"], &d["line"], &d["column"]), (&serde_json::json!(20), &serde_json::json!(2), &serde_json::json!(14)));
//! assert_eq!(serde_json::from_value::<Report>(json).unwrap(), report);
//!
//! // Fixed::edits turn the text given into the fixed text in one step.
//! let fixed = linter.fix(&Draft::new(text), Applicability::Safe);
//! let mut buffer = text.to_owned();
//! for edit in fixed.edits.iter().rev() {
//!     buffer.replace_range(edit.span.start..edit.span.end, &edit.replacement);
//! }
//! assert_eq!(buffer, fixed.text);
//! # }
//! ```
//!
//! With the `schema` feature, `schema::report()` and `schema::positioned_report()` give
//! JSON Schemas of both forms (also committed as `docs/report.schema.json` and
//! `docs/report-with-positions.schema.json`), for clients that validate or generate
//! types.
//!
//! ```rust
//! # #[cfg(feature = "schema")] {
//! let schema = serde_json::to_value(followup_lint::schema::positioned_report()).unwrap();
//! assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
//! # }
//! ```
//!
//! With the `html` feature, `Draft::html()` reads the text as an HTML body, as email
//! clients hold it: the visible text is checked, quoted replies (`<blockquote>`, Gmail's,
//! Yahoo's and Thunderbird's quote containers, everything after Outlook's reply
//! separator) are left out, and every span points
//! into the HTML, so a client highlights inside its own markup. Fixes are kept only
//! where they replace plain text.
//!
//! ```rust
//! # #[cfg(feature = "html")] {
//! use followup_lint::{Draft, Linter};
//!
//! let html = r#"<p>Hi Ana,</p><p>Thanks for the the tour.</p>
//! <div class="gmail_quote"><blockquote>whats the salary?</blockquote></div>"#;
//! let report = Linter::new().check(&Draft::new(html).html());
//! let d = report.diagnostics.iter().find(|d| d.rule == "repeated-word").unwrap();
//! assert_eq!(d.span().unwrap().slice(html), "the the");
//! assert!(report.diagnostics.iter().all(|d| d.rule != "salary-question"));
//! # }
//! ```
//!
//! # Timing and cadence
//!
//! With the `timing` feature (on by default), a follow-up history is checked against the
//! guide's timing: a thank-you note within 24 hours, a follow-up email only after the
//! stated timeframe (or one to two weeks), a call only after an unanswered email and at
//! mid-morning or mid-afternoon in the recipient's time zone, never too often. The
//! library never reads the clock; you pass "now". The [`timing`] module re-exports
//! `jiff` ([`timing::jiff`]), so callers need no dependency of their own for timestamps.
//!
//! ```rust
//! # #[cfg(feature = "timing")] {
//! use followup_lint::Linter;
//! use followup_lint::timing::{Action, Contact, ContactKind, Timeline};
//!
//! let ts = |s: &str| s.parse().unwrap();
//! let timeline = Timeline::new(
//!     ts("2026-12-01T10:00:00-05:00[America/New_York]"),
//!     ts("2026-12-01T11:00:00-05:00[America/New_York]"),
//! )
//! .unwrap()
//! .with_contact(Contact::new(ContactKind::ThankYou, ts("2026-12-01T18:00:00-05:00[America/New_York]")))
//! .unwrap()
//! // Planned from Berlin at 14:05: that is 08:05 in New York, too early to call.
//! .with_contact(Contact::new(ContactKind::Call, ts("2026-12-10T14:05:00+01:00[Europe/Berlin]")))
//! .unwrap();
//! let now = ts("2026-12-09T09:00:00-05:00[America/New_York]");
//!
//! let linter = Linter::new();
//! let rules: Vec<String> = linter.check_timeline(&timeline, &now).iter().map(|d| d.rule.to_string()).collect();
//! assert_eq!(rules, ["call-before-email", "call-outside-hours"]);
//! assert_eq!(linter.next_step(&timeline, &now).action, Action::SendFollowUp);
//! # }
//! ```
//!
//! # Features
//!
//! - `serde` (default): `Serialize` for reports and diagnostics, `Deserialize` for
//!   [`Config`] and [`Context`].
//! - `timing` (default): the [`timing`] module and its rules, with `jiff` and a bundled
//!   time zone database.
//! - `spelling` (default): the `misspelling` rule, backed by the typos project's
//!   dictionary and the Wordnik word list (about 14.5 MB of binary; turn it off for WASM
//!   with `default-features = false, features = ["serde"]`).
//! - `regex-perf` (default): regex's fast paths for long drafts; WASM builds leave it
//!   out (the PikeVM is still linear, and the package 190 KB smaller).
//! - `html`: HTML bodies (the `html` module, `Draft::html`), read with html5gum.
//! - `schema`: JSON Schemas of the report (the `schema` module), generated by schemars.
//!
//! # Guarantees
//!
//! Checking is infallible and never panics, whatever the input; only building a linter
//! from a bad configuration fails, with a [`ConfigError`] naming what was wrong and what
//! would be valid. Spans are half-open byte ranges on `char` boundaries. Each draft is
//! analysed once, in time linear in its size. No unsafe code, no I/O, no clock, no
//! global mutable state.
//!
//! # What is public API
//!
//! Everything exported here. The analysed draft ([`Document`], [`Sentence`], [`Word`],
//! [`Parts`], [`Hit`]) is public so that rules of your own can read it; those types are
//! `#[non_exhaustive]` and expose methods, not layouts.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(rust_2018_idioms)]

mod config;
mod diagnostic;
mod draft;
mod fix;
#[cfg(feature = "html")]
#[cfg_attr(docsrs, doc(cfg(feature = "html")))]
pub mod html;
mod linter;
mod name;
mod position;
mod positions;
mod rule;
mod rules;
#[cfg(feature = "schema")]
#[cfg_attr(docsrs, doc(cfg(feature = "schema")))]
pub mod schema;
mod text;
#[cfg(feature = "timing")]
#[cfg_attr(docsrs, doc(cfg(feature = "timing")))]
pub mod timing;

#[cfg(test)]
mod testing;

pub use config::{
    Config, ConfigError, CustomRule, DEFAULT_MAX_DIAGNOSTICS_PER_RULE, DEFAULT_MAX_INPUT_BYTES,
    MAX_CUSTOM_PHRASES, MAX_CUSTOM_RULES, MAX_MESSAGE_BYTES, MAX_PHRASE_BYTES, MAX_QUOTED_CHARS,
    PATTERN_SIZE_LIMIT, RuleConfig, is_kebab_case,
};
pub use diagnostic::{
    Applicability, Category, Diagnostic, Edit, Finding, Level, Levels, Location, RULES_DOCS,
    Severity, Span, Suggestion,
};
pub use draft::{Context, Draft, MessageKind, Stage};
pub use fix::{FixError, Fixed, apply_fixes, apply_non_overlapping};
pub use linter::{ChecklistItem, Linter, LinterBuilder, Report, Stats};
pub use name::ParseNameError;
pub use position::{LineCol, LineIndex, Utf16Position};
pub use positions::{Offsets, PositionMap, Positions, ReportWithPositions};
#[cfg(feature = "timing")]
#[cfg_attr(docsrs, doc(cfg(feature = "timing")))]
pub use rule::{ContactExample, TimelineCheckFn, TimelineContext, TimelineExample, TimelineRule};
pub use rule::{
    ContextField, Criterion, Evidence, EvidenceFn, Example, Findings, Gate, OptionKind, OwnedRule,
    PhraseTable, Rule, RuleContext, RuleKind, RuleOption, TextCheckFn, TextRule,
};
pub use rules::{catalogue, find_rule};
pub use text::{Document, Ending, Greeting, Hit, Part, Parts, Sentence, Word, normalize_phrase};
