//! `followup-lint` for JavaScript: the crate's linter compiled to WebAssembly, for web
//! pages and Node.js.
//!
//! A thin wrapper: every check, fix and timing judgement is the crate's own. This layer
//! only reads JavaScript values as the crate's serde types and hands back plain
//! JavaScript objects in the crate's JSON forms:
//!
//! - [`JsLinter::check`] returns the report in the positions form (what
//!   `serde_json::to_value(report.with_positions(text))` gives), so every diagnostic and
//!   edit carries `utf16` offsets that `String.prototype.slice` takes as they are;
//! - [`JsLinter::fix`] returns the fixed text and its edits against the text given;
//! - [`JsLinter::check_timeline`] and [`JsLinter::next_step`] read a timeline in the
//!   format of the crate's `timeline` example.
//!
//! Bad input (a configuration the crate rejects, an options object of the wrong shape,
//! an invalid timeline) is thrown as a JavaScript `Error` whose message is the crate's
//! or serde's message. The TypeScript types are in `types.d.ts`, shipped in the
//! generated declarations.

use followup_lint::timing::{Timeline, TimelineError, TimelineSpec, jiff, parse_timestamp};
use followup_lint::{
    Applicability, Category, Config, Context, Criterion, Diagnostic, Draft, Fixed, Levels,
    MessageKind, OptionKind, PositionMap, Positions, Rule, Span, catalogue as rules,
};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("types.d.ts");

/// Reads `value`, a JavaScript object or a JSON string, as a `T`.
///
/// An object goes through `JSON.stringify` and `serde_json::Value`, so that serde's
/// message names the field and not a line and column of a string the caller never saw;
/// a string is parsed as it is, and its errors do say where.
fn from_js<T: DeserializeOwned>(value: &JsValue) -> Result<T, String> {
    if let Some(json) = value.as_string() {
        return serde_json::from_str(&json).map_err(|e| e.to_string());
    }
    let json: String = js_sys::JSON::stringify(value)
        .map_err(|_| "the value cannot be written as JSON (a cycle or a BigInt?)".to_owned())?
        .into();
    let tree: serde_json::Value = serde_json::from_str(&json).map_err(|e| e.to_string())?;
    T::deserialize(tree).map_err(|e| e.to_string())
}

/// Reads an optional argument: `undefined` and `null` give `T::default()`.
fn optional<T: DeserializeOwned + Default>(value: Option<JsValue>) -> Result<T, String> {
    match value {
        Some(v) if !v.is_null() && !v.is_undefined() => from_js(&v),
        _ => Ok(T::default()),
    }
}

/// Writes `value` as a plain JavaScript object, exactly as `serde_json` serialises it.
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    let json = serde_json::to_string(value).map_err(|e| JsError::new(&e.to_string()))?;
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("the result is not valid JSON"))
}

/// A `JsError` (thrown as a JavaScript `Error`) with `message`.
fn error(message: impl std::fmt::Display) -> JsError {
    JsError::new(&message.to_string())
}

/// What `check` reads from its options object.
#[derive(Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct CheckOptions {
    kind: Option<String>,
    context: Option<Context>,
    subject: Option<String>,
    dismissed: Vec<String>,
}

/// What `fix` reads from its options object.
#[derive(Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct FixOptions {
    applicability: Option<String>,
    kind: Option<String>,
    context: Option<Context>,
    subject: Option<String>,
    dismissed: Vec<String>,
}

/// The parts of a draft both option objects share, parsed.
struct DraftParts<'o> {
    kind: Option<MessageKind>,
    context: Option<&'o Context>,
    subject: Option<&'o str>,
    dismissed: &'o [String],
}

impl<'o> DraftParts<'o> {
    fn new(
        kind: Option<&str>,
        context: Option<&'o Context>,
        subject: Option<&'o str>,
        dismissed: &'o [String],
    ) -> Result<Self, JsError> {
        let kind = kind.map(str::parse::<MessageKind>).transpose();
        Ok(DraftParts {
            kind: kind.map_err(error)?,
            context,
            subject,
            dismissed,
        })
    }

    fn draft<'t>(&self, text: &'t str) -> Draft<'t>
    where
        'o: 't,
    {
        let mut draft = Draft::new(text).dismissed(self.dismissed);
        if let Some(kind) = self.kind {
            draft = draft.kind(kind);
        }
        if let Some(context) = self.context {
            draft = draft.context(context);
        }
        if let Some(subject) = self.subject {
            draft = draft.subject(subject);
        }
        draft
    }
}

/// An edit of `Fixed`, with its positions in the text given to `fix`.
#[derive(Serialize)]
struct EditAt<'a> {
    #[serde(flatten)]
    at: Positions,
    replacement: &'a str,
}

/// A fix applied or skipped: its rule and the bytes it edits in the round's text.
#[derive(Serialize)]
struct FixRecord<'a> {
    rule: &'a str,
    span: Span,
}

/// What `fix` returns.
#[derive(Serialize)]
struct FixedJs<'a> {
    text: &'a str,
    edits: Vec<EditAt<'a>>,
    applied: Vec<FixRecord<'a>>,
    skipped: Vec<FixRecord<'a>>,
}

