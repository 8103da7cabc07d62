// Every measure kind on the real dataset, through claims written here (not only the bundled
// file). Expected figures were computed from the official CSVs in ../shared/sources:
//   Southwest total Nov 2023 242,399 (fy23-fy26-nov state file), Oct 2023 240,927;
//   Border Patrol Southwest Nov 2023 191,106 (sbo fy22-fy25-aug); nationwide Oct 309,024, Nov 308,605;
//   Cuba 18,064 + 20,072, Venezuela 45,939 + 39,254; Sep 2023 269,735; Dec 2022 252,315;
//   Nov 2021 174,845; Nov 2020 72,113; Nov 2019 42,643; Border Patrol Nov 1999 76,196, Nov 2010 22,405;
//   seizures OFO + Border Patrol, methamphetamine Oct 2023 11,770 lb → Nov 18,153 lb (+54.2%);
//   Border Patrol Southwest Nov 2020 69,170 (OHSS monthly-region sheet, rounded to 10).
import { describe, expect, it } from 'vitest';
import { claimSchema, type Claim } from '../../../src/data/claim-schemas.js';
import { openDataset } from '../../../src/data/dataset.js';
import { DataError } from '../../../src/errors.js';
import { measureContexts } from '../../../src/commands/check/measure-context.js';
import { sourcesOfUses } from '../../../src/commands/shared/sources-of.js';
import { evaluateClaim } from '../../../src/domain/claims/evaluate.js';
import type { Judgement } from '../../../src/domain/claims/report.js';
import { NO_OVERRIDES } from '../../../src/domain/claims/tolerance.js';
import { BUNDLED_DATA } from '../../support/cli.js';

const dataset = openDataset(BUNDLED_DATA, '');
const contexts = measureContexts(dataset);

function check(raw: unknown, asOf = '2023-12-28'): Judgement {
  const claim: Claim = claimSchema.parse(raw);
  return evaluateClaim(claim, 'test.json', { ctx: contexts(asOf), overrides: NO_OVERRIDES, sourcesOf: (uses) => sourcesOfUses(dataset, uses) });
}

const SW = { region: 'southwest' } as const;
const nov2023 = { month: '2023-11' };

