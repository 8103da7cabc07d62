// Ranks, records and changes over rows of counts: shared by every command that ranks periods.

/** 1 = largest; equal counts share a rank; rows without a count get null. */
export function rankBy<Row>(rows: readonly Row[], count: (row: Row) => number | null): (number | null)[] {
  const values = rows.map(count);
  return values.map((value) => (value === null ? null : 1 + values.filter((other) => other !== null && other > value).length));
}

/** Percentage change from `before` to `after`, or null when either is unknown or before is 0. */
export function percentChange(before: number | null, after: number | null): number | null {
  if (before === null || after === null || before === 0) return null;
  return ((after - before) / before) * 100;
}

export function sumOrNull(values: readonly (number | null)[]): number | null {
  let sum = 0;
  for (const value of values) {
    if (value === null) return null;
    sum += value;
  }
  return sum;
}

/** Plain code-point order: localeCompare would start ICU (about 25 ms) for nothing. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
