import { describe, expect, it } from 'vitest';
import { detailTableFor } from '../../src/domain/encounters/detail-table.js';

const none = { component: false, encounterType: false, demographic: false, state: false, title: false };

describe('detailTableFor', () => {
  it('answers citizenship alone from the by-citizenship table', () => {
    expect(detailTableFor(none)).toBe('byCitizenship');
  });

  it('needs the by-state rows for a demographic, a state or a title', () => {
    expect(detailTableFor({ ...none, demographic: true })).toBe('byState');
    expect(detailTableFor({ ...none, state: true })).toBe('byState');
    expect(detailTableFor({ ...none, title: true })).toBe('byState');
  });

  it('needs the Southwest by-component release for a component or an encounter type', () => {
    expect(detailTableFor({ ...none, component: true, demographic: true })).toBe('byComponent');
    expect(detailTableFor({ ...none, encounterType: true })).toBe('byComponent');
  });
});
