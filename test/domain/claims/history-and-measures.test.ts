// The record real articles quote (issue #13), through claims judged in-process on the bundled
// dataset. Expected figures were computed from the official CSVs in ../shared/sources:
//   USBP annual Southwest table: FY1986 1,615,844 (2nd of FY1960–FY2019, after FY2000 1,643,679);
//   San Diego sector FY1986 629,656; nationwide table FY1986 1,692,544.
//   USBP monthly by sector FY2000–FY2020: Rio Grande Valley June 2014 38,446.
//   nationwide-drugs-fy23-fy26-apr: FY2023 Southwest fentanyl 26,717.83 lb, of which the San Diego
//   field office 11,424.23 lb (42.76%).
//   Southwest totals FY2020–FY2023 458,088 + 1,734,686 + 2,378,944 + 2,475,669 = 7,047,387 (÷ 4 = 1,761,846.75);
//   April 2024 179,737 → May 2024 170,716 (−5.02%); Nov 2023 242,399 → Nov 2024 94,183 (−61.15%);
//   Border Patrol Southwest November 2024 46,612 (sbo fy22-fy25-aug), 30 days.
//   Releases: Aug 2025 Southwest 9,740 in the August 2025 by-component file, 9,731 in the state files (0.092%);
//   November 2023 Southwest first published as 242,418 (2023-12-22), 242,399 in the files.
import { describe, expect, it } from 'vitest';
import { claimSchema, claimsFileSchema, type Claim } from '../../../src/data/claim-schemas.js';
import { openDataset } from '../../../src/data/dataset.js';
import { releaseFacts } from '../../../src/data/release-data.js';
import { measureContexts } from '../../../src/commands/check/measure-context.js';
import { sourcesOfUses } from '../../../src/commands/shared/sources-of.js';
import { evaluateClaim } from '../../../src/domain/claims/evaluate.js';
import type { Judgement } from '../../../src/domain/claims/report.js';
import { NO_OVERRIDES } from '../../../src/domain/claims/tolerance.js';
import { BUNDLED_DATA } from '../../support/cli.js';

const dataset = openDataset(BUNDLED_DATA, '');
const contexts = measureContexts(dataset);

function check(raw: unknown, asOf = '2025-12-31'): Judgement {
  const claim: Claim = claimSchema.parse(raw);
  return evaluateClaim(claim, 'test.json', { ctx: contexts(asOf), overrides: NO_OVERRIDES, sourcesOf: (uses) => sourcesOfUses(dataset, uses) });
}

const USBP_SW = { region: 'southwest', component: 'usbp' } as const;

