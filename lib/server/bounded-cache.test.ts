import { describe, expect, test } from "vitest";
import { boundedCache } from "./bounded-cache";

describe("boundedCache", () => {
  test("keeps at most `limit` entries, dropping the oldest insertion first", () => {
    const cache = boundedCache<number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.set("c", 3)).toBe(3);
    expect(cache.size).toBe(2);
    expect([cache.get("a"), cache.get("b"), cache.get("c")]).toEqual([undefined, 2, 3]);
  });

  test("replacing a kept key evicts nothing", () => {
    const cache = boundedCache<string>(2);
    cache.set("a", "first");
    cache.set("b", "b");
    cache.set("a", "second");
    expect(cache.size).toBe(2);
    expect([cache.get("a"), cache.get("b")]).toEqual(["second", "b"]);
  });
});