describe('value', () => {
  it('recomputes one month and is judged on the figure CBP published when the article quoted it', () => {
    const result = check({ id: 'nov', quote: 'q', measure: { kind: 'value', dataset: 'encounters', filters: SW, period: nov2023 }, claimed: { value: 242418, unit: 'encounters', qualifier: 'exact' } });
    expect(result.recomputed?.value).toBe(242399);
    expect(result.difference).toMatchObject({ absolute: -19 });
    expect(result.published).toMatchObject({ value: 242418, revision: { absolute: -19 } });
    expect(result.published?.figures[0]).toMatchObject({ releaseDate: '2023-12-22', sourceUrl: expect.stringContaining('shorenewsnetwork') });
    expect(result.judgedOn).toBe('published');
    expect(result.verdict).toBe('accurate');
  });

  it('judges on today\'s data when the claim quotes the revised figure', () => {
    const result = check({ id: 'nov', quote: 'q', measure: { kind: 'value', dataset: 'encounters', filters: SW, period: nov2023 }, claimed: { value: 242399, unit: 'encounters', qualifier: 'exact' } });
    expect(result).toMatchObject({ verdict: 'accurate', judgedOn: 'data' });
  });

  it('sums a fiscal year to date, composing the published figure from two releases', () => {
    const result = check({ id: 'fytd', quote: 'q', measure: { kind: 'value', dataset: 'encounters', filters: SW, period: { fiscalYear: 2024, through: '2023-11' } }, claimed: { value: 483404, unit: 'encounters', qualifier: 'exact' } });
    expect(result.recomputed?.value).toBe(240927 + 242399);
    expect(result.published?.value).toBe(240986 + 242418);
    expect(result.verdict).toBe('accurate');
  });

  it('sums a whole fiscal year and a calendar year', () => {
    const fy = check({ id: 'fy', quote: 'q', measure: { kind: 'value', dataset: 'encounters', filters: SW, period: { fiscalYear: 2023 } }, claimed: { value: 2.5e6, unit: 'encounters', qualifier: 'about' } });
    expect(fy.recomputed?.value).toBe(2475669);
    expect(fy.published?.value).toBe(2475669);
    expect(fy.verdict).toBe('accurate');
    const year = check({ id: 'cy', quote: 'q', measure: { kind: 'value', dataset: 'encounters', filters: SW, period: { calendarYear: 2021 } }, claimed: { value: 1, unit: 'encounters', qualifier: 'more-than' } });
    expect(year.measure?.description).toContain('calendar year 2021');
    expect(year.verdict).toBe('accurate');
  });

  it('sums citizenships over a range of months from the detail table', () => {
    const result = check({ id: 'cv', quote: 'q', measure: { kind: 'value', dataset: 'encounters', filters: { region: 'nationwide', citizenship: ['cuba', 'Venezuela'] }, period: { from: '2023-10', to: '2023-11' } }, claimed: { value: 123329, unit: 'encounters', qualifier: 'exact' } });
    expect(result.recomputed?.value).toBe(18064 + 20072 + 45939 + 39254);
    expect(result.verdict).toBe('accurate');
  });

  it('gives the same citizenship figure from the small by-citizenship table as from the by-state rows', () => {
    const claimed = { value: 38136, unit: 'encounters', qualifier: 'exact' };
    const period = { from: '2023-10', to: '2023-11' };
    const small = check({ id: 'a', quote: 'q', measure: { kind: 'value', dataset: 'encounters', filters: { region: 'nationwide', citizenship: ['CUBA'] }, period }, claimed });
    const byState = check({ id: 'b', quote: 'q', measure: { kind: 'value', dataset: 'encounters', filters: { region: 'nationwide', citizenship: ['CUBA'], title: ['Title 8', 'Title 42'] }, period }, claimed });
    expect(small.recomputed?.value).toBe(18064 + 20072);
    expect(byState.recomputed?.value).toBe(18064 + 20072);
    expect(small.published?.value).toBe(38154);
    expect(small.verdict).toBe('accurate');
  });

  it('treats a Border Patrol-only figure as a lower bound of the total: it decides only what it can', () => {
    const atMost = check({ id: 'x', quote: 'q', measure: { kind: 'value', dataset: 'encounters', filters: SW, period: { month: '2010-11' } }, claimed: { value: 80000, unit: 'encounters', qualifier: 'at-most' } });
    expect(atMost.recomputed).toMatchObject({ value: 22405, lowerBound: true });
    expect(atMost.verdict).toBe('unverifiable');
    expect(atMost.caveats.join(' ')).toContain('only Border Patrol counts exist');
    const moreThan = check({ id: 'x', quote: 'q', measure: { kind: 'value', dataset: 'encounters', filters: SW, period: { month: '2010-11' } }, claimed: { value: 20000, unit: 'encounters', qualifier: 'more-than' } });
    expect(moreThan.verdict).toBe('accurate');
  });

  it('carries the caveat of a rounded figure (Border Patrol in FY2021 comes from DHS OHSS, rounded to 10)', () => {
    const result = check({ id: 'r', quote: 'q', measure: { kind: 'value', dataset: 'encounters', filters: { region: 'southwest', component: 'usbp' }, period: { month: '2020-11' } }, claimed: { value: 69170, unit: 'encounters', qualifier: 'exact' } });
    expect(result.recomputed?.value).toBe(69170);
    expect(result.caveats.join(' ')).toContain('rounded to the nearest 10');
  });

  it('is unverifiable where no figure exists (OFO before FY2020)', () => {
    const result = check({ id: 'ofo', quote: 'q', measure: { kind: 'value', dataset: 'encounters', filters: { region: 'southwest', component: 'ofo' }, period: { month: '2015-11' } }, claimed: { value: 5000, unit: 'encounters', qualifier: 'about' } });
    expect(result.verdict).toBe('unverifiable');
    expect(result.reason).toContain('OFO counts exist only from FY2020');
  });

  it('says so when no published figure is on file', () => {
    const result = check({ id: 'n', quote: 'q', measure: { kind: 'value', dataset: 'encounters', filters: SW, period: { month: '2024-09' } }, claimed: { value: 101790, unit: 'encounters', qualifier: 'exact' } });
    expect(result.published).toBeNull();
    expect(result.publishedNote).toContain('No CBP figure as first published');
  });
});

