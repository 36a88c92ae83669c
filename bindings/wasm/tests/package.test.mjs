// Tests of the built WebAssembly package in Node.js: `node --test bindings/wasm/tests/`
// after `scripts/wasm`. FOLLOWUP_LINT_PKG names another build to test (such as
// bindings/wasm/pkg-spelling). The TypeScript check runs when `npm ci` has installed
// the tools in this folder (scripts/browser-test does), and is skipped otherwise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const pkgDir = path.resolve(process.env.FOLLOWUP_LINT_PKG ?? path.join(here, '..', 'pkg'));
const manifest = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
// The entry package.json names for Node.js, imported as a consumer would.
const lib = await import(pathToFileURL(path.join(pkgDir, manifest.main)).href);
const { Linter, catalogue, version } = lib;

/** The text of byte range `span` of `text`, worked out from UTF-8 bytes, not from the package. */
const byBytes = (text, span) =>
  Buffer.from(text, 'utf8').subarray(span.start, span.end).toString('utf8');
/** The text of code-point range `chars`. */
const byChars = (text, chars) => [...text].slice(chars.start, chars.end).join('');
/** 1-based line and code-point column of byte offset `at`, counted here. */
function lineColumn(text, at) {
  const before = Buffer.from(text, 'utf8').subarray(0, at).toString('utf8');
  const lines = before.split('\n');
  return [lines.length, [...lines.at(-1)].length + 1];
}

/** Asserts that every unit of `p` points at the same text, and returns that text. */
function assertPositions(text, p, what) {
  const expected = byBytes(text, p.span);
  assert.equal(text.slice(p.utf16.start, p.utf16.end), expected, `${what}: utf16`);
  assert.equal(byChars(text, p.chars), expected, `${what}: chars`);
  assert.deepEqual([p.line, p.column], lineColumn(text, p.span.start), `${what}: line/column`);
  assert.deepEqual([p.end_line, p.end_column], lineColumn(text, p.span.end), `${what}: end`);
  return expected;
}

// A thank-you note with CRLF line ends, accented letters, emoji (outside the BMP, two
// UTF-16 units each), a doubled word and a salary question.
const DRAFT =
  'Subject: Thank you, Zoë\r\n\r\nHi Zoë,\r\n\r\n' +
  'Thank you 🙂 for the the tour of the São Paulo office 🚀 on Tuesday. ' +
  'I enjoyed hearing about the café redesign. What is the salary for this role?\r\n\r\n' +
  'Best regards,\r\nRenée Okafor\r\n';

test('package.json points Node.js at a working entry, for import and require', () => {
  assert.equal(manifest.type, 'module');
  assert.equal(manifest.version, version());
  assert.ok(existsSync(path.join(pkgDir, manifest.types)), 'types file exists');
  assert.ok(existsSync(path.join(pkgDir, manifest.module)), 'module file exists');
  const required = createRequire(import.meta.url)(pkgDir);
  assert.equal(typeof required.Linter, 'function');
  assert.equal(required.Linter, Linter, 'require and import give the same module');
});

