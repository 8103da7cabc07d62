// seizureTotals and resolveDrugs are the seams the claim checker uses: pinned here against the
// bundled data, with figures a reader can recompute from CBP's CSV files.
import { describe, expect, it } from 'vitest';
import { openDataset } from '../../src/data/dataset.js';
import { seizureData } from '../../src/data/seizures.js';
import { resolveDrugs } from '../../src/domain/seizures/drugs.js';
import { seizureTotals } from '../../src/domain/seizures/totals.js';
import { UsageError } from '../../src/errors.js';
import { BUNDLED_DATA } from '../support/cli.js';

const rows = seizureData(openDataset(BUNDLED_DATA, 'test')).rows();
const NATIONWIDE = ['ofo', 'usbp'] as const;
const lb = (months: string[], drugs?: string[], components: readonly ('ofo' | 'usbp' | 'amo')[] = NATIONWIDE, region?: 'southwest' | 'northern' | 'coastal-interior' | 'nationwide') =>
  seizureTotals(rows, { months, components, ...(drugs ? { drugs } : {}), ...(region ? { region } : {}) });

describe('seizureTotals (bundled data)', () => {
  it('holds every row of the four official files', () => {
    expect(rows).toHaveLength(10092 + 8673 + 1772 + 1292);
  });

  it('gives the OFO + Border Patrol totals of October and November 2023', () => {
    expect(lb(['2023-10'])).toEqual({ pounds: 37433.20091245425, events: 4646 });
    expect(lb(['2023-11'])).toEqual({ pounds: 48175.474485320294, events: 4279 });
  });

  it('gives methamphetamine, fentanyl and cocaine for the same months', () => {
    expect(Math.round(lb(['2023-10'], ['methamphetamine']).pounds)).toBe(11770);
    expect(Math.round(lb(['2023-11'], ['methamphetamine']).pounds)).toBe(18153);
    expect(Math.round(lb(['2023-10'], ['fentanyl']).pounds)).toBe(1772);
    expect(Math.round(lb(['2023-11'], ['fentanyl']).pounds)).toBe(2205);
    expect(Math.round(lb(['2023-10'], ['cocaine']).pounds)).toBe(4596);
    expect(Math.round(lb(['2023-11'], ['cocaine']).pounds)).toBe(4039);
  });

  it('adds Air and Marine Operations only when asked', () => {
    expect(Math.round(lb(['2023-11'], undefined, ['ofo', 'usbp', 'amo']).pounds)).toBe(70004);
    expect(Math.round(lb(['2023-11'], undefined, ['amo']).pounds)).toBe(21828);
    expect(lb(['2023-11'], undefined, ['amo']).events).toBe(55);
  });

  it('sums several months, one component and one region', () => {
    const fy2023 = Array.from({ length: 12 }, (_, i) => (i < 3 ? `2022-${10 + i}` : `2023-${String(i - 2).padStart(2, '0')}`));
    expect(Math.round(lb(fy2023).pounds)).toBe(549238);
    expect(lb(fy2023).events).toBe(53538);
    expect(lb(fy2023, ['fentanyl'], ['usbp'], 'southwest').pounds).toBeCloseTo(2790.8958, 6);
    expect(Math.round(lb(['2023-11'], undefined, NATIONWIDE, 'southwest').pounds)).toBe(31164);
    expect(lb(['2023-11'], undefined, NATIONWIDE, 'nationwide')).toEqual(lb(['2023-11']));
  });

  it('is zero for months outside the data', () => {
    expect(lb(['2031-01'])).toEqual({ pounds: 0, events: 0 });
  });
});

describe('resolveDrugs', () => {
  it('matches names case-insensitively and common aliases', () => {
    expect(resolveDrugs('Fentanyl')).toEqual(['fentanyl']);
    expect(resolveDrugs('meth, ICE')).toEqual(['methamphetamine']);
    expect(resolveDrugs('coke,weed,cannabis,mdma')).toEqual(['cocaine', 'marijuana', 'ecstasy']);
    expect(resolveDrugs('Khat (Catha Edulis),Other Drugs**,LSD')).toEqual(['khat', 'other-drugs', 'lsd']);
    expect(resolveDrugs('other drugs')).toEqual(['other-drugs']);
  });

  it('expands all to every CBP drug type', () => {
    expect(resolveDrugs('all')).toHaveLength(10);
  });

  it('suggests the closest drug for a typo', () => {
    expect(() => resolveDrugs('fentanil')).toThrow(UsageError);
    expect(() => resolveDrugs('fentanil')).toThrow("did you mean 'fentanyl'?");
    expect(() => resolveDrugs('cocaine,methamphetamin')).toThrow("'methamphetamin' is not a drug in CBP's seizure data; did you mean 'methamphetamine'?");
  });

  it('rejects an empty list', () => {
    expect(() => resolveDrugs(' , ')).toThrow(UsageError);
  });
});
