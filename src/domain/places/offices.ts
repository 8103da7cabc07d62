// Areas of responsibility in the drug-seizure files ("SAN DIEGO FIELD OFFICE", "TUCSON SECTOR")
// as people write them: any case, hyphens or spaces, "FO" for field office, and a bare city
// name when only one area has it.
import { closest } from '../suggest.js';

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_-]+/g, ' ').replace(/\bfo\b/g, 'field office').replace(/\baor\b/g, '').trim();
}

/** The city part of an area's name: "san diego field office" → "san diego". */
function base(area: string): string {
  return normalise(area).replace(/ (field office|sector)$/, '');
}

export class UnknownOffice extends Error {
  constructor(readonly value: string, message: string) {
    super(message);
  }
}

/** One name → the area's spelling in the data; throws UnknownOffice with a suggestion or the candidates. */
export function resolveOffice(value: string, areas: readonly string[]): string {
  const wanted = normalise(value);
  const exact = areas.find((area) => normalise(area) === wanted);
  if (exact !== undefined) return exact;
  const byCity = areas.filter((area) => base(area) === wanted);
  if (byCity.length === 1) return byCity[0]!;
  if (byCity.length > 1) {
    throw new UnknownOffice(value, `'${value}' names ${byCity.length} areas of responsibility: ${byCity.map((a) => `'${a.toLowerCase()}'`).join(', ')}; say which`);
  }
  const guess = closest(wanted, areas.map((area) => area.toLowerCase()));
  throw new UnknownOffice(value, `'${value}' is not an area of responsibility (field office or sector) in the seizure data${guess === undefined ? '' : `; did you mean '${guess}'?`}`);
}
