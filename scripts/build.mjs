// Builds what bin/border-facts.js runs: one CommonJS bundle of src/cli.ts (dist/cli.cjs) and a V8
// code cache for it (dist/cli.cjs.cache), which starts with the sha256 of the cache and the bundle
// so the bin can check it before V8 sees it (bin/load-bundle.cjs).
//
// Why this shape (measured with `npm run bench`, see README "Performance"): as ES modules, every
// chunk the loader resolves, reads, compiles and links costs about 2 ms, and compiling is most of
// the rest; a single script compiled from a code cache made at build time starts in a fraction of
// that. Code that only some commands need (the claims engine, the importer, views) is still
// initialised lazily inside the bundle; zod and cli-table3 stay outside it and are require()d only
// by the code paths that use them.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

// commander requires child_process for stand-alone executable subcommands, which border-facts
// does not use; loading it costs ~2.5 ms of every start-up, so commander gets a stub instead.
const stubChildProcessForCommander = {
  name: 'stub-child-process-for-commander',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes('node_modules/commander/') ? { path: 'child_process', namespace: 'stub' } : undefined);
    build.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: "module.exports = { spawn() { throw new Error('executable subcommands are not supported'); } };",
      loader: 'js',
    }));
  },
};

const result = await build({
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  plugins: [stubChildProcessForCommander],
  // Runtime dependencies loaded on demand with require() (chalk is ESM-only, so it is bundled).
  // Vega and Vega-Lite (ES modules with top-level await) are import()ed through bin/import-esm.cjs
  // by the chart formats alone; listed here so that no import of them can pull them in.
  external: ['zod', 'cli-table3', 'undici', 'vega', 'vega-lite'],
  // Dynamic import() becomes a lazy require(): the bundle runs as a classic script (vm.Script).
  supported: { 'dynamic-import': false },
  define: { __BORDER_FACTS_VERSION__: JSON.stringify(version), 'import.meta.url': '__bfBundleUrl' },
  banner: { js: "const __bfBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
// What the bundle is made of: test/build/ reads it.
writeFileSync(new URL('../dist/meta.json', import.meta.url), JSON.stringify(result.metafile));

// The code cache: run the commands users run most, then save what V8 compiled.
const warm = spawnSync(process.execPath, [new URL('./warm-code-cache.cjs', import.meta.url).pathname], { stdio: 'inherit' });
if (warm.status !== 0) console.warn('build: no code cache written; border-facts will start more slowly');
