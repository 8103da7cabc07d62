// Start-up cost guard: what loads on every command is the entry chunk and the chunks it imports
// statically. Heavy modules (zod ~50 ms, cli-table3, chalk) must sit behind dynamic import().
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

interface Metafile {
  outputs: Record<string, { imports: { path: string; kind: string }[]; inputs: Record<string, unknown> }>;
}

const meta = JSON.parse(readFileSync(fileURLToPath(new URL('../../dist/meta.json', import.meta.url)), 'utf8')) as Metafile;

function loadedAtStartup(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (output: string) => {
    if (seen.has(output) || !meta.outputs[output]) return;
    seen.add(output);
    for (const imported of meta.outputs[output]!.imports) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(entry);
  return seen;
}

function inputsOf(outputs: Set<string>): string[] {
  return [...outputs].flatMap((output) => Object.keys(meta.outputs[output]!.inputs));
}

describe('the start-up bundle', () => {
  const startup = inputsOf(loadedAtStartup('dist/cli.js'));

  it('is built from our sources and commander', () => {
    expect(startup.some((input) => input.includes('node_modules/commander/'))).toBe(true);
    expect(startup.some((input) => input === 'src/commands/encounters.ts')).toBe(true);
  });

  it.each(['zod', 'cli-table3', 'chalk'])('does not load %s on every command', (name) => {
    expect(startup.filter((input) => input.includes(`node_modules/${name}/`))).toEqual([]);
  });

  it('keeps the zod schemas out of the start-up path', () => {
    expect(startup.filter((input) => /src\/data\/.*schemas\.ts$/.test(input))).toEqual([]);
  });
});