describe('fiscal years before FY2000, from the annual tables', () => {
  it('answers FY1986 Southwest Border Patrol from USBP\'s annual table and says so', () => {
    const result = check({ id: 'fy1986', quote: 'q', measure: { kind: 'value', dataset: 'encounters', filters: USBP_SW, period: { fiscalYear: 1986 } }, claimed: { value: 1616000, unit: 'encounters', qualifier: 'nearly', precision: 1000 } });
    expect(result.recomputed?.value).toBe(1615844);
    expect(result.verdict).toBe('accurate');
    expect(result.measure?.formula).toContain('Southwest Border Sector Apprehensions table (FY1960–FY2019)');
    expect(result.sources.map((s) => s.id)).toContain('usbp-southwest-sector-apprehensions-fy1960-fy2019');
  });

  it('keeps FY2000 from the monthly table, which agrees with the annual one (1,643,679)', () => {
    const result = check({ id: 'fy2000', quote: 'q', measure: { kind: 'value', dataset: 'encounters', filters: USBP_SW, period: { fiscalYear: 2000 } }, claimed: { value: 1643679, unit: 'encounters', qualifier: 'exact' } });
    expect(result).toMatchObject({ verdict: 'accurate', recomputed: { value: 1643679 } });
  });

  it('answers a sector and the nationwide table before FY2000', () => {
    const sector = check({ id: 'sd', quote: 'q', measure: { kind: 'value', dataset: 'encounters', filters: { sector: ['San Diego sector'] }, period: { fiscalYear: 1986 } }, claimed: { value: 629656, unit: 'encounters', qualifier: 'exact' } });
    expect(sector).toMatchObject({ verdict: 'accurate', recomputed: { value: 629656 } });
    const nationwide = check({ id: 'nw', quote: 'q', measure: { kind: 'value', dataset: 'encounters', filters: { region: 'nationwide', component: 'usbp' }, period: { fiscalYear: 1986 } }, claimed: { value: 1692544, unit: 'encounters', qualifier: 'exact' } });
    expect(nationwide.recomputed?.value).toBe(1692544);
  });

  it('ranks fiscal years "on record" since FY1960 for Southwest Border Patrol, naming the span and the tables', () => {
    const result = check({ id: 'rank', quote: 'q', measure: { kind: 'rank', dataset: 'encounters', filters: USBP_SW, period: { fiscalYear: 1986 }, among: 'fiscal-years' }, claimed: { value: 5, unit: 'rank', qualifier: 'exact' } });
    expect(result.recomputed?.value).toBe(5); // after FY2022, FY2023, FY2021 and FY2000
    expect(result.measure?.formula).toContain('(October 1959 –');
    expect(result.measure?.formula).toContain('FY1960–FY1999 from USBP\'s annual Southwest Border Sector Apprehensions table');
    const before2000 = check({ id: 'rank2', quote: 'q', measure: { kind: 'rank', dataset: 'encounters', filters: USBP_SW, period: { fiscalYear: 1986 }, among: 'fiscal-years', since: '1959-10' }, claimed: { value: 1, unit: 'rank', qualifier: 'record' } }, '2000-01-01');
    expect(before2000).toMatchObject({ verdict: 'accurate', recomputed: { value: 1 } }); // the record as of 1999
  });

  it('refuses part of a fiscal year before FY2000: only whole years are on record', () => {
    expect(() => check({ id: 'x', quote: 'q', measure: { kind: 'value', dataset: 'encounters', filters: USBP_SW, period: { month: '1986-05' } }, claimed: { value: 1, unit: 'encounters', qualifier: 'exact' } }))
      .toThrow(/only whole fiscal years are on record/);
  });
});

describe('sectors and field offices', () => {
  it('reads a sector month from CBP\'s FY2000–FY2020 table, with its aliases', () => {
    for (const name of ['rgv', 'Rio Grande Valley', 'rio-grande-valley sector']) {
      const result = check({ id: 'rgv', quote: 'q', measure: { kind: 'value', dataset: 'encounters', filters: { sector: [name] }, period: { month: '2014-06' } }, claimed: { value: 38446, unit: 'encounters', qualifier: 'exact' } });
      expect(result).toMatchObject({ verdict: 'accurate', recomputed: { value: 38446 } });
    }
  });

  it('names the sector it could not find, with a suggestion', () => {
    expect(() => check({ id: 'x', quote: 'q', measure: { kind: 'value', dataset: 'encounters', filters: { sector: ['tuscon'] }, period: { month: '2014-06' } }, claimed: { value: 1, unit: 'encounters', qualifier: 'exact' } }))
      .toThrow(/'tuscon' is not a Border Patrol sector; did you mean 'tucson'\?/);
  });

  it('computes the San Diego field office\'s share of Southwest fentanyl pounds in FY2023 (42.8%)', () => {
    const result = check({
      id: 'sd', quote: 'q',
      measure: { kind: 'share', dataset: 'seizures', numerator: { drugs: ['fentanyl'], region: 'southwest', office: ['san diego field office'] }, denominator: { drugs: ['fentanyl'], region: 'southwest' }, period: { fiscalYear: 2023 } },
      claimed: { value: 43, unit: 'percent', qualifier: 'about' },
    });
    expect(result.recomputed?.value).toBeCloseTo(42.7588, 3);
    expect(result.verdict).toBe('accurate');
    expect(result.measure?.details).toEqual(['A = 11,424 lb', 'B = 26,718 lb']);
  });

  it('asks which area when a bare city names both a field office and a sector', () => {
    expect(() => check({ id: 'x', quote: 'q', measure: { kind: 'value', dataset: 'seizures', filters: { office: ['san diego'] }, period: { fiscalYear: 2023 } }, claimed: { value: 1, unit: 'pounds', qualifier: 'exact' } }))
      .toThrow(/'san diego' names 2 areas of responsibility: 'san diego field office', 'san diego sector'; say which/);
  });
});

