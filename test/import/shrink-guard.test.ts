// What a plausible revision is, measured on the official releases, and the rule built on it.
import { describe, expect, it } from 'vitest';
import { ColumnarTable, encodeTable, type CompactTable } from '../../src/data/compact-table.js';
import type { EncounterComponentRow, EncounterStateRow } from '../../src/data/schemas.js';
import { PLAUSIBLE_REVISION, shrinksOf } from '../../src/import/shrink-guard.js';
import { readSourceFile } from '../../src/import/source-reader.js';
import { SBO_FILE, sourcePath } from '../support/datasets.js';

type Sums = Map<string, { rows: number; count: number }>;
const byMonth = (rows: readonly { month: string; count: number }[]): Sums => {
  const sums: Sums = new Map();
  for (const row of rows) {
    const sum = sums.get(row.month) ?? { rows: 0, count: 0 };
    sum.rows++;
    sum.count += row.count;
    sums.set(row.month, sum);
  }
  return sums;
};

describe('revisions between the official releases (the measurement behind PLAUSIBLE_REVISION)', () => {
  it('the three by-state releases agree row for row and encounter for encounter on every month they share', () => {
    const releases = ['nationwide-encounters-fy20-fy23-state.csv', 'nationwide-encounters-fy22-fy25-state.csv', 'nationwide-encounters-fy23-fy26-nov-state.csv']
      .map((name) => byMonth(readSourceFile(sourcePath(name)).rows as EncounterStateRow[]));
    let shared = 0;
    for (let a = 0; a < releases.length; a++) {
      for (let b = a + 1; b < releases.length; b++) {
        for (const [month, old] of releases[a]!) {
          const fresh = releases[b]!.get(month);
          if (!fresh) continue;
          shared++;
          expect(fresh, month).toEqual(old);
        }
      }
    }
    // FY2022–FY2023 in the first two, FY2023–FY2025 in the last two, FY2023 in the first and last.
    expect(shared).toBe(24 + 36 + 12);
  });

  it('the largest downward revision of a month is 9 encounters in 9,740 (Southwest, August 2025, August → November 2025 releases)', () => {
    const august = byMonth(readSourceFile(sourcePath(SBO_FILE)).rows as EncounterComponentRow[]);
    const november = byMonth((readSourceFile(sourcePath('nationwide-encounters-fy23-fy26-nov-state.csv')).rows as EncounterStateRow[]).filter((row) => row.region === 'southwest'));
    const falls = [...august].flatMap(([month, old]) => {
      const fresh = november.get(month);
      return fresh ? [{ month, fall: old.count - fresh.count, share: (old.count - fresh.count) / old.count }] : [];
    });
    const worst = falls.reduce((a, b) => (b.share > a.share ? b : a));
    expect(worst).toMatchObject({ month: '2025-08', fall: 9 });
    expect(worst.share).toBeCloseTo(9 / 9740, 10);
    expect(worst.share * 10).toBeLessThan(PLAUSIBLE_REVISION);
  });
});

describe('shrinksOf', () => {
  const COLUMNS = ['month', 'region', 'count'];
  const rows = (month: string, counts: number[]) => counts.map((count, i) => ({ month, region: `r${i}`, count }));
  const table = (list: Record<string, string | number | null>[]) => new ColumnarTable(JSON.parse(encodeTable('t', COLUMNS, list)) as CompactTable);
  const before = [...rows('2025-08', Array(200).fill(50)), ...rows('2025-09', Array(200).fill(50))];

  it('lets a revision through: one row of 200 gone, a figure down by 0.5%', () => {
    const after = [...rows('2025-08', [...Array(199).fill(50), 0].slice(0, 199)), ...rows('2025-09', [...Array(199).fill(50), 0])];
    expect(shrinksOf('t.json', before, table(after), COLUMNS, new Set())).toEqual([]);
  });

  it('refuses a month that lost more than 1% of its rows or of a figure', () => {
    const after = [...rows('2025-08', Array(200).fill(50)), ...rows('2025-09', Array(100).fill(50))];
    expect(shrinksOf('t.json', before, table(after), COLUMNS, new Set())).toEqual([
      { table: 't.json', period: '2025-09', fiscalYear: 2025, rowsBefore: 200, rowsAfter: 100, measure: 'count', before: 10000, after: 5000, strict: false },
    ]);
  });

  it('in the month where the file ends, no row may be lost', () => {
    const after = [...rows('2025-08', Array(200).fill(50)), ...rows('2025-09', Array(199).fill(50))];
    expect(shrinksOf('t.json', before, table(after), COLUMNS, new Set())).toEqual([]);
    expect(shrinksOf('t.json', before, table(after), COLUMNS, new Set(['2025-09']))).toMatchObject([{ period: '2025-09', rowsBefore: 200, rowsAfter: 199, measure: null, strict: true }]);
  });
});
