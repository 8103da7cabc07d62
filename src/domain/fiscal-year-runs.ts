// Fiscal years written the way people read them: "FY2020–FY2022, FY2024".

export interface ReleaseRun {
  first: number;
  last: number;
  release: string;
}

/** Consecutive fiscal years taken from the same release, in order. */
export function releaseRuns(fiscalYearReleases: Readonly<Record<string, string>>): ReleaseRun[] {
  const years = Object.keys(fiscalYearReleases).map(Number).sort((a, b) => a - b);
  const runs: ReleaseRun[] = [];
  for (const year of years) {
    const release = fiscalYearReleases[String(year)]!;
    const last = runs[runs.length - 1];
    if (last && last.release === release && last.last === year - 1) last.last = year;
    else runs.push({ first: year, last: year, release });
  }
  return runs;
}

export function fiscalYearSpan(first: number, last: number): string {
  return first === last ? `FY${first}` : `FY${first}–FY${last}`;
}

/** "FY2022–FY2024, FY2026"; "no fiscal year" for none. */
export function fiscalYearList(years: readonly number[]): string {
  if (years.length === 0) return 'no fiscal year';
  const runs = releaseRuns(Object.fromEntries(years.map((year) => [String(year), ''])));
  return runs.map((run) => fiscalYearSpan(run.first, run.last)).join(', ');
}
