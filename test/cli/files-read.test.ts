// Guard (#17.1): the data files each command reads, named. A dataset holding only those files
// (and the manifest) answers the command; without any one of them the command fails with exit 3
// naming it. A command that starts reading a larger table than it needs fails here.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLED_DATA } from '../support/cli.js';
import { runInProcess } from '../support/in-process.js';

const root = mkdtempSync(join(tmpdir(), 'border-facts-reads-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const READS: [string[], string[]][] = [
  [['encounters', '--month', 'nov'], ['encounters-monthly.json']],
  [['encounters', '--month', '2023-11', '--region', 'all', '--by', 'citizenship', '--top', '3'], ['encounters-by-citizenship.json']],
  [['encounters', '--month', '2023-10', '--region', 'all', '--by', 'state', '--top', '3'], ['encounters-by-state.json']],
  [['encounters', '--fy', '2024', '--by', 'encounter-type'], ['encounters-southwest-by-component.json']],
  // The monthly summary (125 KB) holds every figure `seizures` shows: never the 564 KB detail table.
  [['seizures', '--month', '2023-11', '--compare', 'previous-month'], ['seizures-monthly.json']],
  [['seizures', '--fy', '2024', '--component', 'all', '--by', 'component'], ['seizures-monthly.json']],
  // Areas of responsibility are only in the detail table.
  [['seizures', '--month', '2023-11', '--by', 'office'], ['seizures-ofo-usbp.json']],
  [['meeting'], ['events.json']],
  [['check', '--fail-on', 'never'], [
    'article-claims.json', 'encounters-annual-nationwide.json', 'encounters-annual-southwest.json', 'encounters-by-citizenship.json', 'encounters-monthly.json',
    'events.json', 'published-figures.json', 'releases.json', 'seizures-monthly.json',
  ]],
  [['trace', '483404'], ['encounters-by-citizenship.json', 'encounters-monthly.json', 'published-figures.json', 'seizures-monthly.json']],
  [['sources'], []],
];

let datasets = 0;
/** A copy of the bundled dataset holding only the manifest and `files`. */
function datasetWith(files: readonly string[]): string {
  const dir = join(root, `ds-${datasets++}`);
  cpSync(BUNDLED_DATA, dir, { recursive: true });
  for (const name of readdirSync(dir)) if (name !== 'manifest.json' && !files.includes(name)) rmSync(join(dir, name));
  return dir;
}

describe('the data files each command reads', () => {
  it.each(READS)('border-facts %j reads %j and nothing else', async (args, files) => {
    const only = await runInProcess(['--data-dir', datasetWith(files), ...args, '--json']);
    expect(only.status, only.stderr).toBe(0);
    for (const file of files) {
      const without = await runInProcess(['--data-dir', datasetWith(files.filter((name) => name !== file)), ...args, '--json']);
      expect(without.status, `${args.join(' ')} without ${file}`).toBe(3);
      expect(without.stderr).toMatch(new RegExp(`^border-facts: data file .*${file.replace('.', '\\.')} is missing\\n`));
    }
  });
});
