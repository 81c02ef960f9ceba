/**
 * Numbers in explanations, grouped the en-US way ("10,000"). The formatters are built once:
 * `toLocaleString` builds a new one per call, which made it the most expensive step of an analysis.
 */
const FORMATS = new Map<number, Intl.NumberFormat>();

export function formatNumber(value: number, maximumFractionDigits = 0): string {
  let format = FORMATS.get(maximumFractionDigits);
  if (!format) {
    format = new Intl.NumberFormat("en-US", { maximumFractionDigits });
    FORMATS.set(maximumFractionDigits, format);
  }
  return format.format(value);
}
