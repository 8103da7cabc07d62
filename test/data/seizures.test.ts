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

  it('decodes only the months asked for, in stored order', () => {
    const all = data.rows();
    const expected = all.filter((r) => r.month === '2023-11' && r.component !== 'amo');
    expect(data.rowsOf(['ofo', 'usbp'], ['2023-11'])).toEqual(expected);
    expect(expected.length).toBeGreaterThan(100);
  });

  it('reads AMO rows from their own table, and the nationwide table first in rows()', () => {
    const amo = data.rowsOf(['amo']);
    expect(amo).toHaveLength(1772 + 1292);
    expect(amo.every((r) => r.component === 'amo')).toBe(true);
    const all = data.rows();
    expect(all[0]!.component).not.toBe('amo');
    expect(all[all.length - 1]!.component).toBe('amo');
    expect(data.tablesOf(['ofo', 'usbp'])).toEqual([SEIZURE_FILES.nationwide]);
    expect(data.coverageOf('amo')).toEqual({ first: '2018-10', last: '2025-12' });
  });

  it('refuses an edited data file (a data error, never a wrong number)', () => {
    cpSync(BUNDLED_DATA, copy, { recursive: true });
    const path = join(copy, SEIZURE_FILES.nationwide);
    writeFileSync(path, readFileSync(path, 'utf8').replace('48.50169764', '98.50169764'));
    const edited = seizureData(openDataset(copy, 'restore it'));
    expect(() => edited.rowsOf(['ofo'], ['2026-04'])).toThrow(DataError);
    expect(() => edited.rowsOf(['ofo'], ['2026-04'])).toThrow('checksum does not match');
  });
});
