/** Search parameters as Next hands them to a page. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a parameter that may repeat (`?file=a&file=b` → "a"). */
export const firstParam = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

/** A revision number from the address, or null when absent or not a positive whole number. */
export function revisionParam(value: string | string[] | undefined): number | null {
  const text = firstParam(value);
  return text !== undefined && /^[1-9][0-9]{0,8}$/.test(text) ? Number(text) : null;
}
