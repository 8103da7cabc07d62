// The trace search against the bundled data: figures a reader can recompute from CBP's CSV files
// (nationwide-encounters-fy23-fy26-nov-state.csv: Southwest Oct 2023 240,927, Nov 2023 242,399;
// nationwide Oct 2023 309,024, Nov 2023 308,605; Cuba + Venezuela Oct + Nov 2023 123,329), and the
// fast search checked against plain enumeration on synthetic series.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDataset } from '../../src/data/dataset.js';
import { traceSources } from '../../src/data/trace-data.js';
import { seizureData } from '../../src/data/seizures.js';
import { combinedCitizenshipSeries } from '../../src/domain/trace/encounter-series.js';
import type { FigureSeries } from '../../src/domain/trace/figure-series.js';
import { describeRange, monthIndexOf } from '../../src/domain/trace/period-words.js';
import { parseTraceTarget, searchWindow, type Tolerance } from '../../src/domain/trace/target.js';
import { MAX_RUN, TraceIndex } from '../../src/domain/trace/trace-index.js';
import { seizureTotals } from '../../src/domain/seizures/totals.js';
import { BUNDLED_DATA } from '../support/cli.js';

const dataset = openDataset(BUNDLED_DATA, 'test');
const sources = traceSources(dataset);
const trace = (written: string, tolerance: Tolerance = { kind: 'default' }, top = 10) => {
  const target = parseTraceTarget(written);
  return sources.index.search(target, searchWindow(target, tolerance), { top });
};

describe('trace on the bundled data', () => {
  it('finds Southwest November 2023, revised, for 242,399', () => {
    const { hits } = trace('242399');
    expect(hits[0]).toMatchObject({
      description: 'Southwest land border encounters, November 2023',
      value: 242399, difference: 0, vintage: 'revised', region: 'southwest', component: 'total', from: '2023-11', to: '2023-11', periodKind: 'month',
    });
  });

  it('names Southwest November 2023 as first published on 2023-12-22 for 242,418, then today\'s revised 242,399', () => {
    const { hits } = trace('242,418');
    expect(hits[0]).toMatchObject({
      description: 'Southwest land border encounters, November 2023', value: 242418, difference: 0,
      vintage: 'first-published', revised: 242399, parts: null, from: '2023-11', to: '2023-11',
    });
    expect(hits[0]!.sources).toEqual([{ release: expect.stringContaining('November 2023'), released: '2023-12-22', url: 'https://www.shorenewsnetwork.com/2023/12/23/cbp-releases-november-2023-monthly-update/', repostOf: { title: 'CBP November 2023 monthly update', url: null } }]);
    expect(hits[1]).toMatchObject({ description: 'Southwest land border encounters, November 2023', value: 242399, difference: -19, vintage: 'revised' });
  });

  it('finds nationwide October–November 2023 (FY2024 to date) for 617,629', () => {
    const { hits } = trace('617629');
    expect(hits[0]).toMatchObject({
      description: 'Nationwide encounters, October–November 2023 (FY2024 to date)',
      value: 309024 + 308605, difference: 0, region: 'nationwide', periodKind: 'fiscal-year-to-date',
    });
  });

  it('names the Southwest FY2024 total through November 2023 as published (240,986 + 242,418) for 483,404, then today\'s revised figure', () => {
    const { hits } = trace('483404');
    expect(hits[0]).toMatchObject({
      description: 'Southwest land border encounters, October–November 2023 (FY2024 to date)',
      value: 483404, parts: [240986, 242418], difference: 0, vintage: 'first-published', revised: 240927 + 242399,
      from: '2023-10', to: '2023-11', periodKind: 'fiscal-year-to-date',
    });
    // Both months as revised in CBP's November 2023 update, released 2023-12-22.
    expect(hits[0]!.sources.map((s) => s.released)).toEqual(['2023-12-22', '2023-12-22']);
    expect(hits[1]).toMatchObject({ value: 240927 + 242399, difference: -78, vintage: 'revised', from: '2023-10', to: '2023-11' });
  });

  it('sums first-published months across releases as known at the later one: nationwide October–November 2023', () => {
    // October as first published on 2023-11-14 (309,221) and November on 2023-12-22 (308,728).
    const { hits } = trace('617949', { kind: 'absolute', amount: 0 });
    expect(hits[0]).toMatchObject({ value: 309221 + 308728, parts: [309221, 308728], vintage: 'first-published', revised: 617629, region: 'nationwide' });
    expect(hits[0]!.sources.map((s) => s.released)).toEqual(['2023-11-14', '2023-12-22']);
  });

  it('searches a figure first published for several months as it stands: FY2023 Southwest', () => {
    const { hits } = trace('2,475,669', { kind: 'absolute', amount: 0 });
    expect(hits.map((h) => h.vintage).sort()).toEqual(['first-published', 'revised']);
    expect(hits[0]).toMatchObject({ vintage: 'first-published', periodKind: 'fiscal-year', from: '2022-10', to: '2023-09', revised: 2475669 });
  });

  it('reports the closest figure outside the window when nothing is inside', () => {
    const search = trace('242399', { kind: 'absolute', amount: 0 });
    expect(search.found).toBeGreaterThan(0);
    const none = trace('987654321', { kind: 'absolute', amount: 0 });
    expect(none.found).toBe(0);
    expect(none.nearest).not.toBeNull();
  });

  it('searches shares and changes for a percentage, a rise or a fall', () => {
    const { hits, found } = trace('35%', { kind: 'default' }, 1000);
    expect(found).toBeGreaterThan(10);
    expect(new Set(hits.map((h) => h.statistic))).toEqual(new Set(['share', 'change']));
    for (const hit of hits) {
      const size = hit.statistic === 'change' ? Math.abs(hit.value) : hit.value;
      expect(size).toBeGreaterThanOrEqual(34.5);
      expect(size).toBeLessThanOrEqual(35.5);
    }
    expect(hits.some((h) => h.statistic === 'change' && h.value < 0)).toBe(true);
    expect(hits.some((h) => h.statistic === 'change' && h.value > 0)).toBe(true);
  });

  it('matches only falls for a signed -35%', () => {
    const { hits } = trace('-35%', { kind: 'default' }, 1000);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.statistic === 'change' && h.value < 0)).toBe(true);
  });

  it('finds the Border Patrol share of Southwest encounters in November 2023 (191,106 of 242,399)', () => {
    const { hits } = trace('78.8%', { kind: 'default' }, 1000);
    const share = hits.find((h) => h.statistic === 'share' && h.vintage === 'revised' && h.region === 'southwest' && h.component === 'usbp' && h.from === '2023-11' && h.months === 1);
    expect(share?.value).toBeCloseTo((191106 / 242399) * 100, 10);
    expect(share?.description).toBe('Border Patrol share of Southwest land border encounters, November 2023');
    // As first published: 191,113 of 242,418.
    const published = hits.find((h) => h.statistic === 'share' && h.vintage === 'first-published' && h.from === '2023-11' && h.component === 'usbp');
    expect(published?.value).toBeCloseTo((191113 / 242418) * 100, 10);
  });

  it('finds the month-on-month change in methamphetamine seized, November 2023, as the seizures data gives it', () => {
    const rows = seizureData(dataset).rows();
    const pounds = (month: string) => seizureTotals(rows, { months: [month], drugs: ['methamphetamine'], components: ['ofo', 'usbp'] }).pounds;
    const expected = ((pounds('2023-11') - pounds('2023-10')) / pounds('2023-10')) * 100;
    const { hits } = trace('54.2%', { kind: 'default' }, 1000);
    const meth = hits.find((h) => h.drug === 'methamphetamine' && h.unit === 'percent' && h.statistic === 'change' && h.from === '2023-11'
      && h.comparedWith?.from === '2023-10' && h.region === 'nationwide' && h.component === 'ofo+usbp');
    expect(meth?.value).toBeCloseTo(expected, 6);
    expect(meth?.description).toBe('Change in methamphetamine seized by OFO and Border Patrol nationwide (pounds), November 2023 on October 2023');
  });

  it('sums citizenships together for a share: Cuba and Venezuela, October–November 2023', () => {
    const extra = combinedCitizenshipSeries(sources.catalog, ['VENEZUELA', 'CUBA']);
    const index = new TraceIndex([...sources.catalog.series, ...extra.series], [...sources.catalog.shares, ...extra.shares]);
    const target = parseTraceTarget('20%');
    const { hits } = index.search(target, searchWindow(target, { kind: 'default' }), { top: 5000 });
    const share = hits.find((h) => h.citizenship === 'CUBA + VENEZUELA' && h.region === 'nationwide' && h.from === '2023-10' && h.to === '2023-11');
    expect(share?.value).toBeCloseTo((123329 / 617629) * 100, 10);
  });
});

