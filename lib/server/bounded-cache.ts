import "server-only";

/**
 * A map that keeps at most `limit` entries, dropping the oldest insertion first. For answers
 * that never change once computed (a stored revision's analysis, the latency between a set of
 * regions), where the bound only caps memory.
 */
export function boundedCache<V>(limit: number) {
  const entries = new Map<string, V>();
  return {
    get: (key: string): V | undefined => entries.get(key),
    set(key: string, value: V): V {
      if (!entries.has(key) && entries.size >= limit) entries.delete(entries.keys().next().value ?? "");
      entries.set(key, value);
      return value;
    },
    delete: (key: string): boolean => entries.delete(key),
    get size() {
      return entries.size;
    },
  };
}
