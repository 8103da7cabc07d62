#!/usr/bin/env node
// Runs the compiled bundle (dist/cli.cjs, built by `npm install` through the prepare script).
'use strict';
const { loadBundle } = require('./load-bundle.cjs');

let bundle;
try {
  bundle = loadBundle();
} catch (error) {
  process.stderr.write(`border-facts: cannot load the compiled program (${error.code ?? error.message}); run 'npm install' or 'npm run build'\n`);
  process.exitCode = 70;
}
if (bundle) bundle.exports.main(process.argv.slice(2));
