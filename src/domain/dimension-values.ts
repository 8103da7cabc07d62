// Matches user-typed values (cuba, "single adults", tx) to the values in the data, case-insensitively.
import { UsageError } from '../errors.js';
import { didYouMean } from './suggest.js';

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/[-_]+/g, ' ').replace(/\s+/g, ' ');
}

/** Splits a comma-separated option value and resolves each item to a known value. */
export function resolveValues(raw: string, known: readonly string[], option: string, aliases: Record<string, string> = {}): string[] {
  const byName = new Map(known.map((value) => [normalise(value), value]));
  return raw.split(',').map((item) => item.trim()).filter((item) => item !== '').map((item) => {
    const key = normalise(item);
    const found = byName.get(key) ?? byName.get(normalise(aliases[key] ?? ''));
    if (found) return found;
    throw new UsageError(
      `${option}: '${item}' is not in the data${didYouMean(key, known.map((v) => v.toLowerCase()))}`,
      `known values: ${known.join(', ')}`,
    );
  });
}
