// The followup-lint playground: a draft checked as you type, in the browser, by the
// WebAssembly build of the crate. No framework and no build step: serve the repository
// root (scripts/playground) and open /playground/. `?pkg=spelling` loads the build with
// the misspelling rule (bindings/wasm/pkg-spelling) instead.

const DEBOUNCE_MS = 150;
/** A finding longer than this (in UTF-16 units) is tinted, not underlined. */
const WIDE = 120;
const STORE = 'followup-lint-playground';

const SAMPLES = [
  {
    name: 'Thank-you note with slips',
    kind: 'thank-you',
    context: { interviewer: 'Zoë Lindqvist', company: 'Lumen Freight', role: 'Data Analyst', topics: 'route planning' },
    text:
      'Subject: Thanks!\n\nHi Zoë,\n\nThank you 🙂 for the the tour of the Malmö depot on Tuesday. ' +
      'I really enjoyed meeting the routing team and hearing how the café-style planning sessions work.\n\n' +
      'Before I go further, what is the salary for this role?\n\nCheers\nRenée\n',
  },
  {
    name: 'Impatient follow-up email',
    kind: 'follow-up',
    context: { interviewer: 'Jonas Brandt', company: 'Keel & Crate', role: 'Warehouse Coordinator', topics: '' },
    text:
      'Hello Mr. Brandt,\n\nI interviewed for the Warehouse Coordinator role three weeks ago and i still have not ' +
      'heard back. I need an answer by Monday because I have other options. Please respond asap!!\n\n' +
      'Thanks,\nTomás Quiroga\n',
  },
  {
    name: 'Call script',
    kind: 'call-script',
    context: { interviewer: 'Layla Haddad', company: 'Fernhill Studio', role: 'Junior Designer', topics: 'packaging redesign' },
    text:
      'Hi, this is Amara Eze calling about the Junior Designer position. I interviewed with Ms. Haddad on ' +
      'the 4th of March, and I wanted to ask whether there is any news on the hiring decision. I remain very ' +
      'interested in the role, especially the packaging redesign we discussed. You can reach me at ' +
      '555-0193. Thank you for your time.\n',
  },
  {
    name: 'Careful thank-you note',
    kind: 'thank-you',
    context: { interviewer: 'Zoë Lindqvist', company: 'Lumen Freight', role: 'Data Analyst', topics: 'empty truck miles' },
    text:
      "Subject: Thank you for Tuesday's interview\n\nDear Ms. Lindqvist,\n\nThank you for meeting with me on " +
      'Tuesday to talk about the Data Analyst role at Lumen Freight. I especially enjoyed our conversation ' +
      'about cutting empty truck miles with better route planning.\n\nOur talk made me even more eager to join ' +
      'your team. In my current job I built Python dashboards that helped dispatchers plan loads a day ' +
      'earlier, and I would be glad to bring that experience to Lumen.\n\nIf a sample of my work would help, ' +
      'I am happy to send one.\n\nKind regards,\nNoor Haddad\nnoor.haddad@example.com\n',
  },
];

const $ = (id) => document.getElementById(id);
const ui = {
  status: $('status'),
  sample: $('sample'),
  kind: $('kind'),
  interviewer: $('interviewer'),
  company: $('company'),
  role: $('role'),
  topics: $('topics'),
  stage: $('stage'),
  draft: $('draft'),
  backdrop: $('backdrop'),
  diagnostics: $('diagnostics'),
  checklist: $('checklist'),
  count: $('count'),
  kindLabel: $('kind-label'),
  summary: $('summary'),
  timing: $('timing'),
  fixAll: $('fix-all'),
  restore: $('restore'),
};

/**
 * What the page measured, for people (the status line) and for the browser test:
 * `initMs` (loading and instantiating the module), `linterMs` (building the linter),
 * and per update `inputToRenderMs` (from the last input event to underlines drawn,
 * debounce included), `checkMs` and `renderMs`.
 */
const state = {
  linter: null,
  report: null,
  /** The text the report is for. */
  checked: null,
  dismissed: [],
  initMs: NaN,
  linterMs: NaN,
  updates: [],
  lastInputAt: NaN,
  timer: 0,
};
window.playground = state;

// ---------------------------------------------------------------------------
// Storage: the draft, its settings and the dismissed findings survive a reload.

function load() {
  try {
    return JSON.parse(localStorage.getItem(STORE)) ?? {};
  } catch {
    return {};
  }
}

