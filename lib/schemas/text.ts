import { z } from "zod";

/**
 * Text that can be stored and written out again unchanged. A JSON string may carry a lone UTF-16
 * surrogate ("\ud800"): JavaScript keeps it, but it is no Unicode text. PostgreSQL and the
 * SQLite driver refuse or mangle it (the issue-12 500s), UTF-8 encoders write U+FFFD instead
 * (the WHATWG Encoding Standard, "UTF-8 encode", replaces lone surrogates), and YAML readers
 * such as go-yaml then fail on the bundle. So every string a client sends is refused at the
 * boundary when it is not well formed (ECMA-262 `String.prototype.isWellFormed`).
 *
 * With the `u` flag a class of surrogates matches only a surrogate that is not half of a pair,
 * because paired halves are read as one code point (ECMA-262, "Pattern Semantics").
 */
const LONE_SURROGATE = /[\ud800-\udfff]/u;

export const NOT_WELL_FORMED_MESSAGE = "Must be valid Unicode text (it contains half of a UTF-16 surrogate pair).";

/** True when `s` has no lone surrogate: it survives UTF-8 and every database unchanged. */
export function isWellFormedText(s: string): boolean {
  return !LONE_SURROGATE.test(s);
}

/** A string schema that refuses lone surrogates with the field's path; `what` prefixes the message. */
export function wellFormedString(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).refine(isWellFormedText, { error: NOT_WELL_FORMED_MESSAGE, abort: true });
}
