// Writes dist/cli.cjs.cache: loads the bundle the way bin/border-facts.js does, runs the commands
// users run most (output discarded, bundled dataset), then saves the code V8 compiled for them,
// behind the sha256 the bin checks before V8 sees a byte (bin/load-bundle.cjs). A cache made by
// another Node version is rejected by V8 and border-facts simply compiles anew.
'use strict';
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { loadBundle, cacheFile, CACHE } = require('../bin/load-bundle.cjs');

const COMMANDS = [
  ['encounters', '--month', 'nov', '--json'],
  ['encounters', '--month', '2023-11', '--region', 'nationwide', '--by', 'citizenship', '--json'],
  ['encounters', '--fy', '2020-2024', '--by', 'fy', '--format', 'table'],
  ['seizures', '--month', '2023-11', '--compare', 'previous-month', '--json'],
  ['meeting', '--json'],
  ['check', '--format', 'json', '--fail-on', 'never'],
  ['sources', '--json'],
  ['--help'],
];

async function main() {
  process.env.BORDER_FACTS_DATA = join(__dirname, '..', 'data');
  const { exports, script, source } = loadBundle();
  const write = { out: process.stdout.write, err: process.stderr.write };
  process.stdout.write = process.stderr.write = () => true;
  try {
    for (const argv of COMMANDS) await exports.main(argv);
  } finally {
    process.stdout.write = write.out;
    process.stderr.write = write.err;
    process.exitCode = 0;
  }
  writeFileSync(CACHE, cacheFile(script.createCachedData(), source));
}

main().catch((error) => {
  console.error(`warm-code-cache: ${error.message}`);
  process.exitCode = 1;
});