test('every position of every diagnostic, edit and checklist item points at the flagged text', () => {
  const linter = new Linter();
  const report = linter.check(DRAFT, {
    kind: 'thank-you',
    context: { interviewer_names: ['Zoë Lindqvist'], company: 'Lumen Freight' },
  });
  assert.equal(report.kind, 'thank-you');
  assert.equal(report.kind_detected, false);
  const rules = report.diagnostics.map((d) => d.rule);
  for (const rule of ['repeated-word', 'salary-question', 'informal-language']) {
    assert.ok(rules.includes(rule), `${rule} in ${rules}`);
  }
  for (const d of report.diagnostics) {
    assert.equal(d.location, 'text');
    const flagged = assertPositions(DRAFT, d, d.rule);
    for (const s of d.suggestions) {
      for (const e of s.edits) assertPositions(DRAFT, e, `${d.rule} edit`);
    }
    if (d.rule === 'repeated-word') assert.equal(flagged, 'the the');
    if (d.rule === 'salary-question') {
      assert.equal(flagged, 'What is the salary for this role?');
      assert.equal(d.severity, 'error');
    }
  }
  const emoji = report.diagnostics.find((d) => d.rule === 'informal-language');
  assert.equal(DRAFT.slice(emoji.utf16.start, emoji.utf16.end), '🙂');
  const satisfied = report.checklist.filter((i) => i.satisfied);
  assert.ok(satisfied.length >= 2, 'gratitude and closing are there');
  for (const item of report.checklist) {
    if (item.satisfied) assertPositions(DRAFT, item.evidence, item.criterion);
    else assert.equal(item.evidence, null);
  }
  const gratitude = report.checklist.find((i) => i.criterion === 'gratitude');
  assert.match(DRAFT.slice(gratitude.evidence.utf16.start, gratitude.evidence.utf16.end), /^Thank you/);
  assert.equal(report.stats.bytes, Buffer.byteLength(DRAFT));
});

test('fix returns edits whose UTF-16 offsets rebuild the fixed text from the original', () => {
  const linter = new Linter();
  const text = 'Hi Zoë,\r\n\r\nthank you 🙂 for the the tour .\r\ni enjoyed it.\r\n';
  const fixed = linter.fix(text, { kind: 'thank-you' });
  assert.equal(fixed.text, 'Hi Zoë,\r\n\r\nThank you 🙂 for the tour.\r\nI enjoyed it.\r\n');
  assert.ok(fixed.applied.length >= 4, JSON.stringify(fixed.applied));
  let out = '';
  let at = 0;
  for (const e of fixed.edits) {
    assert.ok(e.utf16.start >= at, 'edits sorted and apart');
    assertPositions(text, e, 'fix edit');
    out += text.slice(at, e.utf16.start) + e.replacement;
    at = e.utf16.end;
  }
  out += text.slice(at);
  assert.equal(out, fixed.text);

  // Less safe tiers add more; a bad name is an Error naming the valid ones.
  const bolder = linter.fix(text, { kind: 'thank-you', applicability: 'has-placeholders' });
  assert.ok(bolder.text.length > fixed.text.length, bolder.text);
  assert.throws(
    () => linter.fix(text, { applicability: 'risky' }),
    (e) => e instanceof Error && /`safe`/.test(e.message),
  );
});

test('a bad configuration throws an Error naming what is wrong', () => {
  assert.throws(
    () => new Linter({ rules: { 'salary-questoin': 'allow' } }),
    (e) =>
      e instanceof Error &&
      e.message ===
        'unknown rule `salary-questoin`; the closest known rule is `salary-question`',
  );
  assert.throws(
    () => new Linter({ rulez: {} }),
    (e) => e instanceof Error && /unknown field `rulez`/.test(e.message),
  );
  assert.throws(
    () => new Linter({ rules: { 'long-sentence': { 'max-words': 1 } } }),
    (e) => e instanceof Error && /max-words/.test(e.message),
  );
  assert.throws(() => new Linter('{"rules": '), (e) => e instanceof Error && /EOF/.test(e.message));
  // A configuration that works, as an object and as a JSON string.
  for (const config of [
    { rules: { 'salary-question': 'allow' } },
    '{"rules": {"salary-question": "allow"}}',
  ]) {
    const quiet = new Linter(config).check(DRAFT, { kind: 'thank-you' });
    assert.ok(quiet.diagnostics.every((d) => d.rule !== 'salary-question'));
  }
});

