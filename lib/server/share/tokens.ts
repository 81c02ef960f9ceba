import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Read-only share links. A link carries a random token; the database stores only its SHA-256
 * hash, so a leaked database (or backup) cannot be turned back into working links. The token
 * is shown once, when the link is created.
 *
 * Why a fast hash and not bcrypt/scrypt/argon2: those exist to slow down guessing of
 * low-entropy secrets such as passwords. A share token is 256 random bits; no amount of
 * hashing speed makes 2^256 guesses feasible, so a slow hash would only cost every page view
 * time and CPU. SHA-256 (preimage-resistant) is the right tool, as for API keys and session ids.
 */

/** 32 random bytes = 256 bits, well above the 128-bit minimum for unguessable capability URLs. */
const TOKEN_BYTES = 32;
/** base64url of 32 bytes without padding: ceil(32 * 8 / 6) = 43 characters. */
export const SHARE_TOKEN_LENGTH = 43;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const HASH_PATTERN = /^[0-9a-f]{64}$/;

/** A new token (for the link, shown once) and its hash (the only thing to store). */
export function createShareToken(): { token: string; hash: string } {
  // Node's "base64url" encoding is URL-safe and writes no "=" padding.
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  return { token, hash: hashShareToken(token) };
}

/** SHA-256 of the token, as 64 lowercase hex characters. */
export function hashShareToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * True only for a string createShareToken could have produced: 43 characters of the base64url
 * alphabet that decode to exactly 32 bytes and re-encode to themselves (the last character
 * carries 2 data bits, so only 16 of the 64 letters can end a real token). Checked before any
 * database lookup, so junk from a URL never reaches a query.
 */
export function isWellFormedShareToken(token: unknown): token is string {
  if (typeof token !== "string" || !TOKEN_PATTERN.test(token)) return false;
  const bytes = Buffer.from(token, "base64url");
  return bytes.length === TOKEN_BYTES && bytes.toString("base64url") === token;
}

/**
 * Compares two stored-format hashes in constant time. Anything that is not a SHA-256 hex digest
 * compares unequal, which also keeps timingSafeEqual's equal-length requirement from throwing.
 */
export function safeEqualHash(a: string, b: string): boolean {
  if (!HASH_PATTERN.test(a) || !HASH_PATTERN.test(b)) return false;
  return timingSafeEqual(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}
