// A damaged dataset is a data error (exit 3) that names the file and says how to restore it;
// never a wrong number, never a crash. Each case damages a fresh copy of data/.
import { cpSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUNDLED_DATA, runCli } from '../support/cli.js';
import { copyDataset, readManifest, rewriteWithManifest, STACK_LINE, writeManifest } from '../support/unix.js';

const MONTHLY = 'encounters-monthly.json';
const bundledSize = (file: string) => statSync(join(BUNDLED_DATA, file)).size;
let copy: ReturnType<typeof copyDataset>;

beforeEach(() => {
  copy = copyDataset();
});
afterEach(() => copy.dispose());

/** Runs a query that reads the monthly table, from the damaged copy, and checks the error's shape. */
function expectDataError(message: RegExp, via: 'option' | 'environment' = 'option', args = ['encounters', '--month', 'nov']) {
  const run = via === 'option'
    ? runCli([...args, '--data-dir', copy.dir])
    : runCli(args, { env: { BORDER_FACTS_DATA: copy.dir } });
  expect(run.status).toBe(3);
  expect(run.stdout).toBe('');
  const [first, hint, ...more] = run.stderr.trimEnd().split('\n');
  expect(first).toMatch(/^border-facts: /);
  expect(first).toMatch(message);
  expect(hint).toMatch(new RegExp(`^hint: restore ${copy.dir} from the bundled dataset \\(cp -R .*/data/\\. ${copy.dir}\\) or import the release again`));
  expect(hint).toContain(via === 'option' ? 'or leave out --data-dir' : 'or unset BORDER_FACTS_DATA');
  expect(more).toEqual([]);
  expect(run.stderr).not.toMatch(STACK_LINE);
}

