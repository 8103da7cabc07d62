// Loads dist/cli.cjs as a classic script with the V8 code cache made at build time
// (scripts/build.mjs): with it, compiling the bundle costs almost nothing at start-up.
// V8 trusts the bytes it is given (a damaged cache crashes node), so the cache file starts with
// the sha256 of the cache and the bundle it was made for; on any mismatch the bundle is compiled
// from source instead, silently. node:crypto loaded here serves the dataset checks as well.
'use strict';
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'cli.cjs');
const CACHE = `${BUNDLE}.cache`;
const DIGEST_BYTES = 32;

/** The digest a cache file starts with: of the V8 data, then of the bundle's bytes. */
function cacheDigest(data, source) {
  return createHash('sha256').update(data).update(source).digest();
}

/** The V8 data of the cache file when it is intact and made for this bundle, else undefined. */
function verifiedCache(source) {
  let file;
  try {
    file = readFileSync(CACHE);
  } catch {
    return undefined; // No cache (a build without it): V8 compiles the bundle as usual.
  }
  if (file.length <= DIGEST_BYTES) return undefined;
  const data = file.subarray(DIGEST_BYTES);
  return cacheDigest(data, source).equals(file.subarray(0, DIGEST_BYTES)) ? data : undefined;
}

function loadBundle() {
  const source = readFileSync(BUNDLE);
  const cachedData = verifiedCache(source);
  const script = new Script(Module.wrap(source.toString('utf8')), { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return { exports: module.exports, script, source };
}

/** A cache file for `data` (V8's code cache of the bundle `source`): the digest, then the data. */
function cacheFile(data, source) {
  return Buffer.concat([cacheDigest(data, source), data]);
}

module.exports = { loadBundle, cacheFile, BUNDLE, CACHE };
