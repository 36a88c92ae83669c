// The JSON forms of followup-lint, as the WebAssembly package returns and reads them.
// Field names are the crate's (snake_case), exactly as its serde serialisation writes them.

/** A kind of follow-up message. */
export type MessageKind = "thank-you" | "follow-up" | "call-script";

/** How serious a diagnostic is. */
export type Severity = "info" | "warning" | "error";

/** The level a rule runs at: a severity, or `allow` (off). */
export type Level = "allow" | "info" | "warning" | "error";

/** The group a rule belongs to. */
export type Category =
  | "content"
  | "structure"
  | "mistake"
  | "tone"
  | "personalization"
  | "proofreading"
  | "timing"
  | "custom";

/** How safe a suggestion is to apply without reading it, least safe first. */
export type Applicability = "has-placeholders" | "needs-review" | "safe";

/** An element the guide asks a kind of message to carry. */
export type Criterion =
  | "introduction"
  | "gratitude"
  | "interest"
  | "qualification"
  | "specific-reference"
  | "offer-to-help"
  | "timeline-inquiry"
  | "interview-date"
  | "contact-info"
  | "closing";

/** Where the candidate stands in the hiring process. */
export type Stage = "after-interview" | "offer-received";

/** A half-open range of UTF-8 bytes of the text checked. */
export interface Span {
  start: number;
  end: number;
}

/** A half-open range in UTF-16 code units or in code points. */
export interface Offsets {
  start: number;
  end: number;
}

/**
 * Where a range of the text lies, in every unit. `utf16` is what JavaScript strings
 * count: `text.slice(p.utf16.start, p.utf16.end)` is the range's text.
 */
export interface Positions {
  /** UTF-8 bytes. */
  span: Span;
  /** UTF-16 code units, as `String.prototype.slice` takes them. */
  utf16: Offsets;
  /** Code points. */
  chars: Offsets;
  /** 1-based line of the start. */
  line: number;
  /** 1-based column of the start, in code points. */
  column: number;
  /** 1-based line of the end. */
  end_line: number;
  /** 1-based column of the end, in code points. */
  end_column: number;
}

/** One text edit: replace the range with `replacement` (empty range: insert; empty replacement: delete). */
export interface Edit extends Positions {
  replacement: string;
}

/** A fix for a diagnostic: one or more edits applied together. */
export interface Suggestion {
  title: string;
  edits: Edit[];
  applicability: Applicability;
}

/** What every diagnostic carries. */
export interface DiagnosticBase {
  /** The rule's kebab-case id. */
  rule: string;
  category: Category;
  severity: Severity;
  message: string;
  help: string | null;
  /** Stable across edits elsewhere in the draft: pass it in `dismissed` to hide the finding. */
  fingerprint: string;
  /** The rule's section of the rule reference (null for rules of your own). */
  url: string | null;
}

/** A finding in a draft's text, with its range in every unit. */
export interface Diagnostic extends DiagnosticBase, Positions {
  location: "text";
  suggestions: Suggestion[];
}

/** An edit of a timeline diagnostic's suggestion (bytes only: there is no text). */
export interface PlainEdit {
  span: Span;
  replacement: string;
}

/** A suggestion of a timeline diagnostic. */
export interface PlainSuggestion {
  title: string;
  edits: PlainEdit[];
  applicability: Applicability;
}

/** A finding about a follow-up history: one contact (by index) or the whole timeline. */
export interface TimelineDiagnostic extends DiagnosticBase {
  location: "contact" | "timeline";
  /** The index of the contact in the timeline's `contacts`, or null for the whole timeline. */
  contact: number | null;
  suggestions: PlainSuggestion[];
}

/** One element of the guide's checklist for the kind of message. */
export interface ChecklistItem {
  criterion: Criterion;
  description: string;
  satisfied: boolean;
  /** The sentence or part of the draft that meets it, when it is met. */
  evidence: Positions | null;
}

/** Counts describing the checked draft. */
export interface Stats {
  bytes: number;
  words: number;
  sentences: number;
  paragraphs: number;
}

/** What `Linter.check` returns: the crate's report in its positions form. */
export interface Report {
  kind: MessageKind;
  /** True if the kind was detected from the text rather than given. */
  kind_detected: boolean;
  /** Sorted by position, then rule id. */
  diagnostics: Diagnostic[];
  checklist: ChecklistItem[];
  stats: Stats;
  /** True if the draft was longer than the configured maximum and only its start was checked. */
  truncated: boolean;
}