describe('damaged dataset (exit 3, named file, how to restore)', () => {
  it('reads the undamaged copy normally (the control case)', () => {
    const run = runCli(['encounters', '--month', '2023-11', '--data-dir', copy.dir, '--json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).rows[0]).toMatchObject({ total: 242399 });
  });

  it('a missing data file', () => {
    rmSync(join(copy.dir, MONTHLY));
    expectDataError(new RegExp(`data file ${copy.dir}/${MONTHLY} is missing$`));
  });

  it('a truncated data file', () => {
    truncateSync(join(copy.dir, MONTHLY), 1000);
    expectDataError(new RegExp(`data file ${copy.dir}/${MONTHLY} is truncated: 1000 bytes, the manifest says ${bundledSize(MONTHLY)}$`));
  });

  it('a data file edited to the same size (a 1 changed into a 7)', () => {
    const path = join(copy.dir, MONTHLY);
    const text = readFileSync(path, 'utf8');
    const at = text.indexOf('242399');
    expect(at).toBeGreaterThan(0);
    writeFileSync(path, `${text.slice(0, at)}742399${text.slice(at + 6)}`);
    expect(readFileSync(path).length).toBe(Buffer.byteLength(text));
    expectDataError(new RegExp(`data file ${copy.dir}/${MONTHLY} was edited: its checksum does not match the manifest$`));
  });

  it('a data file of another format version, even with a manifest that matches it', () => {
    const text = readFileSync(join(copy.dir, MONTHLY), 'utf8').replace('"schemaVersion":2', '"schemaVersion":1');
    rewriteWithManifest(copy.dir, MONTHLY, text);
    expectDataError(new RegExp(`data file ${copy.dir}/${MONTHLY} has format version 1; this border-facts reads version 2$`));
  });

  it('a data file that is not JSON, with a matching manifest', () => {
    rewriteWithManifest(copy.dir, MONTHLY, 'period,total\n2023-11,242399\n');
    expectDataError(new RegExp(`data file ${copy.dir}/${MONTHLY} is not valid JSON$`));
  });

  it('a data file whose cells point outside their dictionaries, with a matching manifest', () => {
    const table = JSON.parse(readFileSync(join(copy.dir, MONTHLY), 'utf8')) as { data: Record<string, (number | null)[]> };
    table.data.month![5] = 99999;
    rewriteWithManifest(copy.dir, MONTHLY, JSON.stringify(table));
    expectDataError(new RegExp(`data file ${copy.dir}/${MONTHLY} is damaged: its month column holds 99999, which is not an entry of its dictionary$`));
  });

  it('a data file with a column shorter than the table, with a matching manifest', () => {
    const table = JSON.parse(readFileSync(join(copy.dir, MONTHLY), 'utf8')) as { length: number; data: Record<string, (number | null)[]> };
    table.data.total!.pop();
    rewriteWithManifest(copy.dir, MONTHLY, JSON.stringify(table));
    expectDataError(new RegExp(`data file ${copy.dir}/${MONTHLY} is damaged: its total column does not hold ${table.length} values$`));
  });

  it('a missing manifest', () => {
    rmSync(join(copy.dir, 'manifest.json'));
    expectDataError(new RegExp(`^border-facts: no dataset in ${copy.dir}: manifest.json is missing$`));
  });

  it('a manifest of another schema version', () => {
    writeManifest(copy.dir, { ...readManifest(copy.dir), schemaVersion: 3 });
    expectDataError(new RegExp(`${copy.dir}/manifest.json is not a border-facts manifest of schema version 2 \\(it has schema version 3\\)$`));
  });

  it('a manifest that is not JSON', () => {
    writeFileSync(join(copy.dir, 'manifest.json'), '{"schemaVersion": 1, "files": [');
    expectDataError(new RegExp(`${copy.dir}/manifest.json is not valid JSON$`));
  });

  it('a manifest entry without its sha256 (resealed: a hand edit alone is caught by the integrity hash)', () => {
    const manifest = readManifest(copy.dir);
    delete (manifest.files[0] as Partial<(typeof manifest.files)[0]>).sha256;
    writeManifest(copy.dir, manifest);
    expectDataError(new RegExp(`${copy.dir}/manifest.json was edited: its integrity hash does not match its content$`));
    writeManifest(copy.dir, manifest, { sealed: true });
    expectDataError(new RegExp(`${copy.dir}/manifest.json is damaged: the entry of encounters-monthly.json lacks its sha256, size, row count or coverage$`));
  });

  it('the same through BORDER_FACTS_DATA, and for sources, which reads only the manifest', () => {
    rmSync(join(copy.dir, MONTHLY));
    expectDataError(new RegExp(`data file ${copy.dir}/${MONTHLY} is missing$`), 'environment');
    writeManifest(copy.dir, { ...readManifest(copy.dir), schemaVersion: 9 });
    expectDataError(/is not a border-facts manifest of schema version 2/, 'environment', ['sources']);
  });

  it('a damaged imported dataset (under XDG_DATA_HOME) says to reset it and import again', () => {
    const home = join(dirname(copy.dir), 'xdg');
    cpSync(copy.dir, join(home, 'border-facts'), { recursive: true });
    truncateSync(join(home, 'border-facts', MONTHLY), 0);
    const run = runCli(['encounters', '--month', 'nov'], { env: { XDG_DATA_HOME: home } });
    expect(run.status).toBe(3);
    expect(run.stderr).toBe(`border-facts: data file ${home}/border-facts/${MONTHLY} is truncated: 0 bytes, the manifest says ${bundledSize(MONTHLY)}\n`
      + "hint: run 'border-facts data reset' to read the bundled dataset, then import your releases again (border-facts data import <file>)\n");
  });

  it('only the files a query reads are checked: damage to the state table spares the monthly query', () => {
    truncateSync(join(copy.dir, 'encounters-by-state.json'), 10);
    expect(runCli(['encounters', '--month', '2023-11', '--data-dir', copy.dir]).status).toBe(0);
    expectDataError(/encounters-by-state\.json is truncated: 10 bytes/, 'option', ['encounters', '--month', '2023-10', '--region', 'all', '--by', 'state']);
  });
});