describe('share', () => {
  it('divides numerator filters by denominator filters: Border Patrol share of the Southwest, November 2023', () => {
    const result = check({ id: 's', quote: 'q', measure: { kind: 'share', dataset: 'encounters', numerator: { region: 'southwest', component: 'usbp' }, denominator: SW, period: nov2023 }, claimed: { value: 80, unit: 'percent', qualifier: 'nearly' } });
    expect(result.recomputed?.value).toBeCloseTo((191106 / 242399) * 100, 10);
    expect(result.published?.value).toBeCloseTo((191113 / 242418) * 100, 10);
    expect(result.published?.formula).toBe('191,113 ÷ 242,418');
    expect(result.verdict).toBe('accurate');
  });
});

describe('change', () => {
  it('computes the percent change of methamphetamine seizures, October to November 2023 (OFO + Border Patrol)', () => {
    const result = check({ id: 'c', quote: 'q', measure: { kind: 'change', dataset: 'seizures', filters: { drugs: ['meth'] }, from: { month: '2023-10' }, to: nov2023 }, claimed: { value: 55, unit: 'percent', qualifier: 'exact' } });
    expect(result.recomputed?.value).toBeCloseTo(54.2, 1);
    expect(result.measure?.details).toEqual(['A = 11,770 lb', 'B = 18,153 lb']);
    expect(result.verdict).toBe('mostly-accurate');
    expect(result.caveats.join(' ')).toContain('without Air and Marine Operations');
  });

  it('computes a difference in encounters', () => {
    const result = check({ id: 'd', quote: 'q', measure: { kind: 'change', dataset: 'encounters', filters: SW, from: { month: '2023-10' }, to: nov2023, as: 'difference' }, claimed: { value: 1472, unit: 'encounters', qualifier: 'exact' } });
    expect(result.recomputed?.value).toBe(242399 - 240927);
    expect(result.verdict).toBe('accurate');
  });
});

describe('rank and record, judged with the months published by the article\'s date', () => {
  const rank = (among: string, asOf?: string) => check({ id: 'r', quote: 'q', measure: { kind: 'rank', dataset: 'encounters', filters: SW, period: nov2023, among }, claimed: { value: 1, unit: 'rank', qualifier: 'busiest' } }, asOf);

  it('November 2023 is the busiest November as of 2023-12-28', () => {
    const result = rank('same-month');
    expect(result.verdict).toBe('accurate');
    expect(result.recomputed?.text).toBe('1st of 25');
    expect(result.measure?.details[1]).toBe('2. November 2022: 235,173');
    expect(result.caveats.join(' ')).toContain('only Border Patrol counts exist');
  });

  it('but only the third busiest month: September 2023 and December 2022 were higher', () => {
    const result = rank('all-months');
    expect(result.verdict).toBe('inaccurate');
    expect(result.recomputed?.text).toBe('3rd of 290');
    expect(result.measure?.details.slice(0, 2)).toEqual(['1. September 2023: 269,735', '2. December 2022: 252,315']);
  });

  it('cannot rank a month CBP had not yet published by the date', () => {
    const result = rank('same-month', '2023-12-01');
    expect(result.verdict).toBe('unverifiable');
    expect(result.reason).toContain('had not published November 2023 by 2023-12-01');
  });

  it('ranks whole fiscal years', () => {
    const result = check({ id: 'fy', quote: 'q', measure: { kind: 'rank', dataset: 'encounters', filters: SW, period: { fiscalYear: 2023 }, among: 'fiscal-years' }, claimed: { value: 1, unit: 'rank', qualifier: 'record' } });
    expect(result.verdict).toBe('accurate');
  });
});

