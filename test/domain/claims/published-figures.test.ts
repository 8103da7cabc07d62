// CBP's figures as published, month by month (issues #13.3 and #12.4), judged in-process on the
// bundled dataset. Expected figures come from the pages each entry of authored/published-figures.json
// names and from the official CSVs in ../shared/sources:
//   June 2022 Southwest: 207,416 in CBP's June 2022 update (2022-07-15), 207,834 in the files.
//   November 2022 Southwest: 233,740 first published (2022-12-23), 234,896 as restated in the
//     December 2022 update, 235,173 in the files.
//   April 2020 Southwest: 16,789 first published, 17,106 in the files (the largest Southwest move, 1.853%);
//   November 2020 Border Patrol 67,101 against OHSS's 69,170; February 2020 OFO 7,051 against 6,610
//   (total 36,687 − Border Patrol 30,077); January 2022 nationwide 186,003 against 186,808.
//   September 2024 Southwest 101,790 and August 2020 Southwest 50,014 in the files (no update figure on file).
import { describe, expect, it } from 'vitest';
import { claimSchema, type Claim } from '../../../src/data/claim-schemas.js';
import { openDataset } from '../../../src/data/dataset.js';
import { publishedFiguresSchema, type PublishedFigure } from '../../../src/data/published-figure-schemas.js';
import { releaseFacts } from '../../../src/data/release-data.js';
import { publishedFigures } from '../../../src/data/claims.js';
import { measureContexts } from '../../../src/commands/check/measure-context.js';
import { sourcesOfUses } from '../../../src/commands/shared/sources-of.js';
import { evaluateClaim } from '../../../src/domain/claims/evaluate.js';
import type { Judgement } from '../../../src/domain/claims/report.js';
import { NO_OVERRIDES } from '../../../src/domain/claims/tolerance.js';
import { releasedBy } from '../../../src/domain/releases/calendar.js';
import { revisionKind } from '../../../src/domain/releases/revisions.js';
import { BUNDLED_DATA } from '../../support/cli.js';

const dataset = openDataset(BUNDLED_DATA, '');
const contexts = measureContexts(dataset);
const facts = releaseFacts(dataset);
const figures = publishedFigures(dataset)!.figures;

function check(raw: unknown, asOf = '2025-12-31'): Judgement {
  const claim: Claim = claimSchema.parse(raw);
  return evaluateClaim(claim, 'test.json', { ctx: contexts(asOf), overrides: NO_OVERRIDES, sourcesOf: (uses) => sourcesOfUses(dataset, uses) });
}

/** A claim quoting `value` for one month exactly, with no tolerance: only equality or a revision can save it. */
function quote(filters: Record<string, string>, month: string, value: number, asOf = '2025-12-31'): Judgement {
  return check({ id: 'q', quote: 'q', measure: { kind: 'value', dataset: 'encounters', filters, period: { month } }, claimed: { value, unit: 'encounters', qualifier: 'exact' }, tolerance: '0' }, asOf);
}

const SW = { region: 'southwest' };

