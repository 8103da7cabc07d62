// Parsers for option values that several commands share; each failure is a usage error (exit 2).
import { UsageError } from '../../errors.js';
import { didYouMean } from '../../domain/suggest.js';

export function parseChoice<T extends string>(raw: string, choices: readonly T[], option: string, aliases: Record<string, T> = {}): T {
  const text = raw.trim().toLowerCase();
  const found = (choices as readonly string[]).includes(text) ? (text as T) : aliases[text];
  if (found) return found;
  throw new UsageError(`${option}: '${raw}' is not one of ${choices.join(', ')}${didYouMean(text, [...choices, ...Object.keys(aliases)])}`);
}

export function parsePositiveInteger(raw: string, option: string): number {
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < 1) throw new UsageError(`${option}: '${raw}' is not a positive whole number`);
  return Number(raw);
}