describe('maximum and minimum over a set of periods', () => {
  const max = (over: Record<string, unknown>) => check({ id: 'm', quote: 'q', measure: { kind: 'maximum', dataset: 'encounters', filters: SW, over }, claimed: { value: 80000, unit: 'encounters', qualifier: 'never-more-than' } });

  it('every November of calendar years before 2022: November 2021 had 174,845', () => {
    const result = max({ monthOfYear: 11, calendarYears: { to: 2021 } });
    expect(result.recomputed?.value).toBe(174845);
    expect(result.verdict).toBe('inaccurate');
  });

  it('every November of fiscal years before FY2022: 76,196 in November 1999, Border Patrol only, with the caveat', () => {
    const result = max({ monthOfYear: 11, fiscalYears: { to: 2021 } });
    expect(result.recomputed?.value).toBe(76196);
    expect(result.verdict).toBe('accurate');
    expect(result.caveats.join(' ')).toMatch(/Before FY2020 only Border Patrol counts exist.*compared as recorded/s);
  });

  it('the lowest November with a total (FY2020 on) is November 2019', () => {
    const result = check({ id: 'min', quote: 'q', measure: { kind: 'minimum', dataset: 'encounters', filters: SW, over: { monthOfYear: 11, fiscalYears: { from: 2020, to: 2024 } } }, claimed: { value: 42643, unit: 'encounters', qualifier: 'exact' } });
    expect(result.recomputed?.value).toBe(42643);
    expect(result.verdict).toBe('accurate');
  });
});

describe('event facts', () => {
  const MEETING = 'meeting-2023-12-27';
  it('the date of an event, at the claimed precision', () => {
    expect(check({ id: 'd', quote: 'q', measure: { kind: 'event-date', event: MEETING }, claimed: { value: '2023-12-27', unit: 'date', qualifier: 'exact' } }).verdict).toBe('accurate');
    expect(check({ id: 'd', quote: 'q', measure: { kind: 'event-date', event: 'joint-statement-2023-05-02' }, claimed: { value: '2023-05', unit: 'date', qualifier: 'exact' } }).verdict).toBe('accurate');
    const wrong = check({ id: 'd', quote: 'q', measure: { kind: 'event-date', event: 'biden-lopez-obrador-call-2023-12-21' }, claimed: { value: '2023-12-22', unit: 'date', qualifier: 'exact' } });
    expect(wrong).toMatchObject({ verdict: 'inaccurate', difference: { absolute: -1 } });
  });

  it('who attended: everyone named, and who was left out', () => {
    const result = check({ id: 'p', quote: 'q', measure: { kind: 'event-participants', event: MEETING }, claimed: { value: ['blinken', 'mayorkas', 'lopez-obrador'], unit: 'participants', qualifier: 'at-least' } });
    expect(result.verdict).toBe('accurate');
    expect(result.reason).toContain('Not named: Elizabeth Sherwood-Randall, Ken Salazar and Alicia Bárcena');
    const exact = check({ id: 'p', quote: 'q', measure: { kind: 'event-participants', event: MEETING }, claimed: { value: ['blinken', 'mayorkas'], unit: 'participants', qualifier: 'exact' } });
    expect(exact.verdict).toBe('mostly-accurate');
    const absent = check({ id: 'p', quote: 'q', measure: { kind: 'event-participants', event: MEETING }, claimed: { value: ['blinken', 'biden'], unit: 'participants', qualifier: 'at-least' } });
    expect(absent.verdict).toBe('inaccurate');
    expect(absent.reason).toContain('Joe Biden did not take part');
  });

  it('the order of two events and the days between them', () => {
    const after = check({ id: 'o', quote: 'q', measure: { kind: 'event-order', event: 'lopez-obrador-press-conference-2023-12-22', relativeTo: 'biden-lopez-obrador-call-2023-12-21' }, claimed: { value: 'after', unit: 'order', qualifier: 'exact' } });
    expect(after).toMatchObject({ verdict: 'accurate', recomputed: { value: 'after', text: 'after (1 day)' } });
    const before = check({ id: 'o', quote: 'q', measure: { kind: 'event-order', event: 'lopez-obrador-press-conference-2023-12-22', relativeTo: 'biden-lopez-obrador-call-2023-12-21' }, claimed: { value: 'before', unit: 'order', qualifier: 'exact' } });
    expect(before.verdict).toBe('inaccurate');
    const days = check({ id: 'g', quote: 'q', measure: { kind: 'days-between', from: 'caravan-departs-tapachula-2023-12-24', to: MEETING }, claimed: { value: 7, unit: 'days', qualifier: 'at-most' } });
    expect(days).toMatchObject({ verdict: 'accurate', recomputed: { value: 3 } });
  });

  it('the form of an event: a joint statement called a declaration is misleading', () => {
    const result = check({ id: 'f', quote: 'q', measure: { kind: 'event-form', event: 'joint-statement-2023-05-02' }, claimed: { value: 'unilateral-declaration', unit: 'form', qualifier: 'exact' } });
    expect(result.verdict).toBe('misleading');
    expect(result.reason).toBe('It was a joint statement, not a unilateral declaration.');
    expect(result.sources.some((s) => s.url.includes('reuters.com'))).toBe(true);
  });
});

