// Bundles src/cli.ts into dist/ as ESM. Code-splitting keeps heavy modules (zod, cli-table3)
// in chunks that load only when a command imports them.
import { build } from 'esbuild';
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
  metafile: true,
  plugins: [stubChildProcessForCommander],
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  define: { __BORDER_FACTS_VERSION__: JSON.stringify(version) },
  // cli-table3 and its deps are CommonJS; give the bundle a require() for them.
  banner: { js: "import { createRequire as __bfCreateRequire } from 'node:module'; const require = __bfCreateRequire(import.meta.url);" },
});
// What each output chunk contains and imports: test/build/startup-imports.test.ts reads it.
writeFileSync(new URL('../dist/meta.json', import.meta.url), JSON.stringify(result.metafile));