test('check options are validated', () => {
  const linter = new Linter();
  assert.throws(
    () => linter.check('Hi', { kind: 'thanks' }),
    (e) => e instanceof Error && /unknown message kind `thanks`/.test(e.message),
  );
  assert.throws(
    () => linter.check('Hi', { context: { compnay: 'Lumen' } }),
    (e) => e instanceof Error && /compnay/.test(e.message),
  );
  const detected = linter.check(DRAFT, null);
  assert.equal(detected.kind_detected, true);
  assert.equal(detected.kind, 'thank-you');
  // After an offer, pay questions are fine.
  const offer = linter.check(DRAFT, { kind: 'thank-you', context: { stage: 'offer-received' } });
  assert.ok(offer.diagnostics.every((d) => d.rule !== 'salary-question'));
});

test('a dismissed fingerprint stays dismissed after edits elsewhere', () => {
  const linter = new Linter();
  const first = linter.check(DRAFT, { kind: 'thank-you' });
  const doubled = first.diagnostics.find((d) => d.rule === 'repeated-word');
  assert.match(doubled.fingerprint, /^[0-9a-f]+$/);
  const edited = DRAFT.replace('Hi Zoë,', 'Dear Zoë,\r\n\r\nGood morning.');
  const again = linter.check(edited, { kind: 'thank-you', dismissed: [doubled.fingerprint] });
  assert.ok(again.diagnostics.every((d) => d.rule !== 'repeated-word'));
  assert.ok(again.diagnostics.some((d) => d.rule === 'salary-question'), 'only that one goes');
  const notDismissed = linter.check(edited, { kind: 'thank-you' });
  assert.ok(notDismissed.diagnostics.some((d) => d.rule === 'repeated-word'));
});