describe('readings and parts', () => {
  it('readings that disagree make the claim misleading, each reading shown', () => {
    const result = check({
      id: 'r', quote: 'q', claimed: { value: 80000, unit: 'encounters', qualifier: 'at-most' },
      readings: [
        { id: 'calendar', label: 'calendar', measure: { kind: 'maximum', dataset: 'encounters', filters: SW, over: { monthOfYear: 11, calendarYears: { to: 2021 } } } },
        { id: 'fiscal', label: 'fiscal', measure: { kind: 'maximum', dataset: 'encounters', filters: SW, over: { monthOfYear: 11, fiscalYears: { to: 2021 } } } },
      ],
    });
    expect(result.verdict).toBe('misleading');
    expect(result.readings.map((r) => [r.id, r.verdict])).toEqual([['calendar', 'inaccurate'], ['fiscal', 'accurate']]);
  });

  it('a claim with parts takes its worst part, and shows every part', () => {
    const result = check({
      id: 'p', quote: 'q',
      parts: [
        { id: 'total', measure: { kind: 'value', dataset: 'encounters', filters: { region: 'nationwide' }, period: { from: '2023-10', to: '2023-11' } }, claimed: { value: 617865, unit: 'encounters', qualifier: 'exact' } },
        { id: 'share', measure: { kind: 'share', dataset: 'encounters', numerator: { region: 'nationwide', citizenship: ['CUBA', 'VENEZUELA'] }, denominator: { region: 'nationwide' }, period: { from: '2023-10', to: '2023-11' } }, claimed: { value: 20, unit: 'percent', qualifier: 'approximately' } },
      ],
    });
    expect(result.parts.map((p) => [p.id, p.verdict, p.recomputed?.value])).toEqual([
      ['total', 'mostly-accurate', 309024 + 308605],
      ['share', 'accurate', ((18064 + 20072 + 45939 + 39254) / 617629) * 100],
    ]);
    expect(result.parts[0]!.published?.value).toBe(309221 + 308728);
    expect(result.verdict).toBe('mostly-accurate');
  });
});

describe('claims the data cannot hold are claims-file errors naming the claim', () => {
  it('an unknown citizenship', () => {
    expect(() => check({ id: 'bad-cit', quote: 'q', measure: { kind: 'value', dataset: 'encounters', filters: { region: 'nationwide', citizenship: ['cubba'] }, period: nov2023 }, claimed: { value: 1, unit: 'encounters', qualifier: 'exact' } }))
      .toThrow(new DataError("test.json: claim 'bad-cit': measure.filters.citizenship[0]: 'cubba' is not a citizenship in the data; did you mean 'cuba'?"));
  });
  it('a month outside the data', () => {
    expect(() => check({ id: 'late', quote: 'q', measure: { kind: 'value', dataset: 'encounters', filters: SW, period: { month: '2030-01' } }, claimed: { value: 1, unit: 'encounters', qualifier: 'exact' } }))
      .toThrow(/claim 'late': measure\.period: January 2030 is outside the encounters data \(October 1999 to November 2025\)/);
  });
  it('an unknown drug or event', () => {
    expect(() => check({ id: 'drug', quote: 'q', measure: { kind: 'value', dataset: 'seizures', filters: { drugs: ['fentanil'] }, period: nov2023 }, claimed: { value: 1, unit: 'pounds', qualifier: 'exact' } }))
      .toThrow(/claim 'drug': measure\.filters\.drugs\[0\]: 'fentanil' is not a drug.*did you mean 'fentanyl'/);
    expect(() => check({ id: 'ev', quote: 'q', measure: { kind: 'event-date', event: 'meeting-2023-12-28' }, claimed: { value: '2023-12-27', unit: 'date', qualifier: 'exact' } }))
      .toThrow(/claim 'ev': measure\.event: 'meeting-2023-12-28' is not an event.*did you mean 'meeting-2023-12-27'/);
  });
});
