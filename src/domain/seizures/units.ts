// Seizures are published in pounds; --unit kg converts with the exact definition of the pound.
export const UNITS = ['lb', 'kg'] as const;
export type Unit = (typeof UNITS)[number];

export const KILOGRAMS_PER_POUND = 0.45359237;

export const UNIT_WORDS: Record<Unit, string> = { lb: 'pounds', kg: 'kilograms' };

export function fromPounds(pounds: number, unit: Unit): number {
  return unit === 'kg' ? pounds * KILOGRAMS_PER_POUND : pounds;
}