describe('the run-of-months search', () => {
  it('finds exactly what plain enumeration finds', () => {
    const series = fc.array(fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null, freq: 8 }), { minLength: 1, maxLength: 40 });
    fc.assert(fc.property(fc.array(series, { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 6000 }), fc.integer({ min: 0, max: 300 }), (all, value, half) => {
      const figures: FigureSeries[] = all.map((values, k) => ({
        id: `s${k}`,
        subject: { dataset: 'encounters', region: 'southwest', component: 'total', citizenship: null, drug: null, label: `S${k}`, salience: k, weight: 1 },
        unit: 'encounters', vintage: 'revised', start: monthIndexOf('2020-01') + k, values,
      }));
      const target = { written: String(value), value, unit: 'count' as const, precision: 1, signed: false };
      const found = new TraceIndex(figures).search(target, { low: value - half, high: value + half }, {});
      const expected: string[] = [];
      figures.forEach((s) => {
        for (let i = 0; i < s.values.length; i++) {
          let sum = 0;
          for (let length = 1; length <= MAX_RUN && i + length <= s.values.length; length++) {
            const v = s.values[i + length - 1];
            if (v === null || v === undefined) break;
            sum += v;
            if (sum >= value - half && sum <= value + half) expected.push(`${s.subject.label}, ${describeRange(s.start + i, length).words}`);
          }
        }
      });
      expect(found.hits.map((h) => h.description).sort()).toEqual(expected.sort());
    }), { numRuns: 300 });
  });
});

describe('runs of months in words', () => {
  it('names months, fiscal years, years and years to date', () => {
    expect(describeRange(monthIndexOf('2023-11'), 1).words).toBe('November 2023');
    expect(describeRange(monthIndexOf('2023-10'), 2).words).toBe('October–November 2023 (FY2024 to date)');
    expect(describeRange(monthIndexOf('2022-10'), 12).words).toBe('fiscal year 2023 (October 2022–September 2023)');
    expect(describeRange(monthIndexOf('2023-01'), 12).words).toBe('calendar year 2023');
    expect(describeRange(monthIndexOf('2023-01'), 3).words).toBe('January–March 2023 (2023 to date)');
    expect(describeRange(monthIndexOf('2023-11'), 3).words).toBe('November 2023–January 2024');
  });
});
