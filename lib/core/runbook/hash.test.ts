import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { canonicalJson, fnv1a64, hashValue } from "./hash";

/** The textbook definition, in BigInt, as the reference the limb version must match. */
function fnv1a64Reference(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, "0");
}

describe("fnv1a64", () => {
  // Published FNV-1a 64 test vectors (http://www.isthe.com/chongo/tech/comp/fnv/).
  test.each([
    ["", "cbf29ce484222325"],
    ["a", "af63dc4c8601ec8c"],
    ["foobar", "85944171f73967e8"],
  ])("%j → %s", (input, expected) => {
    expect(fnv1a64(input)).toBe(expected);
  });

  test("matches the BigInt definition for any string", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => fnv1a64(s) === fnv1a64Reference(s)));
  });
});

describe("hashValue", () => {
  test("ignores key order", () => {
    expect(hashValue({ a: 1, b: { c: [1, 2], d: "x" } })).toBe(hashValue({ b: { d: "x", c: [1, 2] }, a: 1 }));
  });

  test("notices a changed value and array order", () => {
    expect(hashValue({ a: [1, 2] })).not.toBe(hashValue({ a: [2, 1] }));
    expect(hashValue({ a: "10.16.0.0/16" })).not.toBe(hashValue({ a: "10.19.0.0/16" }));
  });

  test("canonical JSON sorts nested keys", () => {
    expect(canonicalJson({ z: 1, a: { y: 2, b: 3 } })).toBe('{"a":{"b":3,"y":2},"z":1}');
  });
});
