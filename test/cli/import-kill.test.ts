// The kill test (#14): SIGKILL `data import` at random points (seeded, so a failure can be
// replayed) and check that the dataset commands read is the old one or the new one, byte for byte,
// never a mix and never silently the bundled one; then that the next import recovers. A few runs
// in `npm test`; BORDER_FACTS_KILL_RUNS=200 (and BORDER_FACTS_KILL_SEED) for a long hunt.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, runCli } from '../support/cli.js';
import { snapshot, sourceLines, tempDir, writeLines } from '../support/datasets.js';
import { cleanEnv } from '../support/unix.js';

const RUNS = Number(process.env.BORDER_FACTS_KILL_RUNS ?? 4);
const SEED = Number(process.env.BORDER_FACTS_KILL_SEED ?? 20251130);

const root = tempDir('kill');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const xdg = join(root, 'xdg');
const userDir = join(xdg, 'border-facts');
const env = { XDG_DATA_HOME: xdg };

/** The official Air and Marine Operations file (the smallest family to rebuild) with its first cocaine seizure revised. */
function amoWith(name: string, pounds: string): string {
  const lines = sourceLines('amo-drug-seizures-fy23-fy26-dec.csv');
  expect(lines[1]).toBe('2026 (FYTD),DEC,Air and Marine Operations,Coastal/Interior,Other,Caribbean Air And Marine Branch,Cocaine,1,1702.83');
  lines[1] = lines[1]!.replace(/,1702\.83$/, `,${pounds}`);
  return writeLines(root, name, lines);
}

/** mulberry32: a small seeded generator, so every kill point can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs `data import` and kills it after `delay` ms (or lets it finish first): its exit status, null when killed. */
function importKilledAfter(file: string, delay: number): Promise<number | null> {
  const child = spawn(process.execPath, [BIN, 'data', 'import', file], { env: cleanEnv(env), stdio: 'ignore' });
  const timer = setTimeout(() => child.kill('SIGKILL'), delay);
  return new Promise((resolve) => child.on('exit', (status) => {
    clearTimeout(timer);
    resolve(status);
  }));
}

const leftovers = () => readdirSync(xdg).filter((name) => name.startsWith('.border-facts.'));

let oldFiles: Record<string, string>;
let newFiles: Record<string, string>;
let importMs: number;
const NEXT = () => join(root, 'amo-revised-1800.csv');

beforeAll(() => {
  // Old: the bundled dataset with one AMO seizure of December 2025 revised (1,702.83 lb → 1,750); new: revised again (→ 1,800).
  expect(runCli(['data', 'import', amoWith('amo-revised-1750.csv', '1750')], { env }).status).toBe(0);
  amoWith('amo-revised-1800.csv', '1800');
  cpSync(userDir, join(root, 'old'), { recursive: true });
  oldFiles = snapshot(userDir);
  cpSync(userDir, join(root, 'new'), { recursive: true });
  const start = Date.now();
  expect(runCli(['data', 'import', NEXT(), '--into', join(root, 'new')], { env }).status).toBe(0);
  importMs = Date.now() - start;
  newFiles = snapshot(join(root, 'new'));
  expect(newFiles).not.toEqual(oldFiles);
}, 120_000);

describe(`data import killed at random points (${RUNS} runs, seed ${SEED})`, () => {
  it('leaves the old dataset or the new one, never a mix, never the bundled one; the next import recovers', async () => {
    const next = random(SEED);
    // How each run ended: the import finished; killed before writing; killed while writing its staging copy; after the swap; between the renames.
    const outcomes = { finished: 0, oldBeforeWriting: 0, oldWhileWriting: 0, new: 0, setAside: 0 };
    for (let i = 0; i < RUNS; i++) {
      rmSync(userDir, { recursive: true, force: true });
      for (const name of leftovers()) rmSync(join(xdg, name), { recursive: true, force: true });
      cpSync(join(root, 'old'), userDir, { recursive: true });
      const delay = Math.round(next() * importMs * 1.2);
      const where = `run ${i}, seed ${SEED}, killed after ${delay} ms of about ${importMs}`;

      const status = await importKilledAfter(NEXT(), delay);
      if (status === 0) {
        outcomes.finished++;
        expect(snapshot(userDir), where).toEqual(newFiles);
      } else {
        expect(status, where).toBeNull();
        const aside = leftovers().filter((name) => name.startsWith('.border-facts.previous-'));
        const read = existsSync(userDir) ? snapshot(userDir) : snapshot(join(xdg, aside[0] ?? 'none'));
        expect([oldFiles, newFiles], where).toContainEqual(read);
        if (!existsSync(userDir)) outcomes.setAside++;
        else if (JSON.stringify(read) !== JSON.stringify(oldFiles)) outcomes.new++;
        else if (leftovers().some((name) => name.startsWith('.border-facts.staging-'))) outcomes.oldWhileWriting++;
        else outcomes.oldBeforeWriting++;
      }
      const sources = runCli(['sources', '--json'], { env });
      expect(sources.status, `${where}: ${sources.stderr} (beside it: ${leftovers().join(', ')})`).toBe(0);
      expect(JSON.parse(sources.stdout).query, where).toMatchObject({ origin: 'imported', dataDir: userDir });

      expect(runCli(['data', 'import', NEXT()], { env }).status, where).toBe(0);
      expect(snapshot(userDir), where).toEqual(newFiles);
      expect(leftovers(), where).toEqual([]);
    }
    console.info(`import-kill: seed ${SEED}, ${RUNS} runs: ${JSON.stringify(outcomes)}`);
    // The runs must kill imports, or this test proves nothing.
    expect(RUNS - outcomes.finished).toBeGreaterThan(0);
  }, 600_000);
});
