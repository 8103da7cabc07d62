// Scanning the bundled article against the bundled data. Revised figures from CBP's files:
// Southwest Nov 2023 242,399 (Border Patrol 191,106); Southwest Oct 2023 240,927; nationwide
// Oct + Nov 2023 617,629, of which Cuba + Venezuela 123,329.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDataset } from '../../src/data/dataset.js';
import { traceSources } from '../../src/data/trace-data.js';
import { validateClaimsFile } from '../../src/data/claim-validation.js';
import { draftClaims } from '../../src/domain/article/draft-claims.js';
import { claimWindow, scanText, traceTargetOf } from '../../src/domain/article/scan.js';
import { findNumbers } from '../../src/domain/article/numbers.js';
import { BUNDLED_DATA, SHARED } from '../support/cli.js';

const article = readFileSync(join(SHARED, 'article', 'border-crisis-article.txt'), 'utf8');
const sources = traceSources(openDataset(BUNDLED_DATA, 'test'));
const catalog = { ...sources.catalog, citizenships: sources.citizenships };
const { numbers } = scanText(article, catalog, { tolerance: { kind: 'default' }, top: 3 });
const of = (text: string) => numbers.find((n) => n.found.text === text)!;

describe('scanning the article', () => {
  it('traces the counts and percentages, not the dates and years', () => {
    expect(numbers.filter((n) => n.traced).map((n) => n.found.text)).toEqual(['242,418', '80%', '80,000', '35%', '55%', '8%', '22%', '483,404', '20%', '617,865']);
    for (const text of ['December 27', 'November 2023', '2022', 'fiscal year 2024', 'December 22']) {
      expect(of(text)).toMatchObject({ traced: false, recomputed: null });
    }
  });

  it('recomputes 242,418 as Southwest encounters in November 2023 as first published (revised 242,399)', () => {
    expect(of('242,418')).toMatchObject({
      recomputed: true,
      fittingFigure: { value: 242418, vintage: 'first-published', revised: 242399, region: 'southwest', from: '2023-11', to: '2023-11', statistic: 'figure' },
    });
  });

  it('recomputes "nearly 80%" as the Border Patrol share of Southwest encounters in November 2023', () => {
    const n = of('80%');
    expect(n.recomputed).toBe(true);
    expect(n.fittingFigure).toMatchObject({ statistic: 'share', component: 'usbp', region: 'southwest', from: '2023-11', to: '2023-11' });
    expect(n.fittingFigure!.value).toBeCloseTo((191106 / 242399) * 100, 10);
  });

  it('recomputes 483,404 as the Southwest FY2024 total through November 2023 as published (240,986 + 242,418; revised 483,326)', () => {
    expect(of('483,404')).toMatchObject({
      recomputed: true,
      fittingFigure: { value: 483404, parts: [240986, 242418], vintage: 'first-published', revised: 240927 + 242399, region: 'southwest', from: '2023-10', to: '2023-11' },
    });
    expect(of('483,404').matches[1]).toMatchObject({ value: 240927 + 242399, vintage: 'revised', from: '2023-10', to: '2023-11' });
  });

  it('recomputes 617,865 as nationwide encounters October–November 2023 (first published 309,221 + 308,728; revised 617,629)', () => {
    expect(of('617,865')).toMatchObject({
      recomputed: true,
      fittingFigure: { value: 617949, vintage: 'first-published', revised: 617629, region: 'nationwide', citizenship: null, from: '2023-10', to: '2023-11' },
    });
  });

  it('recomputes "approximately 20%" as the share of Cuba and Venezuela in those encounters', () => {
    const n = of('20%');
    expect(n.recomputed).toBe(true);
    expect(n.fittingFigure).toMatchObject({ statistic: 'share', citizenship: 'CUBA + VENEZUELA', region: 'nationwide', from: '2023-10', to: '2023-11' });
    expect(n.fittingFigure!.value).toBeCloseTo((123329 / 617629) * 100, 10);
  });

  it('checks "never more than 80,000 in November prior to 2022" against the largest such November', () => {
    // Calendar years before 2022: November 2021 (FY2022) had 174,845 Southwest encounters.
    const n = of('80,000');
    expect(n.context).toMatchObject({ monthsOfYear: [11], beforeYear: 2022, region: 'southwest' });
    expect(n.fittingFigure).toMatchObject({ value: 174845, region: 'southwest', component: 'total', from: '2021-11', to: '2021-11' });
    expect(n.recomputed).toBe(false);
  });

  it('reads the seizure percentages as October-to-November changes of the drug named next to each', () => {
    expect(of('35%').context).toMatchObject({ dataset: 'seizures', drug: 'all', statistic: 'change' });
    expect(of('55%').context).toMatchObject({ dataset: 'seizures', drug: 'methamphetamine' });
    expect(of('8%').context).toMatchObject({ dataset: 'seizures', drug: 'fentanyl' });
    expect(of('22%').context).toMatchObject({ dataset: 'seizures', drug: 'cocaine' });
    const rise = of('35%').fittingFigure!;
    expect(rise).toMatchObject({ statistic: 'change', drug: 'all', from: '2023-11', comparedWith: { from: '2023-10', to: '2023-10' } });
    // The revised data gives a smaller rise than the article: not recomputed.
    expect(of('35%').recomputed).toBe(false);
  });

  it('drafts a claims file in check\'s format for each recomputed number, measured as the figure found', () => {
    const drafts = draftClaims(numbers, { title: 'Blinken and Mayorkas Hold Talks', published: '2023-12-28' })!;
    // check's own validator accepts it.
    expect(validateClaimsFile(JSON.parse(JSON.stringify(drafts)), 'drafts.json').claims).toHaveLength(numbers.filter((n) => n.recomputed).length);
    const claim = (id: string) => drafts.claims.find((c) => c.id === id)!;
    expect(claim('line11-483-404')).toMatchObject({
      quote: 'Since the beginning of fiscal year 2024, CBP has documented 483,404 encounters.',
      measure: { kind: 'value', dataset: 'encounters', filters: { region: 'southwest' }, period: { fiscalYear: 2024, through: '2023-11' } },
      claimed: { value: 483404, unit: 'encounters', qualifier: 'exact' },
    });
    expect(claim('line9-80-percent')).toMatchObject({
      measure: { kind: 'share', dataset: 'encounters', numerator: { region: 'southwest', component: 'usbp' }, denominator: { region: 'southwest' }, period: { month: '2023-11' } },
      claimed: { value: 80, unit: 'percent', qualifier: 'nearly' },
    });
    expect(claim('line15-20-percent')).toMatchObject({
      measure: { kind: 'share', numerator: { region: 'nationwide', citizenship: ['CUBA', 'VENEZUELA'] }, denominator: { region: 'nationwide' }, period: { fiscalYear: 2024, through: '2023-11' } },
      claimed: { value: 20, unit: 'percent', qualifier: 'about' },
    });
  });

  it('drafts nothing when nothing was recomputed', () => {
    expect(draftClaims(numbers.filter((n) => !n.recomputed), { title: 't', published: '2023-12-28' })).toBeNull();
  });
});

describe('qualifier windows', () => {
  const window = (text: string) => {
    const n = findNumbers(text).find((f) => f.kind === 'count' || f.kind === 'percent')!;
    return claimWindow(traceTargetOf(n), n.qualifierKind, { kind: 'default' });
  };

  it('widens and shifts the window by qualifier', () => {
    expect(window('It was 80,000.')).toEqual({ low: 79600, high: 80400 });
    expect(window('It was nearly 80%.')).toEqual({ low: 76, high: 80.5 });
    expect(window('It was approximately 20%.')).toEqual({ low: 19, high: 21 });
    expect(window('It was more than 1,000.')).toEqual({ low: 999.5, high: 1200 });
    expect(window('It never reached more than 1,000.')).toEqual({ low: 800, high: 1000.5 });
  });
});