describe('average, per day, within, direction', () => {
  it('averages the four fiscal years FY2020–FY2023 (1,761,846.75)', () => {
    const result = check({ id: 'avg', quote: 'q', measure: { kind: 'average', dataset: 'encounters', period: { from: '2019-10', to: '2023-09' }, per: 'fiscal-year' }, claimed: { value: 1.76e6, unit: 'encounters', qualifier: 'about' } });
    expect(result.recomputed?.value).toBe(7047387 / 4);
    expect(result.verdict).toBe('accurate');
  });

  it('divides a month by its calendar days (November 2024: 46,612 ÷ 30)', () => {
    const result = check({ id: 'day', quote: 'q', measure: { kind: 'per-day', dataset: 'encounters', filters: USBP_SW, period: { month: '2024-11' } }, claimed: { value: 1554, unit: 'encounters', qualifier: 'about' } });
    expect(result.recomputed?.value).toBeCloseTo(46612 / 30, 6);
    expect(result.measure?.details).toEqual(['A = 46,612', 'days = 30']);
    expect(result.verdict).toBe('accurate');
  });

  it('refuses an average per fiscal year over a span that is not whole fiscal years', () => {
    expect(claimSchema.safeParse({ id: 'x', quote: 'q', measure: { kind: 'average', dataset: 'encounters', period: { from: '2019-11', to: '2023-09' }, per: 'fiscal-year' }, claimed: { value: 1, unit: 'encounters', qualifier: 'about' } }).success).toBe(false);
  });

  it('judges "within 1% of April\'s total" on the size of the change (May 2024: −5.0%)', () => {
    const within = (value: number) => check({ id: 'w', quote: 'q', measure: { kind: 'change', dataset: 'encounters', from: { month: '2024-04' }, to: { month: '2024-05' } }, claimed: { value, unit: 'percent', qualifier: 'within' } });
    expect(within(1).verdict).toBe('inaccurate');
    expect(within(1).recomputed?.value).toBeCloseTo(((170716 - 179737) / 179737) * 100, 6);
    expect(within(6).verdict).toBe('accurate');
  });

  it('judges "fell by more than 60%" as a fall of more than 60 (Nov 2023 → Nov 2024: −61.1%), and a rise that was a fall as inaccurate', () => {
    const said = (direction: 'rise' | 'fall') => check({ id: 'f', quote: 'q', measure: { kind: 'change', dataset: 'encounters', from: { month: '2023-11' }, to: { month: '2024-11' } }, claimed: { value: 60, unit: 'percent', qualifier: 'more-than', direction } });
    const fall = said('fall');
    expect(fall.verdict).toBe('accurate');
    expect(fall.recomputed?.value).toBeCloseTo(((94183 - 242399) / 242399) * 100, 6);
    expect(fall.claimed?.text).toBe('a fall of more than 60%');
    const rise = said('rise');
    expect(rise.verdict).toBe('inaccurate');
    expect(rise.reason).toBe('It fell (−61.1%); the claim says it rose.');
  });

  it('refuses a negative change with a bound qualifier, saying how to write it', () => {
    const parsed = claimSchema.safeParse({ id: 'f', quote: 'q', measure: { kind: 'change', dataset: 'encounters', from: { month: '2023-11' }, to: { month: '2024-11' } }, claimed: { value: -60, unit: 'percent', qualifier: 'more-than' } });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.message).toContain('"value": 60, "qualifier": "more-than", "direction": "fall"');
  });

  it('divides by a denominator of another period (Border Patrol Nov 2023 of the FY2024 Southwest total)', () => {
    const result = check({ id: 's', quote: 'q', measure: { kind: 'share', dataset: 'encounters', numerator: USBP_SW, denominator: { region: 'southwest' }, period: { month: '2023-11' }, denominatorPeriod: { fiscalYear: 2024 } }, claimed: { value: 9, unit: 'percent', qualifier: 'about' } });
    expect(result.recomputed?.value).toBeCloseTo((191106 / 2135005) * 100, 6);
  });
});