impl<'a> FixedJs<'a> {
    fn new(original: &str, fixed: &'a Fixed) -> Self {
        let map = PositionMap::new(original);
        let records = |list: &'a [(Cow<'static, str>, Span)]| {
            list.iter()
                .map(|(rule, span)| FixRecord { rule, span: *span })
                .collect()
        };
        FixedJs {
            text: &fixed.text,
            edits: fixed
                .edits
                .iter()
                .map(|e| EditAt {
                    at: map.positions(e.span),
                    replacement: &e.replacement,
                })
                .collect(),
            applied: records(&fixed.applied),
            skipped: records(&fixed.skipped),
        }
    }
}

/// What `checkTimeline` returns: the timeline example's JSON form.
#[derive(Serialize)]
struct TimelineReport<'a> {
    diagnostics: &'a [Diagnostic],
    next_step: &'a followup_lint::timing::NextStep,
}

/// A rule option as `catalogue()` lists it.
#[derive(Serialize)]
struct OptionInfo {
    name: &'static str,
    summary: &'static str,
    default: f64,
    min: f64,
    max: f64,
    kind: &'static str,
}

/// A rule as `catalogue()` lists it.
#[derive(Serialize)]
struct RuleInfo {
    id: &'static str,
    category: Category,
    checks: &'static str,
    summary: Cow<'static, str>,
    why: &'static str,
    help: &'static str,
    url: String,
    levels: Levels,
    criterion: Option<Criterion>,
    options: Vec<OptionInfo>,
}

impl RuleInfo {
    fn new(rule: &'static Rule) -> Self {
        let levels = MessageKind::ALL.into_iter().fold(
            Levels::all(rule.default_level(MessageKind::ThankYou)),
            |l, k| l.with(k, rule.default_level(k)),
        );
        RuleInfo {
            id: rule.id,
            category: rule.category,
            checks: if rule.as_text().is_some() {
                "text"
            } else {
                "timeline"
            },
            summary: rule.summary_text(),
            why: rule.why,
            help: rule.help,
            url: rule.url(),
            levels,
            criterion: rule.criterion(),
            options: rule
                .options
                .iter()
                .map(|o| OptionInfo {
                    name: o.name,
                    summary: o.summary,
                    default: o.default,
                    min: o.min,
                    max: o.max,
                    kind: match o.kind {
                        OptionKind::Count => "count",
                        OptionKind::TimeOfDay => "time-of-day",
                        _ => "number",
                    },
                })
                .collect(),
        }
    }
}

/// Reads a timeline (an object or a JSON string in the timeline file format) and "now".
///
/// `now` is an RFC 9557 timestamp with a zone in brackets; an instant with an offset
/// only (`new Date().toISOString()`) is read in the recipient's zone.
fn timeline_at(timeline: &JsValue, now: &str) -> Result<(Timeline, jiff::ZonedDateTime), JsError> {
    let spec: TimelineSpec = from_js(timeline).map_err(error)?;
    let timeline = Timeline::try_from(spec).map_err(error)?;
    let now = match parse_timestamp("now", now) {
        Ok(now) => now,
        Err(TimelineError::MissingTimeZone { .. }) => now
            .parse::<jiff::Timestamp>()
            .map(|t| t.to_zoned_datetime(timeline.recipient_zone().clone()))
            .map_err(|e| error(format!("`now` is not a timestamp ({now:?}): {e}")))?,
        Err(e) => return Err(error(e)),
    };
    Ok((timeline, now))
}

/// Checks drafts of job-interview follow-up messages. Build one and reuse it: building
/// compiles the matchers.
#[wasm_bindgen(js_name = Linter)]
pub struct JsLinter {
    inner: followup_lint::Linter,
}

