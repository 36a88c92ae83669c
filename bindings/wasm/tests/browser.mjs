// The playground in a real browser: Debian's Chromium driven by playwright-core (which
// never downloads a browser). Run by scripts/browser-test, which installs Chromium and
// this folder's packages, builds the package and starts the static server:
//
//   node bindings/wasm/tests/browser.mjs BASE_URL OUT_DIR
//
// Types a flawed draft, checks every underline against the report and against the text
// worked out independently, applies a fix, reads the checklist, dismisses a finding
// across a reload, saves a screenshot, and measures start-up, check time and
// keystroke-to-underline latency. Any failed check, console error or warning, page
// error or failed request exits non-zero. Measurements are written to
// OUT_DIR/measurements.json; missing a performance target is reported, not failed.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';

const [base, outDir] = process.argv.slice(2);
if (!base || !outDir) {
  console.error('usage: node browser.mjs BASE_URL OUT_DIR');
  process.exit(2);
}
const here = path.dirname(fileURLToPath(import.meta.url));
const wasmDir = path.resolve(here, '..');
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const TARGETS = { startupMs: 50, check2kbMs: 1, keystrokeToUnderlineMs: 16 };

// The draft the test types: accented letters, an emoji outside the BMP, a doubled word
// and a salary question.
const DRAFT =
  'Hi Zoë,\n\nThank you 🙂 for the the tour of the Malmö depot on Tuesday. ' +
  'I enjoyed hearing how the café-style planning sessions work. What is the salary for this role?\n\n' +
  'Best regards,\nRenée Okafor\n';

