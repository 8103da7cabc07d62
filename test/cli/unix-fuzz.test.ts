// Property: whatever a user types (real commands and options, typos, garbage, control characters),
// border-facts answers with a documented exit code, never a stack trace, never a colour code in a
// pipe. The vocabulary comes from the live command tree, so commands added later are fuzzed too.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli.js';
import { offeredValues } from '../../src/commands/shared/offered-values.js';
import { allCommands, completionTree, type CommandSpec, type OptionSpec } from '../../src/completion/tree.js';
import { BIN } from '../support/cli.js';
import { fakeIO } from '../support/in-process.js';
import { cleanEnv, STACK_LINE } from '../support/unix.js';

// Runs in a scratch directory with its own XDG_DATA_HOME, so a fuzzed `data import … --into x` writes nowhere that matters.
const scratch = mkdtempSync(join(tmpdir(), 'border-facts-fuzz-'));
writeFileSync(join(scratch, 'junk.csv'), 'not,a,cbp\nfile,\u001b[31m,1\n');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const tree = completionTree(buildProgram(fakeIO().io), offeredValues);
const COMMANDS = allCommands(tree);

const REAL_VALUES = ['nov', 'November', '11', '2023-11', '2024', '2020-2024', '2019-10', 'sw', 'all', 'usbp', 'ofo', 'cuba,venezuela', 'tx,az', 'fmua',
  'state', 'citizenship', 'fy', '5', 'count', 'json', 'ndjson', 'table', 'bash'];
const GARBAGE = ['', ' ', '-', '--', '---', '-x', '--mnth', '--format=', '--=', 'encounterz', 'novembr', '2023-13', '13', '0', '-1', '1e309',
  '99999999999999999999', '2024-2020', ',,', 'ñandú', '\u001b[2J\u001b[31m', '\u009b1m', '\u202e', '$(id)', '%s%n', '../..', '/nonexistent',
  '/dev/null', join(scratch, 'junk.csv'), 'junk.csv', 'x'.repeat(300)];

const freeText = fc.string({ unit: 'grapheme', maxLength: 12 }).filter((text) => !text.includes('\u0000'));

function valueFor(option: OptionSpec): fc.Arbitrary<string> {
  const offered = option.value?.kind === 'choices' ? option.value.values : [];
  return fc.oneof(
    { arbitrary: fc.constantFrom(...(offered.length > 0 ? offered : REAL_VALUES)), weight: 4 },
    { arbitrary: fc.constantFrom(...REAL_VALUES), weight: 2 },
    { arbitrary: fc.constantFrom(...GARBAGE), weight: 2 },
    { arbitrary: freeText, weight: 1 },
  );
}

function tokenFor(command: CommandSpec): fc.Arbitrary<string[]> {
  const options = command.options;
  const withValue = options.filter((o) => o.value);
  const flags = options.filter((o) => !o.value);
  const choices: fc.WeightedArbitrary<string[]>[] = [
    { arbitrary: fc.constantFrom(...GARBAGE).map((word) => [word]), weight: 2 },
    { arbitrary: freeText.map((word) => [word]), weight: 1 },
  ];
  if (withValue.length > 0) {
    const pick = fc.constantFrom(...withValue);
    choices.push({ arbitrary: pick.chain((o) => fc.tuple(fc.constantFrom(...o.flags), valueFor(o))), weight: 6 });
    choices.push({ arbitrary: pick.chain((o) => valueFor(o).map((v) => [`${o.flags.at(-1)!}=${v}`])), weight: 1 });
    choices.push({ arbitrary: pick.map((o) => [o.flags.at(-1)!]), weight: 1 });
  }
  if (flags.length > 0) choices.push({ arbitrary: fc.constantFrom(...flags).map((o) => [o.flags.at(-1)!]), weight: 2 });
  return fc.oneof(...choices);
}

const argv: fc.Arbitrary<string[]> = fc.constantFrom(...COMMANDS).chain((command) =>
  fc.tuple(fc.array(tokenFor(command), { maxLength: 5 }), fc.nat(9)).map(([tokens, shuffle]) => {
    const rest = tokens.flat();
    // Mostly the command first; sometimes its words after the options, as users also type.
    return shuffle < 8 ? [...command.path, ...rest] : [...rest, ...command.path];
  }),
);

describe('border-facts under random argument lists (built binary)', () => {
  it('always exits 0, 1, 2 or 3 with no stack trace and no ANSI code', { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(argv, (args) => {
        const run = spawnSync(process.execPath, [BIN, ...args], { cwd: scratch, encoding: 'utf8', env: cleanEnv({ XDG_DATA_HOME: scratch }), input: '', timeout: 150_000, maxBuffer: 64 * 1024 * 1024 });
        const shown = `border-facts ${JSON.stringify(args)} → ${run.status}\n${run.stderr}`;
        expect([0, 1, 2, 3], shown).toContain(run.status);
        expect(run.stdout + run.stderr, shown).not.toMatch(STACK_LINE);
        expect(run.stdout + run.stderr, shown).not.toMatch(/\u001b/);
        if (run.status === 2 || run.status === 3) {
          expect(run.stdout, shown).toBe('');
          expect(run.stderr, shown).toMatch(/^(border-facts: |Usage: )/);
        }
      }),
      { numRuns: 60 },
    );
  });
});