#[wasm_bindgen(js_class = Linter)]
impl JsLinter {
    /// Returns a linter with `config` (an object or a JSON string in the crate's
    /// `Config` schema), or the built-in rules at their default levels without one.
    /// Throws an `Error` naming what is wrong with a configuration the crate rejects.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_optional_param_type = "Config | string | null")] config: Option<
            JsValue,
        >,
    ) -> Result<JsLinter, JsError> {
        let config: Config = optional(config).map_err(error)?;
        let inner = followup_lint::Linter::with_config(config).map_err(error)?;
        Ok(JsLinter { inner })
    }

    /// Checks `text` and returns the report in the positions form: each diagnostic and
    /// edit has `span` (UTF-8 bytes), `utf16` (what `text.slice` takes), `chars`, lines
    /// and columns. Throws an `Error` if `options` has the wrong shape.
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn check(
        &self,
        text: &str,
        #[wasm_bindgen(unchecked_optional_param_type = "CheckOptions | null")] options: Option<
            JsValue,
        >,
    ) -> Result<JsValue, JsError> {
        let options: CheckOptions = optional(options).map_err(error)?;
        let parts = DraftParts::new(
            options.kind.as_deref(),
            options.context.as_ref(),
            options.subject.as_deref(),
            &options.dismissed,
        )?;
        let report = self.inner.check(&parts.draft(text));
        to_js(&report.with_positions(text))
    }

    /// Applies every fix at or above `options.applicability` (default `"safe"`), checking
    /// again after each round, and returns the fixed text with its edits against `text`.
    #[wasm_bindgen(unchecked_return_type = "Fixed")]
    pub fn fix(
        &self,
        text: &str,
        #[wasm_bindgen(unchecked_optional_param_type = "FixOptions | null")] options: Option<
            JsValue,
        >,
    ) -> Result<JsValue, JsError> {
        let options: FixOptions = optional(options).map_err(error)?;
        let at_least = match options.applicability.as_deref() {
            None => Applicability::Safe,
            Some(name) => name.parse().map_err(error)?,
        };
        let parts = DraftParts::new(
            options.kind.as_deref(),
            options.context.as_ref(),
            options.subject.as_deref(),
            &options.dismissed,
        )?;
        let fixed = self.inner.fix(&parts.draft(text), at_least);
        to_js(&FixedJs::new(text, &fixed))
    }

    /// Checks a follow-up history (an object or a JSON string in the timeline file
    /// format) at `now` and returns its diagnostics and the next step. `now` is an RFC
    /// 9557 timestamp (`2026-12-09T09:00:00-05:00[America/New_York]`) or an instant such
    /// as `new Date().toISOString()`, which is read in the recipient's time zone.
    #[wasm_bindgen(js_name = checkTimeline, unchecked_return_type = "TimelineReport")]
    pub fn check_timeline(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Timeline | string")] timeline: JsValue,
        now: &str,
    ) -> Result<JsValue, JsError> {
        let (timeline, now) = timeline_at(&timeline, now)?;
        let diagnostics = self.inner.check_timeline(&timeline, &now);
        let next_step = self.inner.next_step(&timeline, &now);
        to_js(&TimelineReport {
            diagnostics: &diagnostics,
            next_step: &next_step,
        })
    }

    /// Returns what the guide recommends doing next with a follow-up history at `now`
    /// (read as by `checkTimeline`).
    #[wasm_bindgen(js_name = nextStep, unchecked_return_type = "NextStep")]
    pub fn next_step(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Timeline | string")] timeline: JsValue,
        now: &str,
    ) -> Result<JsValue, JsError> {
        let (timeline, now) = timeline_at(&timeline, now)?;
        to_js(&self.inner.next_step(&timeline, &now))
    }

    /// Returns the id of every rule this linter knows, built-in and from its
    /// configuration.
    #[wasm_bindgen(js_name = ruleIds)]
    pub fn rule_ids(&self) -> Vec<String> {
        self.inner.rule_ids().map(str::to_owned).collect()
    }
}

/// Returns the metadata of every built-in rule, in the catalogue's order.
#[wasm_bindgen(unchecked_return_type = "RuleInfo[]")]
pub fn catalogue() -> Result<JsValue, JsError> {
    let list: Vec<RuleInfo> = rules().iter().map(RuleInfo::new).collect();
    to_js(&list)
}

/// Returns the version of the package (the crate's version).
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The package's version is the crate's: `scripts/wasm` writes it into package.json.
    #[test]
    fn version_is_the_crate_version() {
        let manifest = include_str!("../../../Cargo.toml");
        let line = manifest
            .lines()
            .find(|l| l.starts_with("version = "))
            .expect("the crate's manifest has a version");
        assert_eq!(line, format!("version = \"{}\"", version()));
    }

    #[test]
    fn catalogue_lists_every_rule_with_its_levels() {
        let list: Vec<RuleInfo> = rules().iter().map(RuleInfo::new).collect();
        let json = serde_json::to_value(&list).unwrap();
        let salary = json
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == "salary-question")
            .unwrap();
        assert_eq!(salary["checks"], "text");
        assert_eq!(salary["levels"]["thank-you"], "error");
        let late = json
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == "thank-you-late")
            .unwrap();
        assert_eq!(late["checks"], "timeline");
    }

    #[test]
    fn fixed_edits_carry_positions_in_the_original_text() {
        let text = "Zoë 🙂 thanks for the the tour .";
        let linter = followup_lint::Linter::new();
        let fixed = linter.fix(
            &Draft::new(text).kind(MessageKind::ThankYou),
            Applicability::Safe,
        );
        let json = serde_json::to_value(FixedJs::new(text, &fixed)).unwrap();
        let units: Vec<u16> = text.encode_utf16().collect();
        let mut out: Vec<u16> = Vec::new();
        let mut at = 0;
        for e in json["edits"].as_array().unwrap() {
            let (s, t) = (
                e["utf16"]["start"].as_u64().unwrap() as usize,
                e["utf16"]["end"].as_u64().unwrap() as usize,
            );
            out.extend(&units[at..s]);
            out.extend(e["replacement"].as_str().unwrap().encode_utf16());
            at = t;
        }
        out.extend(&units[at..]);
        assert_eq!(String::from_utf16(&out).unwrap(), fixed.text);
        assert_ne!(fixed.text, text);
    }
}
