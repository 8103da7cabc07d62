// A claims file asks for something the data does not have (an unknown citizenship, a month
// outside the data, an event that does not exist). The evaluator adds the file and claim id
// and turns it into a data error (exit 3).
import { closest } from '../suggest.js';

export class ClaimProblem extends Error {
  override readonly name = 'ClaimProblem';
  constructor(readonly field: string, message: string) {
    super(message);
  }
}

/** Matches values case-insensitively to the values in the data; an unknown one is a ClaimProblem. */
export function resolveKnown(values: readonly string[], known: readonly string[], field: string, what: string): string[] {
  const byName = new Map(known.map((value) => [value.toLowerCase(), value]));
  return values.map((value, i) => {
    const found = byName.get(value.trim().toLowerCase());
    if (found !== undefined) return found;
    const guess = closest(value.trim().toLowerCase(), known.map((k) => k.toLowerCase()));
    throw new ClaimProblem(`${field}[${i}]`, `'${value}' is not a ${what} in the data${guess === undefined ? '' : `; did you mean '${guess}'?`}`);
  });
}
