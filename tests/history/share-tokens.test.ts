import { createHash } from "node:crypto";
import { describe, expect, test, vi } from "vitest";
import { createShareToken, hashShareToken, isWellFormedShareToken, safeEqualHash, SHARE_TOKEN_LENGTH } from "@/lib/server/share";

// `server-only` throws outside React Server Components; under vitest the server code runs
// plainly. vi.mock is hoisted above the imports.
vi.mock("server-only", () => ({}));

describe("share tokens", () => {
  test("a token is 43 URL-safe characters (32 random bytes, base64url, no padding)", () => {
    const { token } = createShareToken();
    expect(SHARE_TOKEN_LENGTH).toBe(43);
    expect(token).toHaveLength(43);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
  });

  test("1,000 tokens are all different, and so are their hashes", () => {
    const created = Array.from({ length: 1000 }, () => createShareToken());
    expect(new Set(created.map((c) => c.token)).size).toBe(1000);
    expect(new Set(created.map((c) => c.hash)).size).toBe(1000);
    expect(created.every((c) => isWellFormedShareToken(c.token))).toBe(true);
  });

  test("the hash returned with a token is the token's hash", () => {
    const { token, hash } = createShareToken();
    expect(hash).toBe(hashShareToken(token));
  });

  test("the hash is deterministic SHA-256 hex", () => {
    const token = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    expect(hashShareToken(token)).toBe(hashShareToken(token));
    expect(hashShareToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashShareToken(token)).toBe(createHash("sha256").update(token).digest("hex"));
    expect(hashShareToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  test.each<[string, unknown, boolean]>([
    ["a created token", "3q2-7_8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", true],
    ["all zero bytes", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", true],
    ["42 characters", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", false],
    ["44 characters", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", false],
    ["base64 padding", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", false],
    ["standard base64 '+'", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+A", false],
    ["standard base64 '/'", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/A", false],
    ["a non-canonical last character", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB", false],
    ["a space", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA A", false],
    ["non-ASCII", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAé", false],
    ["a path traversal", "../../../../../../../../../../../etc/passwd", false],
    ["the empty string", "", false],
    ["a number", 42, false],
    ["null", null, false],
    ["undefined", undefined, false],
  ])("%s is %s", (_name, token, expected) => {
    expect(isWellFormedShareToken(token)).toBe(expected);
  });

  test.each<[string, string, string, boolean]>([
    ["the same hash", hashShareToken("one"), hashShareToken("one"), true],
    ["different hashes", hashShareToken("one"), hashShareToken("two"), false],
    ["different lengths", hashShareToken("one"), hashShareToken("one").slice(0, 63), false],
    ["uppercase hex is not the stored form", hashShareToken("one"), hashShareToken("one").toUpperCase(), false],
    ["two empty strings", "", "", false],
    ["a token against its own hash", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", hashShareToken("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), false],
  ])("safeEqualHash: %s → %s", (_name, a, b, expected) => {
    expect(safeEqualHash(a, b)).toBe(expected);
  });
});
