// Border Patrol sectors as plain constants (the run-time path reads them without zod): the id the
// dataset stores, the name people use, and the region CBP counts the sector in.
export const SECTORS = [
  { id: 'big-bend', name: 'Big Bend', region: 'southwest' },
  { id: 'del-rio', name: 'Del Rio', region: 'southwest' },
  { id: 'el-centro', name: 'El Centro', region: 'southwest' },
  { id: 'el-paso', name: 'El Paso', region: 'southwest' },
  { id: 'laredo', name: 'Laredo', region: 'southwest' },
  { id: 'rio-grande-valley', name: 'Rio Grande Valley', region: 'southwest' },
  { id: 'san-diego', name: 'San Diego', region: 'southwest' },
  { id: 'tucson', name: 'Tucson', region: 'southwest' },
  { id: 'yuma', name: 'Yuma', region: 'southwest' },
  { id: 'blaine', name: 'Blaine', region: 'northern' },
  { id: 'buffalo', name: 'Buffalo', region: 'northern' },
  { id: 'detroit', name: 'Detroit', region: 'northern' },
  { id: 'grand-forks', name: 'Grand Forks', region: 'northern' },
  { id: 'havre', name: 'Havre', region: 'northern' },
  { id: 'houlton', name: 'Houlton', region: 'northern' },
  { id: 'spokane', name: 'Spokane', region: 'northern' },
  { id: 'swanton', name: 'Swanton', region: 'northern' },
  { id: 'livermore', name: 'Livermore', region: 'northern' },
  { id: 'miami', name: 'Miami', region: 'other' },
  { id: 'new-orleans', name: 'New Orleans', region: 'other' },
  { id: 'ramey', name: 'Ramey', region: 'other' },
] as const;
export type SectorId = (typeof SECTORS)[number]['id'];
export const SECTOR_IDS: readonly string[] = SECTORS.map((s) => s.id);

/** The id stored for a region's own total in tables that also hold its sectors. */
export const WHOLE_REGION = 'all';

/** Names as they appear in the official files: "rio_grande_valley", "Rio Grande Valley, TX", "rio grande valley". */
export function sectorIdOf(text: string): SectorId | undefined {
  const plain = text.toLowerCase().replace(/,\s*[a-z]{2}\s*$/, '').replace(/\bsector\b/g, '').replace(/[\s_-]+/g, ' ').trim();
  return SECTORS.find((s) => s.name.toLowerCase() === plain)?.id;
}