test('catalogue lists every built-in rule with its metadata', () => {
  const rules = catalogue();
  const ids = rules.map((r) => r.id);
  assert.deepEqual([...ids].sort(), [...new Linter().ruleIds()].sort());
  assert.equal(new Set(ids).size, ids.length);
  const salary = rules.find((r) => r.id === 'salary-question');
  assert.equal(salary.category, 'mistake');
  assert.equal(salary.checks, 'text');
  assert.deepEqual(Object.keys(salary.levels), ['thank-you', 'follow-up', 'call-script']);
  assert.ok(salary.url.endsWith('#salary-question'));
  assert.ok(rules.some((r) => r.checks === 'timeline'));
  assert.ok(rules.some((r) => r.criterion === 'gratitude'));
  const long = rules.find((r) => r.options.some((o) => o.name === 'max-words'));
  assert.ok(long, 'a rule with a max-words option');
  assert.doesNotMatch(long.summary, /\$\{/, 'option defaults are filled in');
  for (const r of rules) {
    for (const key of ['summary', 'why', 'help']) assert.ok(r[key].length > 0, `${r.id}.${key}`);
  }
  assert.equal(rules.some((r) => r.id === 'misspelling'), manifest.name.endsWith('-spelling'));
});

// The README's timeline: a thank-you note on time, then a call planned from Berlin for
// 14:05, which is 08:05 in New York.
const TIMELINE = {
  interview: {
    start: '2026-12-01T10:00:00-05:00[America/New_York]',
    end: '2026-12-01T11:00:00-05:00[America/New_York]',
  },
  contacts: [
    { kind: 'thank-you', at: '2026-12-01T18:00:00-05:00[America/New_York]' },
    { kind: 'call', at: '2026-12-10T14:05:00+01:00[Europe/Berlin]' },
  ],
};

test('timelines are checked and give the next step', () => {
  const linter = new Linter();
  const now = '2026-12-09T09:00:00-05:00[America/New_York]';
  const report = linter.checkTimeline(TIMELINE, now);
  assert.deepEqual(
    report.diagnostics.map((d) => d.rule),
    ['call-before-email', 'call-outside-hours'],
  );
  for (const d of report.diagnostics) {
    assert.equal(d.location, 'contact');
    assert.equal(d.contact, 1);
  }
  assert.equal(report.next_step.action, 'send-follow-up');
  assert.deepEqual(linter.nextStep(TIMELINE, now), report.next_step);
  // A JSON string works too, and so does an instant without a zone (Date#toISOString),
  // read in the recipient's zone.
  const fromString = linter.checkTimeline(JSON.stringify(TIMELINE), '2026-12-09T14:00:00.000Z');
  assert.deepEqual(fromString, report);
  const file = readFileSync(path.join(here, '..', '..', '..', 'examples', 'timelines', 'on-time.json'), 'utf8');
  assert.equal(typeof linter.nextStep(file, now).reason, 'string');
  assert.throws(
    () => linter.checkTimeline(TIMELINE, '2026-12-09T09:00:00[Mars/Olympus]'),
    (e) => e instanceof Error && /Mars\/Olympus/.test(e.message),
  );
  assert.throws(
    () => linter.nextStep({ interview: TIMELINE.interview, contacts: [{ kind: 'fax', at: now }] }, now),
    (e) => e instanceof Error && /fax/.test(e.message),
  );
});

test('the TypeScript declarations describe the real output', (t) => {
  const tsc = path.join(here, 'node_modules', 'typescript', 'bin', 'tsc');
  if (!existsSync(tsc)) {
    t.skip('typescript is not installed: run `npm ci` in bindings/wasm/tests');
    return;
  }
  const linter = new Linter();
  const outputs = {
    report: ['Report', linter.check(DRAFT, { kind: 'thank-you' })],
    fixed: ['Fixed', linter.fix(DRAFT, { applicability: 'needs-review' })],
    rules: ['RuleInfo[]', catalogue()],
    timeline: ['TimelineReport', linter.checkTimeline(TIMELINE, '2026-12-01T12:00:00Z')],
    late: [
      'TimelineReport',
      linter.checkTimeline({ interview: TIMELINE.interview }, '2026-12-05T12:00:00Z'),
    ],
    step: ['NextStep', linter.nextStep(TIMELINE, '2026-12-30T12:00:00Z')],
  };
  const dir = mkdtempSync(path.join(tmpdir(), 'followup-lint-types-'));
  const entry = path.join(pkgDir, manifest.module);
  // Object literals: tsc rejects a key the declarations do not have, and a value of
  // the wrong type, so every key the output has is checked, nested ones included.
  const lines = [
    `import init, { Linter, catalogue, version } from ${JSON.stringify(entry)};`,
    `import type { Report, Fixed, RuleInfo, TimelineReport, NextStep, Config } from ${JSON.stringify(entry)};`,
    ...Object.entries(outputs).map(
      ([name, [type, value]]) => `export const ${name}: ${type} = ${JSON.stringify(value)};`,
    ),
    'export async function usage(): Promise<string> {',
    '  await init();',
    "  const config: Config = { rules: { 'salary-question': 'allow', 'long-sentence': { level: 'info', 'max-words': 40 } }, accepted_words: ['Kubrix'] };",
    '  const linter = new Linter(config);',
    "  const report: Report = linter.check('Hi', { kind: 'thank-you', context: { topics: ['routing'], stage: 'offer-received' }, dismissed: [] });",
    "  const fixed: Fixed = linter.fix('Hi', { applicability: 'safe' });",
    "  const step: NextStep = linter.nextStep('{}', new Date().toISOString());",
    '  const first = report.diagnostics[0];',
    '  return `${version()} ${catalogue().length} ${fixed.text} ${step.action} ${first?.utf16.start}`;',
    '}',
  ];
  writeFileSync(path.join(dir, 'usage.ts'), lines.join('\n') + '\n');
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'es2022',
        module: 'es2022',
        moduleResolution: 'bundler',
        lib: ['es2022', 'dom', 'esnext.disposable'],
        types: [],
      },
      files: ['usage.ts'],
    }),
  );
  try {
    execFileSync(process.execPath, [tsc, '-p', path.join(dir, 'tsconfig.json')], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (e) {
    assert.fail(`tsc rejected the real output against the declarations:\n${e.stdout}${e.stderr}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
