// Bundles src/cli.ts into dist/ as ESM. Code-splitting keeps heavy modules (zod, cli-table3)
// in chunks that load only when a command imports them.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
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