function save() {
  const saved = {
    text: ui.draft.value,
    kind: ui.kind.value,
    interviewer: ui.interviewer.value,
    company: ui.company.value,
    role: ui.role.value,
    topics: ui.topics.value,
    stage: ui.stage.value,
    dismissed: state.dismissed,
  };
  localStorage.setItem(STORE, JSON.stringify(saved));
}

// ---------------------------------------------------------------------------
// Checking.

const list = (s) => s.split(',').map((x) => x.trim()).filter(Boolean);

function options() {
  const context = {
    interviewer_names: list(ui.interviewer.value),
    company: ui.company.value.trim() || null,
    role: ui.role.value.trim() || null,
    topics: list(ui.topics.value),
    stage: ui.stage.value || null,
  };
  return { kind: ui.kind.value || null, context, dismissed: state.dismissed };
}

/** Checks the draft now and draws the result. */
function update() {
  clearTimeout(state.timer);
  const text = ui.draft.value;
  const t0 = performance.now();
  const report = state.linter.check(text, options());
  const t1 = performance.now();
  state.report = report;
  state.checked = text;
  render(text, report);
  const t2 = performance.now();
  const entry = { checkMs: t1 - t0, renderMs: t2 - t1, bytes: report.stats.bytes };
  if (!Number.isNaN(state.lastInputAt)) {
    entry.inputToRenderMs = t2 - state.lastInputAt;
    entry.debounceMs = DEBOUNCE_MS;
    state.lastInputAt = NaN;
  }
  state.updates.push(entry);
  ui.timing.textContent =
    `Checked ${report.stats.bytes.toLocaleString()} bytes in ${entry.checkMs.toFixed(2)} ms, ` +
    `drawn in ${entry.renderMs.toFixed(2)} ms.`;
  save();
}

function schedule() {
  state.lastInputAt = performance.now();
  clearTimeout(state.timer);
  state.timer = setTimeout(update, DEBOUNCE_MS);
}

/** The report is for the text in the editor (nothing typed since the last check). */
function current() {
  if (state.checked === ui.draft.value) return true;
  update();
  return false;
}

// ---------------------------------------------------------------------------
// Drawing: the backdrop with <mark>s, the findings and the checklist.

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') node.className = v;
    else if (k.startsWith('data-')) node.setAttribute(k, v);
    else node[k] = v;
  }
  node.append(...children);
  return node;
}

function markFor(d, id) {
  const { start, end } = d.utf16;
  const classes = [d.severity];
  if (end - start >= WIDE) classes.push('wide');
  if (end === start) classes.push('point');
  return el('mark', {
    class: classes.join(' '),
    'data-id': String(id),
    'data-rule': d.rule,
    'data-start': String(start),
    'data-end': String(end),
  });
}

/**
 * Fills the backdrop with `text`, each diagnostic's UTF-16 range wrapped in a <mark>.
 * Ranges that nest become nested marks; a range that crosses another's edge is split
 * into several marks with the same data-id, whose texts join to the range's text.
 */