describe('releases and revisions', () => {
  const facts = releaseFacts(dataset);

  it('dates December 2023 data to CBP\'s release of 2024-01-26, and months without an update to the end of the next month', () => {
    expect(facts.calendar()('2023-12')).toEqual({ date: '2024-01-26', basis: 'documented', release: 'CBP December 2023 monthly update' });
    expect(facts.calendar()('2025-04')).toMatchObject({ date: '2025-05-31', basis: 'approximate' });
  });

  it('ranks December 2023 only once it was published: unverifiable on 2024-01-25, ranked on 2024-01-26', () => {
    const rank = (asOf: string) => check({ id: 'r', quote: 'q', measure: { kind: 'rank', dataset: 'encounters', period: { month: '2023-12' }, among: 'all-months' }, claimed: { value: 1, unit: 'rank', qualifier: 'record' } }, asOf);
    const early = rank('2024-01-25');
    expect(early.verdict).toBe('unverifiable');
    expect(early.reason).toBe('CBP had not published December 2023 by 2024-01-25.');
    expect(rank('2024-01-26')).toMatchObject({ verdict: 'accurate', recomputed: { value: 1 } });
  });

  it('measures the revision allowance near August 2025 from the releases: 0.092% (9,740 → 9,731)', () => {
    const allowance = facts.allowance('southwest', '2025-08', '2025-08')!;
    expect(allowance.largest).toMatchObject({ month: '2025-08', kind: 'southwest', earlier: 9740, later: 9731, basis: 'release-files' });
    expect(allowance.relative).toBeCloseTo(9 / 9731, 9);
  });

  it('judges a figure between CBP\'s first-published and today\'s as CBP\'s figure at the time (mostly accurate), one outside as inaccurate', () => {
    const claim = (value: number) => check({ id: 'n', quote: 'q', measure: { kind: 'value', dataset: 'encounters', period: { month: '2023-11' } }, claimed: { value, unit: 'encounters', qualifier: 'exact' }, tolerance: '0' });
    const near = claim(242410);
    expect(near).toMatchObject({ verdict: 'mostly-accurate', judgedOn: 'revision' });
    expect(near.reason).toContain('Between CBP\'s figure as first published, 242,418 (CBP November 2023 monthly update, 2023-12-22), and today\'s 242,399: 242,410 is 11 (0.005%) above today\'s 242,399');
    expect(claim(243000).verdict).toBe('inaccurate');
    expect(claim(242418)).toMatchObject({ verdict: 'accurate', judgedOn: 'published' });
  });

  it('validates a claims file using every new measure shape', () => {
    expect(claimsFileSchema.safeParse({ article: { title: 't', published: '2025-01-01' }, claims: [
      { id: 'a', quote: 'q', measure: { kind: 'per-day', dataset: 'seizures', filters: { office: ['tucson field office'] }, period: { month: '2024-01' } }, claimed: { value: 1, unit: 'pounds', qualifier: 'about' } },
    ] }).success).toBe(true);
  });
});
