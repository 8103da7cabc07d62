import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDataset } from '../../src/data/dataset.js';
import { SEIZURE_FILES } from '../../src/data/seizure-files.js';
import { seizureData } from '../../src/data/seizures.js';
import { DataError } from '../../src/errors.js';
import { BUNDLED_DATA } from '../support/cli.js';

const copy = mkdtempSync(join(tmpdir(), 'border-facts-seizures-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('seizureData', () => {
  const data = seizureData(openDataset(BUNDLED_DATA, 'test'));

  it('answers from the monthly summary: the detail rows summed over area and land filter, only the months asked for', () => {
    const november = data.rowsOf(['ofo', 'usbp'], ['2023-11']);
    expect(november.every((r) => r.month === '2023-11' && r.component !== 'amo' && !('area' in r))).toBe(true);
    const detail = data.rows().filter((r) => r.month === '2023-11' && r.component !== 'amo');
    expect(new Set(november.map((r) => `${r.component}|${r.region}|${r.drug}`)).size).toBe(november.length);
    expect(november.length).toBe(new Set(detail.map((r) => `${r.component}|${r.region}|${r.drug}`)).size);
    // The sum CBP's file gives for November 2023 (OFO + Border Patrol): 4,279 events, 48,175.47 lb.
    expect(november.reduce((sum, r) => sum + r.events, 0)).toBe(4279);
    expect(november.reduce((sum, r) => sum + r.pounds, 0)).toBeCloseTo(48175.474485320294, 8);
  });

  it('reads AMO rows only for AMO, and the detail tables (nationwide first) in rows()', () => {
    const amo = data.rowsOf(['amo']);
    expect(amo.length).toBeGreaterThan(100);
    expect(amo.every((r) => r.component === 'amo')).toBe(true);
    const all = data.rows();
    expect(all).toHaveLength(10092 + 8673 + 1772 + 1292);
    expect(all[0]!.component).not.toBe('amo');
    expect(all[all.length - 1]!.component).toBe('amo');
    expect(data.tablesOf(['ofo', 'usbp'])).toEqual([SEIZURE_FILES.nationwide]);
    expect(data.coverageOf('amo')).toEqual({ first: '2018-10', last: '2025-12' });
  });

  it('refuses an edited data file (a data error, never a wrong number)', () => {
    cpSync(BUNDLED_DATA, copy, { recursive: true });
    const path = join(copy, SEIZURE_FILES.monthly);
    writeFileSync(path, readFileSync(path, 'utf8').replace('"pounds":[22639.789999999997,', '"pounds":[92639.789999999997,'));
    const edited = seizureData(openDataset(copy, 'restore it'));
    expect(() => edited.rowsOf(['ofo'], ['2026-04'])).toThrow(DataError);
    expect(() => edited.rowsOf(['ofo'], ['2026-04'])).toThrow('checksum does not match');
  });
});