/** A fix that `Linter.fix` applied or left out: its rule and the bytes it edits in the text of its round. */
export interface FixRecord {
  rule: string;
  span: Span;
}

/** What `Linter.fix` returns. */
export interface Fixed {
  /** The text with the fixes applied. */
  text: string;
  /** Sorted, never overlapping, against the text given: applied in one step they give `text`. */
  edits: Edit[];
  applied: FixRecord[];
  skipped: FixRecord[];
}

/** Settings for one rule: a level, levels per kind of message, and numeric options by name. */
export interface RuleConfig {
  level?: Level;
  "thank-you"?: Level;
  "follow-up"?: Level;
  "call-script"?: Level;
  [option: string]: Level | number | undefined;
}

/** A rule defined in configuration by phrases and regular expressions. */
export interface CustomRule {
  /** Kebab-case, distinct from every other rule's id. */
  id: string;
  /** `{match}` stands for the matched text. */
  message: string;
  help?: string | null;
  phrases?: string[];
  patterns?: string[];
  level?: Level;
  category?: Category;
}

/** The linter's configuration (the crate's `Config`); unknown keys are rejected. */
export interface Config {
  rules?: Record<string, Level | RuleConfig>;
  custom?: CustomRule[];
  max_input_bytes?: number | null;
  /** Words the proofreading rules leave alone (names, jargon). */
  accepted_words?: string[];
  max_diagnostics_per_rule?: number | null;
}

/** What the writer knows about the interview (the crate's `Context`); every field optional. */
export interface Context {
  applicant_name?: string | null;
  interviewer_names?: string[];
  company?: string | null;
  role?: string | null;
  interview_date?: string | null;
  topics?: string[];
  skills?: string[];
  other_companies?: string[];
  stage?: Stage | null;
}

/** Options of `Linter.check`. */
export interface CheckOptions {
  /** Detected from the text when left out. */
  kind?: MessageKind | null;
  context?: Context | null;
  /** The email subject, when it is kept apart from the body. */
  subject?: string | null;
  /** Fingerprints of findings the writer dismissed: the report leaves them out. */
  dismissed?: string[];
}

/** Options of `Linter.fix`. */
export interface FixOptions extends CheckOptions {
  /** The least safe fixes to apply (default `"safe"`). */
  applicability?: Applicability | null;
}

/** What a contact of a follow-up history was. */
export type ContactKind = "thank-you" | "follow-up" | "call" | "voicemail" | "reply";

/** A contact of a follow-up history. Timestamps are RFC 9557: `2026-12-01T10:00:00-05:00[America/New_York]`. */
export interface Contact {
  kind: ContactKind;
  at: string;
  answered?: boolean;
  /** For a reply: whether it announced a decision or a date. */
  decision?: boolean;
}

/** A follow-up history, as the crate's timeline files write it. */
export interface Timeline {
  interview: { start: string; end: string };
  timeframe?: { min_days: number; max_days: number } | null;
  contacts?: Contact[];
}

/** The action the guide recommends next. */
export type Action = "send-thank-you" | "wait" | "send-follow-up" | "call" | "move-on";

/** Something to do while waiting. */
export type Advice = "keep-applying" | "network" | "reflect" | "research-company";

/** What to do next with a follow-up history, and when (RFC 9557 timestamps in the recipient's zone). */
export interface NextStep {
  action: Action;
  not_before: string | null;
  not_after: string | null;
  reason: string;
  advice: Advice[];
}

/** What `Linter.checkTimeline` returns. */
export interface TimelineReport {
  diagnostics: TimelineDiagnostic[];
  next_step: NextStep;
}

/** A numeric option of a built-in rule. */
export interface RuleOptionInfo {
  name: string;
  summary: string;
  default: number;
  min: number;
  max: number;
  kind: "count" | "number" | "time-of-day";
}

/** A built-in rule, as `catalogue()` lists it. */
export interface RuleInfo {
  id: string;
  category: Category;
  /** What the rule checks: a draft's text or a follow-up history. */
  checks: "text" | "timeline";
  summary: string;
  why: string;
  help: string;
  url: string;
  /** The default level for each kind of message. */
  levels: Record<MessageKind, Level>;
  /** The checklist element the rule checks for, if any. */
  criterion: Criterion | null;
  options: RuleOptionInfo[];
}
