// Border Patrol sector names as people write them ("RGV", "Rio Grande Valley sector", "Tucson")
// resolved to the dataset's sector ids; a mistyped one gets a suggestion.
import { SECTORS, type SectorId } from '../../data/sectors.js';
import { closest } from '../suggest.js';

const ALIASES: Record<string, SectorId> = {
  rgv: 'rio-grande-valley',
  mcallen: 'rio-grande-valley', // the sector's name until 2011
  marfa: 'big-bend', // the sector's name until 2011
  sdc: 'san-diego',
  tca: 'tucson',
  elp: 'el-paso',
  drt: 'del-rio',
  lrt: 'laredo',
};

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/,\s*[a-z]{2}$/, '').replace(/\bsector\b/g, '').replace(/[\s_-]+/g, ' ').trim();
}

const BY_NAME = new Map<string, SectorId>([
  ...SECTORS.map((s) => [normalise(s.name), s.id] as const),
  ...Object.entries(ALIASES).map(([alias, id]) => [normalise(alias), id] as const),
]);

export class UnknownSector extends Error {
  constructor(readonly value: string, readonly suggestion: string | undefined) {
    super(`'${value}' is not a Border Patrol sector${suggestion === undefined ? '' : `; did you mean '${suggestion}'?`}`);
  }
}

/** One sector name or alias → its id; throws UnknownSector (the caller words the error for its context). */
export function resolveSector(value: string): SectorId {
  const found = BY_NAME.get(normalise(value));
  if (found !== undefined) return found;
  throw new UnknownSector(value, closest(normalise(value), [...BY_NAME.keys()]));
}

export function sectorName(id: string): string {
  return SECTORS.find((s) => s.id === id)?.name ?? id;
}

export function sectorRegion(id: string): 'southwest' | 'northern' | 'other' {
  return SECTORS.find((s) => s.id === id)?.region ?? 'southwest';
}

/** Values offered by completion and listed in hints. */
export const SECTOR_WORDS: readonly string[] = [...SECTORS.map((s) => s.id), 'rgv'];