function drawMarks(text, diagnostics) {
  const ranges = diagnostics
    .map((d, id) => ({ d, id, start: d.utf16.start, end: d.utf16.end }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const cuts = new Set([0, text.length]);
  for (const r of ranges) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const root = document.createDocumentFragment();
  /** Open marks, outermost first: { r, node }. */
  let stack = [];
  const parent = () => (stack.length ? stack.at(-1).node : root);
  for (let i = 0; i < points.length; i++) {
    const at = points[i];
    // Close the marks that end here, and (to keep nesting) the ones inside them,
    // reopening those that go on.
    const endsAt = stack.findIndex((s) => s.r.end <= at);
    if (endsAt >= 0) {
      const reopen = stack.slice(endsAt).filter((s) => s.r.end > at);
      stack = stack.slice(0, endsAt);
      for (const s of reopen) {
        const node = markFor(s.r.d, s.r.id);
        parent().append(node);
        stack.push({ r: s.r, node });
      }
    }
    // Empty ranges: a mark with no text at the point.
    for (const r of ranges) {
      if (r.start === at && r.end === at) parent().append(markFor(r.d, r.id));
    }
    if (i === points.length - 1) break;
    const next = points[i + 1];
    // Open the ranges that start here, longest (outermost) first.
    for (const r of ranges) {
      if (r.start === at && r.end > at) {
        const node = markFor(r.d, r.id);
        parent().append(node);
        stack.push({ r, node });
      }
    }
    parent().append(text.slice(at, next));
  }
  // A final line break needs something after it to take up its line.
  root.append(text.endsWith('\n') ? ' ' : '');
  ui.backdrop.replaceChildren(root);
  ui.backdrop.scrollTop = ui.draft.scrollTop;
}

/** Applies `edits` (UTF-16 ranges of the checked text) and checks again. */
function applyEdits(edits) {
  let text = ui.draft.value;
  for (const e of [...edits].sort((a, b) => b.utf16.start - a.utf16.start)) {
    text = text.slice(0, e.utf16.start) + e.replacement + text.slice(e.utf16.end);
  }
  const caret = edits.length ? edits[0].utf16.start + edits[0].replacement.length : 0;
  ui.draft.value = text;
  ui.draft.setSelectionRange(caret, caret);
  update();
}

function quote(text, max = 60) {
  const one = text.replace(/\s+/g, ' ').trim();
  const chars = [...one];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : one;
}

function drawFindings(text, report) {
  const items = report.diagnostics.map((d, id) => {
    const flagged = text.slice(d.utf16.start, d.utf16.end);
    const actions = el('div', { class: 'actions' });
    for (const s of d.suggestions) {
      const safe = s.applicability === 'safe';
      const button = el(
        'button',
        { type: 'button', class: safe ? 'safe' : 'review', title: `${s.applicability.replace('-', ' ')}` },
        safe ? `Fix: ${s.title}` : `${s.title} (${s.applicability.replace('-', ' ')})`,
      );
      button.addEventListener('click', (event) => {
        event.stopPropagation();
        if (current()) applyEdits(s.edits);
      });
      actions.append(button);
    }
    const dismiss = el('button', { type: 'button', class: 'dismiss' }, 'Dismiss');
    dismiss.addEventListener('click', (event) => {
      event.stopPropagation();
      if (!state.dismissed.includes(d.fingerprint)) state.dismissed.push(d.fingerprint);
      update();
    });
    actions.append(dismiss);
    const where = flagged
      ? el('span', { class: 'quote' }, quote(flagged))
      : el('em', {}, `belongs at line ${d.line}, column ${d.column}`);
    const li = el(
      'li',
      { class: d.severity, 'data-id': String(id), 'data-rule': d.rule, 'data-fingerprint': d.fingerprint },
      el(
        'div',
        { class: 'head' },
        el('span', { class: 'severity' }, d.severity),
        d.url ? el('a', { href: d.url, target: '_blank', rel: 'noopener' }, d.rule) : el('span', {}, d.rule),
        el('span', {}, `line ${d.line}`),
      ),
      el('p', { class: 'message' }, d.message),
      el('p', { class: 'flagged' }, where),
      d.help ? el('p', { class: 'help' }, d.help) : '',
      actions,
    );
    li.addEventListener('click', () => {
      ui.draft.focus();
      ui.draft.setSelectionRange(d.utf16.start, d.utf16.end);
      highlight(id);
    });
    li.addEventListener('mouseenter', () => highlight(id));
    li.addEventListener('mouseleave', () => highlight(null));
    return li;
  });
  if (!items.length) items.push(el('li', { class: 'empty' }, 'Nothing to flag.'));
  ui.diagnostics.replaceChildren(...items);

  const count = (s) => report.diagnostics.filter((d) => d.severity === s).length;
  ui.count.textContent = `(${report.diagnostics.length})`;
  ui.summary.textContent = `${count('error')} errors, ${count('warning')} warnings, ${count('info')} info`;
  ui.restore.hidden = state.dismissed.length === 0;
  ui.restore.textContent = `Restore dismissed (${state.dismissed.length})`;
}

/** The sentence that meets a checklist item: shortened on screen, whole in its title. */
function evidence(sentence) {
  return el('span', { class: 'evidence', title: sentence }, `“${quote(sentence, 90)}”`);
}

function drawChecklist(text, report) {
  const names = { 'thank-you': 'thank-you note', 'follow-up': 'follow-up email', 'call-script': 'call script' };
  ui.kindLabel.textContent = `for a ${names[report.kind]}${report.kind_detected ? ' (detected)' : ''}`;
  ui.checklist.replaceChildren(
    ...report.checklist.map((item) =>
      el(
        'li',
        { class: item.satisfied ? 'met' : 'unmet', 'data-criterion': item.criterion },
        el('span', { class: 'tick' }, item.satisfied ? '✓' : '✗'),
        el('span', { class: 'description' }, item.description),
        item.evidence ? evidence(text.slice(item.evidence.utf16.start, item.evidence.utf16.end)) : '',
      ),
    ),
  );
}

function render(text, report) {
  drawMarks(text, report.diagnostics);
  drawFindings(text, report);
  drawChecklist(text, report);
  highlightAtCaret();
}

/** Marks diagnostic `id` (or none) as active, in the text and in the list. */
function highlight(id) {
  for (const node of document.querySelectorAll('.active')) node.classList.remove('active');
  if (id === null) return;
  for (const node of document.querySelectorAll(`[data-id="${id}"]`)) node.classList.add('active');
}

/** Shows the finding under the caret in the list. */
function highlightAtCaret() {
  if (!state.report || state.checked !== ui.draft.value) return;
  const at = ui.draft.selectionStart;
  const ds = state.report.diagnostics;
  let best = null;
  ds.forEach((d, id) => {
    const inside = d.utf16.start <= at && at <= d.utf16.end;
    if (inside && (best === null || d.utf16.end - d.utf16.start < ds[best].utf16.end - ds[best].utf16.start)) best = id;
  });
  highlight(best);
  if (best !== null && document.activeElement === ui.draft) {
    ui.diagnostics.querySelector(`li[data-id="${best}"]`)?.scrollIntoView({ block: 'nearest' });
  }
}

// ---------------------------------------------------------------------------
// Start.

function fillSamples() {
  SAMPLES.forEach((s, i) => ui.sample.append(el('option', { value: String(i) }, s.name)));
  ui.sample.addEventListener('change', () => {
    const s = SAMPLES[Number(ui.sample.value)];
    if (!s) return;
    ui.draft.value = s.text;
    ui.kind.value = s.kind;
    ui.interviewer.value = s.context.interviewer;
    ui.company.value = s.context.company;
    ui.role.value = s.context.role;
    ui.topics.value = s.context.topics;
    ui.stage.value = '';
    update();
  });
}

function restoreSaved() {
  const saved = load();
  ui.draft.value = saved.text ?? SAMPLES[0].text;
  if (saved.text === undefined) {
    ui.kind.value = SAMPLES[0].kind;
    Object.assign(saved, SAMPLES[0].context);
  } else {
    ui.kind.value = saved.kind ?? '';
    ui.stage.value = saved.stage ?? '';
  }
  for (const key of ['interviewer', 'company', 'role', 'topics']) ui[key].value = saved[key] ?? '';
  state.dismissed = Array.isArray(saved.dismissed) ? saved.dismissed : [];
}

async function start() {
  const variant = new URLSearchParams(location.search).get('pkg') === 'spelling' ? 'pkg-spelling' : 'pkg';
  const t0 = performance.now();
  const lib = await import(`../bindings/wasm/${variant}/followup_lint.js`);
  await lib.default();
  const t1 = performance.now();
  state.linter = new lib.Linter();
  const t2 = performance.now();
  state.initMs = t1 - t0;
  state.linterMs = t2 - t1;
  state.lib = lib;
  ui.status.textContent =
    `followup-lint ${lib.version()} (${variant}): module ready in ${state.initMs.toFixed(1)} ms, ` +
    `linter built in ${state.linterMs.toFixed(1)} ms.`;

  fillSamples();
  restoreSaved();
  ui.draft.addEventListener('input', schedule);
  ui.draft.addEventListener('scroll', () => {
    ui.backdrop.scrollTop = ui.draft.scrollTop;
  });
  for (const event of ['keyup', 'click', 'select']) ui.draft.addEventListener(event, highlightAtCaret);
  for (const input of [ui.interviewer, ui.company, ui.role, ui.topics]) input.addEventListener('input', schedule);
  for (const select of [ui.kind, ui.stage]) select.addEventListener('change', update);
  ui.fixAll.addEventListener('click', () => {
    const fixed = state.linter.fix(ui.draft.value, { ...options(), applicability: 'safe' });
    ui.draft.value = fixed.text;
    update();
  });
  ui.restore.addEventListener('click', () => {
    state.dismissed = [];
    update();
  });
  new ResizeObserver(() => {
    ui.backdrop.scrollTop = ui.draft.scrollTop;
  }).observe(ui.draft);
  update();
  document.body.dataset.ready = 'true';
}

start().catch((error) => {
  ui.status.textContent = `Could not start: ${error.message}. Build the package first (scripts/wasm).`;
  ui.status.className = 'failed';
  console.error(error);
});
