// check's renderers for other tools (ClaimReview, JUnit, Markdown) load only for their format:
// they are chunks of their own, outside what `check` and `check --format json` load.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

interface Metafile {
  outputs: Record<string, { imports: { path: string; kind: string }[]; inputs: Record<string, unknown> }>;
}

const meta = JSON.parse(readFileSync(fileURLToPath(new URL('../../dist/meta.json', import.meta.url)), 'utf8')) as Metafile;

function staticClosure(output: string, seen = new Set<string>()): Set<string> {
  if (seen.has(output) || !meta.outputs[output]) return seen;
  seen.add(output);
  for (const imported of meta.outputs[output]!.imports) if (imported.kind === 'import-statement') staticClosure(imported.path, seen);
  return seen;
}

const inputsOf = (outputs: Iterable<string>) => [...outputs].flatMap((output) => Object.keys(meta.outputs[output]!.inputs));
const chunkWith = (input: string) => Object.keys(meta.outputs).find((output) => Object.keys(meta.outputs[output]!.inputs).includes(input));

describe('the renderers of check\'s other formats', () => {
  const check = chunkWith('src/commands/check-run.ts')!;
  const loadedByCheck = inputsOf(staticClosure(check));
  const loadedAtStartup = inputsOf(staticClosure('dist/cli.js'));

  it.each(['src/render/check-claimreview.ts', 'src/render/check-junit.ts', 'src/render/check-markdown.ts'])('%s is loaded by check only when asked for', (renderer) => {
    expect(chunkWith(renderer)).toBeDefined();
    expect(loadedByCheck).not.toContain(renderer);
    expect(loadedAtStartup).not.toContain(renderer);
    // check-run imports it dynamically.
    expect(meta.outputs[check]!.imports.some((i) => i.kind === 'dynamic-import' && i.path === chunkWith(renderer))).toBe(true);
  });

  it('leaves the JSON renderer in the check chunk, so check --json loads nothing more', () => {
    expect(loadedByCheck).toContain('src/render/check-json.ts');
  });
});
