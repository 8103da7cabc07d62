// Loads dist/cli.cjs as a classic script with the V8 code cache made at build time
// (scripts/build.mjs): with it, compiling the bundle costs almost nothing at start-up.
'use strict';
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'cli.cjs');

function loadBundle() {
  const source = readFileSync(BUNDLE, 'utf8');
  let cachedData;
  try {
    cachedData = readFileSync(`${BUNDLE}.cache`);
  } catch {
    // No cache (a build without it): V8 compiles the bundle as usual.
  }
  const script = new Script(Module.wrap(source), { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return { exports: module.exports, script };
}

module.exports = { loadBundle, BUNDLE };
