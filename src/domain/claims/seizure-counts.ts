// Monthly drug-seizure figures for a claim's filters: pounds (or seizure events) of the chosen
// drugs, components and region, summed through the seizures family's one definition of which
// rows count (seizureMatcher), so `check` and `seizures` always agree.
import type { ClaimFilters } from '../../data/claim-schemas.js';
import type { SeizureComponent } from '../../data/vocabulary.js';
import { UsageError } from '../../errors.js';
import { fiscalYearOf, monthLabel, type MonthKey } from '../periods.js';
import { resolveDrugs } from '../seizures/drugs.js';
import type { CoverageRange, SeizureMonthlyRow, SeizureRow } from '../../data/schemas.js';
import { resolveOffice, UnknownOffice } from '../places/offices.js';
import { DEFAULT_COMPONENTS } from '../seizures/query.js';
import { seizureMatcher } from '../seizures/totals.js';
import { ClaimProblem } from './claim-problem.js';
import { listWords } from './claim-words.js';
import { cachedCells, type MonthlyCounts } from './monthly-counts.js';

/** The seizure rows summed over area and land filter, and each component's coverage. */
export interface SeizureSummary {
  rowsInMonths(months: ReadonlySet<MonthKey>): SeizureMonthlyRow[];
  coverageOf(component: SeizureComponent): CoverageRange | null;
  /** The data file a component's rows were summed from (for the sources list). */
  tableOf(component: SeizureComponent): string;
}

const COMPONENT_NAMES: Record<SeizureComponent, string> = { ofo: 'OFO', usbp: 'Border Patrol', amo: 'Air and Marine Operations' };
const REGION_WORDS: Record<string, string> = {
  nationwide: 'nationwide',
  southwest: 'at the Southwest border',
  northern: 'at the Northern border',
  'coastal-interior': 'on the coasts and in the interior',
};

/** Rows with their area of responsibility, read only for claims that name an office. */
export interface SeizureAreas {
  areas(components: readonly SeizureComponent[]): string[];
  rowsInMonths(months: ReadonlySet<MonthKey>, components: readonly SeizureComponent[]): SeizureRow[];
}

export function seizureCounts(data: SeizureSummary, raw: ClaimFilters, field: string, areaRows?: SeizureAreas): { counts: MonthlyCounts; filters: ClaimFilters } {
  const components = [...new Set(raw.components ?? DEFAULT_COMPONENTS)];
  const region = (raw.region ?? 'nationwide') as 'southwest' | 'northern' | 'coastal-interior' | 'nationwide';
  const quantity = raw.quantity ?? 'pounds';
  const drugs = raw.drugs?.map((name, i) => resolveDrug(name, `${field}.drugs[${i}]`));
  const offices = raw.office && areaRows ? resolveOffices(raw.office, areaRows.areas(components), `${field}.office`) : undefined;
  const filters: ClaimFilters = { ...raw, components, ...(drugs ? { drugs } : {}), ...(offices ? { office: offices } : {}) };
  const coverages = components.map((c) => ({ component: c, range: data.coverageOf(c) }));
  const known = coverages.flatMap((c) => (c.range ? [c.range] : []));
  if (known.length === 0) throw new ClaimProblem(`${field}.components`, 'the dataset has no seizure data for these components');
  const coverage = { first: known.map((r) => r.first).sort()[0]!, last: known.map((r) => r.last).sort().reverse()[0]! };
  const covered = (month: MonthKey) => coverages.every((c) => c.range !== null && month >= c.range.first && month <= c.range.last);
  const cells = cachedCells((months) => {
    const inData = months.filter(covered);
    const matches = seizureMatcher({ months: inData, components, region, ...(drugs ? { drugs } : {}) });
    const sums = new Map<MonthKey, number>(inData.map((m) => [m, 0]));
    const wanted = offices ? new Set(offices) : undefined;
    // An office filter needs the rows by area, which only the full tables keep.
    const rows: readonly (SeizureMonthlyRow & { area?: string })[] = inData.length === 0 ? []
      : wanted && areaRows ? areaRows.rowsInMonths(new Set(inData), components) : data.rowsInMonths(new Set(inData));
    for (const row of rows) {
      if (wanted && !wanted.has(row.area!)) continue;
      if (matches(row)) sums.set(row.month, sums.get(row.month)! + (quantity === 'pounds' ? row.pounds : row.events));
    }
    return new Map(months.map((m) => [m, { value: sums.get(m) ?? null, lowerBound: false, notes: [] }]));
  });
  const drugWords = drugs ? listWords(drugs.map((d) => d.replace(/-/g, ' '))) : 'all drugs';
  const who = listWords(components.map((c) => COMPONENT_NAMES[c]));
  const partial = coverages.filter((c) => c.range && (c.range.first !== coverage.first || c.range.last !== coverage.last));
  return {
    filters,
    counts: {
      what: `${quantity === 'pounds' ? 'pounds' : 'seizure events'} of ${drugWords} seized by ${who} ${offices ? `in the ${listWords(offices.map(titleCase))} area${offices.length > 1 ? 's' : ''} of responsibility` : REGION_WORDS[region]}`,
      unit: quantity === 'pounds' ? 'pounds' : 'seizure-events',
      coverage,
      cells,
      missing: partial.length
        ? partial.map((c) => `${COMPONENT_NAMES[c.component]} figures cover ${monthLabel(c.range!.first)} to ${monthLabel(c.range!.last)}`).join('; ')
        : 'no seizure figure is published for this month',
      formula: `monthly sums of ${quantity === 'pounds' ? 'pounds seized' : 'seizure events'} in the CBP drug-seizure rows that match the filters`,
      scope: [components.includes('amo')
        ? 'Includes Air and Marine Operations, which CBP\'s nationwide drug-seizure series (OFO + Border Patrol) leaves out.'
        : 'OFO and Border Patrol only: CBP\'s nationwide drug-seizure series, without Air and Marine Operations.'],
      uses: (months) => [...new Set(components.map((c) => data.tableOf(c)))].map((file) => ({ file, fiscalYears: [...new Set(months.map(fiscalYearOf))] })),
    },
  };
}

function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|\s)([a-z])/g, (_, before: string, letter: string) => before + letter.toUpperCase());
}

function resolveOffices(values: readonly string[], areas: readonly string[], field: string): string[] {
  return values.map((value, i) => {
    try {
      return resolveOffice(value, areas);
    } catch (error) {
      if (error instanceof UnknownOffice) throw new ClaimProblem(`${field}[${i}]`, error.message);
      throw error;
    }
  });
}

function resolveDrug(name: string, field: string): string {
  try {
    const [drug, ...more] = resolveDrugs(name);
    if (more.length > 0) throw new ClaimProblem(field, `'${name}' names every drug; leave drugs out instead`);
    return drug!;
  } catch (error) {
    if (error instanceof UsageError) throw new ClaimProblem(field, error.message.replace(/^--drug: /, ''));
    throw error;
  }
}
