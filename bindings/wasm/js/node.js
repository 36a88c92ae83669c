// The Node.js entry of the followup-lint package (package.json `main` and the `node`
// condition of `exports`). It loads the WebAssembly module beside it synchronously, so
// everything is ready as soon as it is imported (or required, on Node.js 20.19 and
// later). Pages import followup_lint.js instead and call its default export first.
import { readFileSync } from 'node:fs';
import { initSync } from './followup_lint.js';

const exports = initSync({
  module: readFileSync(new URL('./followup_lint_bg.wasm', import.meta.url)),
});

export * from './followup_lint.js';

/**
 * Resolves to the module's exports at once: in Node.js the module is ready on import.
 * Code written for a page (`await init()`) runs unchanged.
 */
export default async function init() {
  return exports;
}
