// The rounding unit of a claimed number, as a reader takes it from how the number is written:
// "80%" → 1, "19.5%" → 0.1, "242,418" → 1. A claims file can say otherwise ("precision").

/** The unit of the last written digit of a number: 80 → 1, 19.5 → 0.1, 0.25 → 0.01. */
export function inferPrecision(value: number): number {
  const text = String(Math.abs(value));
  if (text.includes('e')) {
    // 1e-7 or 1.5e+21: the exponent and the mantissa's decimals say where the last digit is.
    const [mantissa, exponent] = text.split('e');
    const decimals = (mantissa!.split('.')[1] ?? '').length - Number(exponent);
    return decimals > 0 ? 10 ** -decimals : 1;
  }
  const decimals = (text.split('.')[1] ?? '').length;
  return decimals === 0 ? 1 : Number(`1e-${decimals}`);
}

/** How many decimals a precision shows: 1 → 0, 0.1 → 1, 1000 → 0. */
export function decimalsOf(precision: number): number {
  if (precision >= 1) return 0;
  return Math.max(0, Math.round(-Math.log10(precision)));
}
