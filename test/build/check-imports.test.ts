// check's engine is a chunk loaded when check runs; checking the bundled claims must not load zod
// (only a user's claims file and --schema do).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

interface Metafile {
  outputs: Record<string, { imports: { path: string; kind: string }[]; inputs: Record<string, unknown>; entryPoint?: string }>;
}

const meta = JSON.parse(readFileSync(fileURLToPath(new URL('../../dist/meta.json', import.meta.url)), 'utf8')) as Metafile;

function staticClosure(output: string, seen = new Set<string>()): Set<string> {
  if (seen.has(output) || !meta.outputs[output]) return seen;
  seen.add(output);
  for (const imported of meta.outputs[output]!.imports) if (imported.kind === 'import-statement') staticClosure(imported.path, seen);
  return seen;
}

const inputs = (outputs: Set<string>) => [...outputs].flatMap((output) => Object.keys(meta.outputs[output]!.inputs));

describe('the check chunk', () => {
  const chunk = Object.keys(meta.outputs).find((output) => Object.keys(meta.outputs[output]!.inputs).includes('src/commands/check-run.ts'));

  it('exists apart from the start-up bundle', () => {
    expect(chunk).toBeDefined();
    expect(inputs(staticClosure('dist/cli.js'))).not.toContain('src/domain/claims/evaluate.ts');
  });

  it('loads neither zod nor the claim schemas when it runs on the bundled claims', () => {
    const loaded = inputs(staticClosure(chunk!));
    expect(loaded).toContain('src/domain/claims/evaluate.ts');
    expect(loaded.filter((input) => input.includes('node_modules/zod/'))).toEqual([]);
    expect(loaded.filter((input) => /src\/data\/.*schemas\.ts$/.test(input))).toEqual([]);
  });
});
