import { describe, expect, it } from 'vitest';
import { mergeReleases } from '../../src/import/releases.js';

interface Row { month: string; count: number }
const monthOf = (row: Row) => row.month;

describe('mergeReleases', () => {
  it('takes each fiscal year whole from the newest release that contains it, never summing overlaps', () => {
    const older = { name: 'fy20-fy23', lastMonth: '2023-09', rows: [{ month: '2022-10', count: 1 }, { month: '2023-09', count: 2 }, { month: '2021-10', count: 7 }] };
    const newer = { name: 'fy23-fy26', lastMonth: '2025-11', rows: [{ month: '2022-10', count: 10 }, { month: '2023-09', count: 20 }, { month: '2025-11', count: 30 }] };
    const merged = mergeReleases([older, newer], monthOf);
    expect(merged.rows).toEqual([{ month: '2021-10', count: 7 }, { month: '2022-10', count: 10 }, { month: '2023-09', count: 20 }, { month: '2025-11', count: 30 }]);
    expect(merged.fiscalYearReleases).toEqual({ 2022: 'fy20-fy23', 2023: 'fy23-fy26', 2026: 'fy23-fy26' });
    expect(merged.monthReleases).toEqual({});
  });

  it('keeps a month the newest release lacks from the newest release that has it, and names it', () => {
    const oldest = { name: 'fy20-fy23', lastMonth: '2023-09', rows: [{ month: '2023-03', count: 1 }, { month: '2023-04', count: 2 }] };
    const older = { name: 'fy22-fy25', lastMonth: '2025-09', rows: [{ month: '2023-03', count: 3 }, { month: '2023-04', count: 4 }] };
    // Cut at a month boundary: March 2023 is missing.
    const newest = { name: 'fy23-fy26-cut', lastMonth: '2025-11', rows: [{ month: '2023-04', count: 5 }, { month: '2025-11', count: 6 }] };
    const merged = mergeReleases([oldest, older, newest], monthOf);
    expect(merged.rows).toEqual([{ month: '2023-03', count: 3 }, { month: '2023-04', count: 5 }, { month: '2025-11', count: 6 }]);
    expect(merged.fiscalYearReleases).toEqual({ 2023: 'fy23-fy26-cut', 2026: 'fy23-fy26-cut' });
    expect(merged.monthReleases).toEqual({ '2023-03': 'fy22-fy25' });
  });

  it('is independent of the order releases are given in', () => {
    const a = { name: 'a', lastMonth: '2023-09', rows: [{ month: '2023-01', count: 1 }] };
    const b = { name: 'b', lastMonth: '2024-09', rows: [{ month: '2023-01', count: 2 }] };
    expect(mergeReleases([a, b], monthOf)).toEqual(mergeReleases([b, a], monthOf));
  });
});