const problems = [];
let checks = 0;
let failedCheck = false;
function check(condition, message) {
  checks += 1;
  if (!condition) {
    failedCheck = true;
    throw new assert.AssertionError({ message });
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, digits = 3) => Number(x.toFixed(digits));

/** The text of byte range `span` of `text`: worked out here from UTF-8, not by the page. */
const byBytes = (text, span) => Buffer.from(text, 'utf8').subarray(span.start, span.end).toString('utf8');

function sizes(dir) {
  const wasm = path.join(dir, 'followup_lint_bg.wasm');
  const js = path.join(dir, 'followup_lint.js');
  if (!existsSync(wasm)) return null;
  const [w, j] = [readFileSync(wasm), readFileSync(js)];
  // gzip -9, as scripts/wasm measures it.
  const gz = (b) => execFileSync('gzip', ['-9', '-c'], { input: b, maxBuffer: 1 << 26 }).length;
  return {
    wasm_bytes: w.length,
    wasm_gzip_bytes: gz(w),
    js_bytes: j.length,
    js_gzip_bytes: gz(j),
    total_bytes: w.length + j.length,
    total_gzip_bytes: gz(w) + gz(j),
  };
}

function watch(page) {
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') {
      problems.push(`console ${msg.type()}: ${msg.text()} (${msg.location().url})`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
}

async function open(page, query = '') {
  await page.goto(`${base}/playground/${query}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
}

/** Waits until the page has checked and drawn exactly what is in the editor. */
async function settled(page) {
  await page.waitForFunction(
    () => window.playground.checked === document.getElementById('draft').value,
    null,
    { timeout: 10_000 },
  );
}

async function run() {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'followup-lint-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: ARGS,
    viewport: { width: 1400, height: 900 },
  });
  const measurements = { targets: TARGETS };
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    watch(page);

    // --- Start-up: several fresh loads of the page (nothing is cached: no-store).
    const startups = [];
    const linters = [];
    const fetches = [];
    for (let i = 0; i < 5; i++) {
      await open(page);
      const t = await page.evaluate(() => [
        window.playground.initMs,
        window.playground.linterMs,
        performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'))?.duration ?? NaN,
      ]);
      startups.push(t[0]);
      linters.push(t[1]);
      fetches.push(t[2]);
    }
    measurements.startup_ms = {
      note: 'import of the glue and init(): fetching, compiling and instantiating the module',
      median: round(median(startups), 2),
      runs: startups.map((x) => round(x, 2)),
      wasm_fetch_median: round(median(fetches), 2),
    };
    measurements.linter_build_ms = { median: round(median(linters), 2) };
    // The module's own cost, without the server: init() given the bytes already fetched,
    // each time on a fresh copy of the glue (compiling and instantiating again).
    const fromMemory = await page.evaluate(async () => {
      const bytes = await (await fetch('/bindings/wasm/pkg/followup_lint_bg.wasm')).arrayBuffer();
      const runs = [];
      for (let i = 0; i < 5; i++) {
        const glue = await import(`/bindings/wasm/pkg/followup_lint.js?copy=${i}`);
        const t0 = performance.now();
        await glue.default({ module_or_path: bytes });
        runs.push(performance.now() - t0);
      }
      return runs;
    });
    measurements.startup_from_memory_ms = {
      note: 'init() given the module bytes: compiling and instantiating only',
      median: round(median(fromMemory), 2),
      runs: fromMemory.map((x) => round(x, 2)),
    };

    // --- Type a flawed draft with the keyboard.
    await page.evaluate(() => localStorage.clear());
    await open(page);
    await page.selectOption('#kind', 'thank-you');
    await page.fill('#interviewer', 'Zoë Lindqvist');
    await page.fill('#company', 'Lumen Freight');
    await page.locator('#draft').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type(DRAFT);
    await settled(page);
    const typed = await page.inputValue('#draft');
    check(typed === DRAFT, `the editor holds the typed draft: ${JSON.stringify(typed)}`);

    // --- Every underline is the text of its diagnostic, by the page's UTF-16 offsets
    //     and by the byte span decoded here.
    const seen = await page.evaluate(() => {
      const marks = [...document.querySelectorAll('#backdrop mark')];
      const byId = new Map();
      for (const m of marks) {
        const id = Number(m.dataset.id);
        const entry = byId.get(id) ?? { text: '', rule: m.dataset.rule, start: Number(m.dataset.start), end: Number(m.dataset.end) };
        entry.text += m.textContent;
        byId.set(id, entry);
      }
      return { marks: [...byId.entries()], diagnostics: window.playground.report.diagnostics };
    });
    check(seen.diagnostics.length > 0, 'the draft has findings');
    check(seen.marks.length === seen.diagnostics.length, `one highlighted range per diagnostic (${seen.marks.length} for ${seen.diagnostics.length})`);
    const flagged = {};
    for (const [id, mark] of seen.marks) {
      const d = seen.diagnostics[id];
      check(d && mark.rule === d.rule, `mark ${id} belongs to ${d?.rule}`);
      check(mark.start === d.utf16.start && mark.end === d.utf16.end, `mark ${id} has its diagnostic's UTF-16 range`);
      const bySlice = DRAFT.slice(d.utf16.start, d.utf16.end);
      const expected = byBytes(DRAFT, d.span);
      check(mark.text === bySlice, `${d.rule}: mark text ${JSON.stringify(mark.text)} = slice ${JSON.stringify(bySlice)}`);
      check(mark.text === expected, `${d.rule}: mark text ${JSON.stringify(mark.text)} = bytes ${JSON.stringify(expected)}`);
      flagged[d.rule] ??= mark.text;
    }
    check(flagged['repeated-word'] === 'the the', `repeated-word underlines "the the": ${flagged['repeated-word']}`);
    check(flagged['salary-question'] === 'What is the salary for this role?', `salary-question: ${flagged['salary-question']}`);
    check(flagged['informal-language'] === '🙂', `informal-language underlines the emoji: ${flagged['informal-language']}`);

    // --- The checklist shows a tick for each element met, with the sentence that meets it.
    const list = await page.evaluate(() => ({
      items: [...document.querySelectorAll('#checklist li')].map((li) => ({
        criterion: li.dataset.criterion,
        met: li.classList.contains('met'),
        tick: li.querySelector('.tick').textContent,
        evidence: li.querySelector('.evidence')?.title ?? null,
      })),
      report: window.playground.report.checklist,
    }));
    check(list.items.length === list.report.length && list.items.length > 0, 'one checklist line per item');
    list.items.forEach((item, i) => {
      const r = list.report[i];
      check(item.criterion === r.criterion && item.met === r.satisfied, `${r.criterion} shown as ${r.satisfied}`);
      check(item.tick === (r.satisfied ? '✓' : '✗'), `${r.criterion} tick`);
      if (r.satisfied) {
        const sentence = byBytes(DRAFT, r.evidence.span);
        check(item.evidence === sentence, `${r.criterion}: evidence ${JSON.stringify(item.evidence)} is ${JSON.stringify(sentence)}`);
      }
    });
    const met = list.items.filter((i) => i.met).map((i) => i.criterion);
    for (const c of ['gratitude', 'closing']) check(met.includes(c), `${c} is ticked (${met})`);

    // --- Apply one safe fix with its button.
    await page.click('#diagnostics li[data-rule="repeated-word"] button.safe');
    await settled(page);
    const fixedText = await page.inputValue('#draft');
    const expectedFix = DRAFT.replace('for the the tour', 'for the tour');
    check(fixedText === expectedFix, `the fix gives ${JSON.stringify(expectedFix)}, got ${JSON.stringify(fixedText)}`);
    check((await page.locator('#backdrop mark[data-rule="repeated-word"]').count()) === 0, 'the fixed finding is gone');

    // --- Dismiss a finding; it stays dismissed after a reload.
    const fingerprint = await page.getAttribute('#diagnostics li[data-rule="salary-question"]', 'data-fingerprint');
    await page.click('#diagnostics li[data-rule="salary-question"] button.dismiss');
    await settled(page);
    const gone = async () =>
      (await page.locator('#diagnostics li[data-rule="salary-question"]').count()) === 0 &&
      (await page.locator('#backdrop mark[data-rule="salary-question"]').count()) === 0;
    check(await gone(), 'the dismissed finding disappears');
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await settled(page);
    check((await page.inputValue('#draft')) === expectedFix, 'the draft survives the reload');
    check(await gone(), 'the dismissed finding stays gone after a reload');
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('followup-lint-playground')).dismissed);
    check(stored.includes(fingerprint), 'its fingerprint is in localStorage');
    await page.click('#restore');
    await settled(page);
    check((await page.locator('#diagnostics li[data-rule="salary-question"]').count()) === 1, 'restoring brings it back');

    // --- "Apply all safe fixes" on a draft of the README's (restored afterwards).
    const kept = await page.inputValue('#draft');
    await page.fill('#draft', 'thank you for the the interview. i enjoyed it .');
    await settled(page);
    await page.click('#fix-all');
    await settled(page);
    const all = await page.inputValue('#draft');
    check(all === 'Thank you for the interview. I enjoyed it.', `apply all safe fixes: ${JSON.stringify(all)}`);
    await page.fill('#draft', kept);
    await settled(page);

    mkdirSync(outDir, { recursive: true });
    await page.locator('#draft').click();
    await page.keyboard.press('Control+Home');
    await page.evaluate(() => document.querySelector('.findings').scrollTo(0, 0));
    await page.screenshot({ path: path.join(outDir, 'playground.png'), fullPage: true });

    // --- Check time of a 2 KB draft in the page: median of 50 runs after 5 warm-ups.
    const timing = await page.evaluate(() => {
      const para =
        'Thank you for the time you took on Tuesday to walk me through the dispatch floor and the ' +
        'route planning tools your team is building. I enjoyed our talk about cutting empty miles. ';
      let text = 'Dear Ms. Lindqvist,\n\n';
      while (new TextEncoder().encode(text).length < 2048 - para.length) text += para + '\n\n';
      text += 'Best regards,\nRenée Okafor\n';
      const linter = window.playground.linter;
      const options = { kind: 'thank-you', context: { interviewer_names: ['Zoë Lindqvist'], company: 'Lumen Freight' } };
      for (let i = 0; i < 5; i++) linter.check(text, options);
      const runs = [];
      for (let i = 0; i < 50; i++) {
        const t0 = performance.now();
        linter.check(text, options);
        runs.push(performance.now() - t0);
      }
      return { bytes: new TextEncoder().encode(text).length, runs, text };
    });
    measurements.check_2kb_ms = {
      bytes: timing.bytes,
      median: round(median(timing.runs)),
      min: round(Math.min(...timing.runs)),
      max: round(Math.max(...timing.runs)),
      runs: timing.runs.length,
    };

    // --- Keystroke to underline on that draft: type one character at a time at the end
    //     and read the page's record of each update (input event to marks drawn).
    await page.fill('#draft', timing.text);
    await settled(page);
    await page.locator('#draft').click();
    await page.keyboard.press('Control+End');
    const latencies = [];
    const work = [];
    for (const key of 'Thanks again') {
      const before = await page.evaluate(() => window.playground.updates.length);
      await page.keyboard.type(key);
      await page.waitForFunction((n) => window.playground.updates.length > n, before);
      await settled(page);
      const last = await page.evaluate(() => window.playground.updates.at(-1));
      check(typeof last.inputToRenderMs === 'number', 'the update was timed from its input event');
      latencies.push(last.inputToRenderMs - last.debounceMs);
      work.push(last.checkMs + last.renderMs);
    }
    measurements.keystroke_to_underline_ms = {
      note: 'input event to marks drawn, less the 150 ms debounce (timer lateness included)',
      median: round(median(latencies), 2),
      max: round(Math.max(...latencies), 2),
      check_plus_render_median: round(median(work), 2),
      keystrokes: latencies.length,
    };

    // --- The spelling build, when it is there: its start-up in the page.
    if (existsSync(path.join(wasmDir, 'pkg-spelling', 'followup_lint.js'))) {
      const runs = [];
      const builds = [];
      for (let i = 0; i < 3; i++) {
        await open(page, '?pkg=spelling');
        const t = await page.evaluate(() => [window.playground.initMs, window.playground.linterMs]);
        runs.push(t[0]);
        builds.push(t[1]);
      }
      const spelled = await page.evaluate(() =>
        window.playground.linter.check('Thank you for the interveiw.', { kind: 'thank-you' }).diagnostics.map((d) => d.rule),
      );
      check(spelled.includes('misspelling'), `the spelling build flags a misspelling: ${spelled}`);
      measurements.startup_spelling_ms = { median: round(median(runs), 2), runs: runs.map((x) => round(x, 2)) };
      measurements.linter_build_spelling_ms = { median: round(median(builds), 2) };
    }
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }

  measurements.package = {
    plain: sizes(path.join(wasmDir, 'pkg')),
    spelling: sizes(path.join(wasmDir, 'pkg-spelling')),
  };
  const plain = measurements.package.plain;
  measurements.verdicts = {
    size_raw: plain.total_bytes <= 1_200_000 ? 'met' : 'missed',
    size_gzip: plain.total_gzip_bytes <= 450_000 ? 'met' : 'missed',
    startup_from_server: measurements.startup_ms.median <= TARGETS.startupMs ? 'met' : 'missed',
    startup_from_memory: measurements.startup_from_memory_ms.median <= TARGETS.startupMs ? 'met' : 'missed',
    check_2kb: measurements.check_2kb_ms.median <= TARGETS.check2kbMs ? 'met' : 'missed',
    keystroke_to_underline:
      measurements.keystroke_to_underline_ms.median <= TARGETS.keystrokeToUnderlineMs ? 'met' : 'missed',
  };
  return measurements;
}

