// Filters in a canonical form (defaults filled in, lists sorted, case folded), so that a
// measure can find the published figures that count exactly the same thing.
import type { ClaimFilters } from '../../data/claim-schemas.js';
import type { DatasetName } from '../../data/claim-vocabulary.js';

type Canonical = Record<string, string>;

const DEFAULTS: Record<DatasetName, Canonical> = {
  encounters: { region: 'southwest', component: 'all' },
  seizures: { region: 'nationwide', components: 'ofo,usbp', quantity: 'pounds' },
};

function canonical(dataset: DatasetName, filters: ClaimFilters, withDefaults: boolean): Canonical {
  const result: Canonical = withDefaults ? { ...DEFAULTS[dataset] } : {};
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined) continue;
    result[key] = Array.isArray(value) ? value.map((v) => String(v).toLowerCase()).sort().join(',') : String(value).toLowerCase();
  }
  return result;
}

export interface FilterKey {
  dataset: DatasetName;
  text: string;
  /** Whether other filters (as written) count the same thing. */
  equals(other: ClaimFilters): boolean;
  /** Whether every filter named in `other` has the same value here. */
  includes(other: ClaimFilters): boolean;
}

export function filterKey(dataset: DatasetName, filters: ClaimFilters): FilterKey {
  const mine = canonical(dataset, filters, true);
  const text = JSON.stringify(Object.keys(mine).sort().map((k) => [k, mine[k]]));
  return {
    dataset,
    text,
    equals: (other) => filterKey(dataset, other).text === text,
    includes: (other) => Object.entries(canonical(dataset, other, false)).every(([k, v]) => mine[k] === v),
  };
}