describe('the published figures on file', () => {
  it('document CBP\'s monthly updates from October 2019 to August 2025, by kind', () => {
    const months = new Set(figures.map((f) => f.period.from));
    expect([...months].sort()[0]).toBe('2019-10');
    expect([...months].sort().at(-1)).toBe('2025-08');
    const byKind = (kind: string) => figures.filter((f) => f.period.from === f.period.to && revisionKind(f.filters) === kind).length;
    expect({ southwest: byKind('southwest'), usbp: byKind('southwest-usbp'), ofo: byKind('southwest-ofo'), nationwide: byKind('nationwide'), northern: byKind('northern') })
      .toEqual({ southwest: 59, usbp: 57, ofo: 15, nationwide: 12, northern: 2 });
  });

  it('keep the June 2022 Southwest figure as CBP first published it, read on a repost that names the release', () => {
    const june = figures.find((f) => f.period.from === '2022-06' && revisionKind(f.filters) === 'southwest' && f.vintage === 'first-published')!;
    expect(june).toMatchObject({
      value: 207416, releaseDate: '2022-07-15', release: 'CBP June 2022 monthly update',
      sourceUrl: 'https://smarthernews.com/june-2022-southwest-border-data/',
      repostOf: { title: 'CBP Releases June 2022 Monthly Operational Update' },
    });
    expect(june.confirmedBy).toContain('https://www.foxnews.com/us/border-crisis-cbp-june-immigration-report');
  });

  it('name a CBP release for every figure read outside cbp.gov, and a CBP URL only on cbp.gov', () => {
    const figure = figures.find((f) => f.period.from === '2022-06' && f.value === 207416)!;
    const parse = (changes: Partial<PublishedFigure>) => publishedFiguresSchema.safeParse({ figures: [{ ...figure, ...changes }], gaps: [] });
    const { repostOf: _omitted, ...bare } = figure;
    expect(publishedFiguresSchema.safeParse({ figures: [bare], gaps: [] }).success).toBe(false);
    expect(parse({ repostOf: { title: 'x', url: 'https://smarthernews.com/other' } }).success).toBe(false);
    expect(parse({ repostOf: { title: 'x', url: 'https://www.cbp.gov/newsroom/national-media-release/cbp-releases-june-2022-monthly-operational-update' } }).success).toBe(true);
    expect(parse({ sourceUrl: 'https://www.cbp.gov/newsroom/national-media-release/cbp-releases-june-2022-monthly-operational-update' }).success).toBe(false);
    for (const f of figures) expect(f.repostOf !== undefined, f.id).toBe(!/^https?:\/\/([a-z]+\.)?cbp\.gov\//i.test(f.sourceUrl));
  });

  it('date each monthly update in the registry, documented where a page states the day', () => {
    expect(facts.calendar()('2022-06')).toEqual({ date: '2022-07-15', basis: 'documented', release: 'CBP June 2022 monthly update' });
    expect(facts.calendar()('2019-10')).toEqual({ date: '2019-11-14', basis: 'documented', release: 'CBP October 2019 monthly update' });
    expect(facts.calendar()('2021-02')).toEqual({ date: '2021-03-31', basis: 'approximate', release: 'CBP February 2021 monthly update' });
  });
});

describe('a quote of a documented published figure', () => {
  it('is accurate for every single-month figure on file, judged on the day CBP published it', () => {
    const wrong: string[] = [];
    for (const f of figures) {
      if (f.period.from !== f.period.to || f.dataset !== 'encounters' || Object.keys(f.filters).some((k) => k !== 'region' && k !== 'component')) continue;
      const result = quote(f.filters as Record<string, string>, f.period.from, f.value, releasedBy(f.releaseDate));
      if (result.verdict !== 'accurate' || result.judgedOn === null) wrong.push(`${f.id}: ${result.verdict} (${result.reason})`);
    }
    expect(wrong).toEqual([]);
  });

  it('is accurate for the figures of ../shared/research/published-figures.md, and says CBP has revised them since', () => {
    const cases: [Record<string, string>, string, number, number][] = [
      [SW, '2023-09', 269735, 269735], [{ region: 'southwest', component: 'usbp' }, '2023-09', 218763, 218763],
      [SW, '2023-10', 240988, 240927], [{ region: 'southwest', component: 'usbp' }, '2023-10', 188778, 188749], [{ region: 'nationwide' }, '2023-10', 309221, 309024],
      [SW, '2023-10', 240986, 240927], [SW, '2023-11', 242418, 242399], [{ region: 'southwest', component: 'usbp' }, '2023-11', 191113, 191106],
      [{ region: 'nationwide' }, '2023-11', 308728, 308605], [{ region: 'northern' }, '2023-11', 14055, 14055],
      [SW, '2023-12', 302034, 301981], [{ region: 'southwest', component: 'usbp' }, '2023-12', 249785, 249740], [{ region: 'southwest', component: 'ofo' }, '2023-12', 52249, 52241],
      [{ region: 'nationwide' }, '2023-12', 371036, 370883],
    ];
    for (const [filters, month, value, today] of cases) {
      const result = quote(filters, month, value);
      expect(result, `${month} ${value}`).toMatchObject({ verdict: 'accurate', recomputed: { value: today } });
      expect(result.judgedOn, `${month} ${value}`).toBe(value === today ? 'data' : 'published');
    }
    const fy2023 = check({ id: 'fy', quote: 'q', measure: { kind: 'value', dataset: 'encounters', period: { fiscalYear: 2023 } }, claimed: { value: 2475669, unit: 'encounters', qualifier: 'exact' }, tolerance: '0' });
    expect(fy2023).toMatchObject({ verdict: 'accurate', recomputed: { value: 2475669 } });
  });

  it('judges 207,416 for June 2022 as CBP\'s figure as published (accurate), with the repost named in the evidence', () => {
    const result = quote(SW, '2022-06', 207416);
    expect(result).toMatchObject({ verdict: 'accurate', judgedOn: 'published', recomputed: { value: 207834 } });
    expect(result.reason).toBe('Quotes CBP\'s figure as published (CBP June 2022 monthly update, 2022-07-15) exactly; CBP has since revised it to 207,834 (+418).');
    expect(result.published?.figures[0]).toMatchObject({ vintage: 'first-published', repostOf: { title: 'CBP Releases June 2022 Monthly Operational Update', url: null } });
    const source = result.sources.find((s) => s.url === 'https://smarthernews.com/june-2022-southwest-border-data/');
    expect(source).toMatchObject({ publisher: 'U.S. Customs and Border Protection (CBP), as reported by smarthernews.com', repostOf: { title: 'CBP Releases June 2022 Monthly Operational Update' } });
  });

  it('lists CBP\'s own page beside the repost where the page read states it (November 2020 Border Patrol, 67,101)', () => {
    const result = quote({ region: 'southwest', component: 'usbp' }, '2020-11', 67101);
    expect(result).toMatchObject({ verdict: 'accurate', judgedOn: 'published' });
    expect(result.sources.map((s) => s.url)).toEqual(expect.arrayContaining(['https://docslib.org/doc/10435202/southwest-border-migration-u-s', 'https://www.cbp.gov/newsroom/stats/sw-border-migration']));
  });

  it('is not judged on a figure CBP had not yet published on the article\'s date', () => {
    const before = quote(SW, '2022-06', 207416, '2022-07-14');
    expect(before.judgedOn).not.toBe('published');
  });
});

describe('a quote that matches no documented figure', () => {
  it('between CBP\'s first-published figure and today\'s is CBP\'s figure at the time: November 2022, 234,500', () => {
    const result = quote(SW, '2022-11', 234500);
    expect(result).toMatchObject({ verdict: 'mostly-accurate', judgedOn: 'revision', recomputed: { value: 235173 } });
    expect(result.reason).toContain('Between CBP\'s figure as first published, 233,740 (CBP November 2022 monthly update, 2022-12-23), and today\'s 235,173');
  });

  it('outside that range is judged on the data, though within the Southwest allowance: November 2022, 236,000 and 233,000', () => {
    expect(quote(SW, '2022-11', 236000)).toMatchObject({ verdict: 'inaccurate', judgedOn: 'data' });
    expect(quote(SW, '2022-11', 233000)).toMatchObject({ verdict: 'inaccurate', judgedOn: 'data' });
  });

  it('within the allowance measured within a year of the month is CBP\'s figure at the time: September 2024 (0.092%)', () => {
    const near = quote(SW, '2024-09', 101880);
    expect(near).toMatchObject({ verdict: 'mostly-accurate', judgedOn: 'revision', recomputed: { value: 101790 } });
    expect(near.reason).toContain('Within CBP\'s revision allowance: 101,880 is 90 (0.088%) above today\'s 101,790');
    expect(near.reason).toContain('August 2025: 9,740 and 9,731');
    expect(quote(SW, '2024-09', 101900)).toMatchObject({ verdict: 'inaccurate', judgedOn: 'data' });
  });

  it('gets the wider FY2020–FY2021 allowance for a month of that era: August 2020 (1.853%, April 2020)', () => {
    const near = quote(SW, '2020-08', 50900);
    expect(near).toMatchObject({ verdict: 'mostly-accurate', judgedOn: 'revision', recomputed: { value: 50014 } });
    expect(near.reason).toContain('April 2020: 16,789 and 17,106');
    expect(quote(SW, '2020-08', 51000)).toMatchObject({ verdict: 'inaccurate', judgedOn: 'data' });
  });
});

describe('the revision allowance', () => {
  it('is measured from every first-published figure against today\'s, per kind: median, 90th percentile and maximum', () => {
    const byKind = new Map(facts.distributions().map((d) => [d.kind, d]));
    const southwest = byKind.get('southwest')!;
    expect(southwest.compared).toBe(42);
    expect(southwest.max).toBeCloseTo((17106 - 16789) / 17106, 9);
    expect(southwest.largest[0]).toMatchObject({ month: '2020-04', earlier: 16789, later: 17106, basis: 'first-published' });
    expect(southwest.median).toBeLessThan(southwest.p90);
    expect(byKind.get('southwest-usbp')!.largest[0]).toMatchObject({ month: '2020-11', earlier: 67101, later: 69170 });
    expect(byKind.get('southwest-ofo')!.largest[0]).toMatchObject({ month: '2020-02', earlier: 7051, later: 6610 });
    expect(byKind.get('nationwide')!.largest[0]).toMatchObject({ month: '2022-01', earlier: 186003, later: 186808 });
  });

  it('for a month is the largest move of its kind within a year of it, so recent months get CBP\'s recent revisions', () => {
    expect(facts.allowance('southwest', '2020-08', '2020-08')).toMatchObject({ scope: 'within-a-year', largest: { month: '2020-04' } });
    const recent = facts.allowance('southwest', '2024-09', '2024-09')!;
    expect(recent.relative).toBeCloseTo(9 / 9731, 9);
    expect(facts.allowance('northern', '2021-05', '2021-05')).toMatchObject({ scope: 'kind', largest: { month: '2025-02', earlier: 4098, later: 4091 } });
  });

  it('applies to monthly figures only: FY2021 Southwest Border Patrol "more than 1.7 million" stays inaccurate (1,659,210)', () => {
    const result = check({ id: 'fy2021', quote: 'q', measure: { kind: 'value', dataset: 'encounters', filters: { region: 'southwest', component: 'usbp' }, period: { fiscalYear: 2021 } }, claimed: { value: 1700000, unit: 'encounters', qualifier: 'more-than' } }, '2021-11-10');
    expect(result).toMatchObject({ verdict: 'inaccurate', judgedOn: 'data', recomputed: { value: 1659210 } });
  });

  it('leaves rounded figures out: CBP\'s "approximately 46,610" for November 2024 is not a revision', () => {
    expect(facts.revisions().some((r) => r.month === '2024-11' && r.earlier === 46610)).toBe(false);
    expect(facts.revisions().some((r) => r.month === '2024-11' && r.earlier === 46612 && r.basis === 'restated')).toBe(true);
  });
});
