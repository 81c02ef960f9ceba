/** Accepts "10000", "10,000" or "10 000"; anything else is not a number yet. */
export function parseNumber(text: string): number | null {
  const compact = text.trim().replace(/[,_\s]/g, "");
  if (!/^-?\d+(\.\d+)?$/.test(compact)) return null;
  const n = Number(compact);
  return Number.isFinite(n) ? n : null;
}
