import "server-only";

/**
 * A small least-recently-used cache for values derived from stored revisions. Revisions never
 * change once saved, so a value keyed by (project, revision numbers) stays right for the life of
 * the process; the limit only bounds memory.
 */
export class HistoryCache<V> {
  readonly #limit: number;
  readonly #entries = new Map<string, V>();

  constructor(limit: number) {
    this.#limit = limit;
  }

  get(key: string): V | undefined {
    const value = this.#entries.get(key);
    if (value === undefined) return undefined;
    // Map keeps insertion order: re-inserting marks the entry as the most recently used.
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  set(key: string, value: V): void {
    this.#entries.delete(key);
    if (this.#entries.size >= this.#limit) this.#entries.delete(this.#entries.keys().next().value ?? "");
    this.#entries.set(key, value);
  }
}
