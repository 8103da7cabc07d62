// Numbers in sentences and tables: "242,399", "1,234.5". Written by hand because the first
// Intl.NumberFormat of a process costs about 25 ms of ICU start-up, a third of our budget.

export function formatDecimal(value: number, decimals: number): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

export function formatCount(value: number): string {
  return formatDecimal(value, 0);
}