let measurements;
try {
  measurements = await run();
} catch (error) {
  problems.push(error instanceof assert.AssertionError ? `check failed: ${error.message}` : `error: ${error.stack}`);
}
if (measurements) {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'measurements.json'), JSON.stringify(measurements, null, 2) + '\n');
  const p = measurements.package;
  const kb = (n) => `${(n / 1000).toFixed(0)} KB`;
  const line = (name, s) =>
    s ? `  ${name}: ${kb(s.total_bytes)} raw, ${kb(s.total_gzip_bytes)} gzipped (.wasm ${kb(s.wasm_bytes)} / ${kb(s.wasm_gzip_bytes)}, .js ${kb(s.js_bytes)} / ${kb(s.js_gzip_bytes)})` : `  ${name}: not built`;
  console.log('measurements (also in measurements.json):');
  console.log(line('package without spelling', p.plain));
  console.log(line('package with spelling', p.spelling));
  console.log(`  module start-up (init) in Chromium: ${measurements.startup_ms.median} ms median of ${measurements.startup_ms.runs.length} (of which fetching the .wasm ${measurements.startup_ms.wasm_fetch_median} ms); building the linter: ${measurements.linter_build_ms.median} ms`);
  console.log(`  module start-up from bytes in memory (compile + instantiate): ${measurements.startup_from_memory_ms.median} ms median of ${measurements.startup_from_memory_ms.runs.length}`);
  if (measurements.startup_spelling_ms) {
    console.log(`  with spelling: start-up ${measurements.startup_spelling_ms.median} ms, building the linter ${measurements.linter_build_spelling_ms.median} ms`);
  }
  console.log(`  check of a ${measurements.check_2kb_ms.bytes}-byte draft: ${measurements.check_2kb_ms.median} ms median of ${measurements.check_2kb_ms.runs}`);
  console.log(`  keystroke to underline after the debounce: ${measurements.keystroke_to_underline_ms.median} ms median of ${measurements.keystroke_to_underline_ms.keystrokes} (check + draw ${measurements.keystroke_to_underline_ms.check_plus_render_median} ms)`);
  console.log(`  targets: ${Object.entries(measurements.verdicts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
}
if (problems.length) {
  console.error(`browser test FAILED (${checks} checks made):`);
  for (const p of problems) console.error(`  - ${p}`);
  console.log(`${checks - (failedCheck ? 1 : 0)} passed, ${problems.length} failed`);
  process.exit(1);
}
console.log(`${checks} passed, 0 failed`);
