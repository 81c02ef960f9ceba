import "server-only";
import { createHash } from "node:crypto";

/**
 * Encoded answers that never change once computed (a diff between two revisions, a revision's
 * bundle, what a share link shows of a revision), kept as the bytes sent and their ETag, so a
 * cached read costs the access check and a copy of bytes: no plan parse, no JSON encoding.
 *
 * Bounded by the bytes kept, not the entry count, because bodies range from 1 KB to 300 KB: past
 * `maxBytes` the least recently used entries go first. A body larger than the whole bound is
 * returned but not kept. Callers check access and existence before every answer; this module
 * only keeps bytes, under keys made of immutable ids (revision numbers, never "latest").
 */
export type EncodedBody = { bytes: Uint8Array<ArrayBuffer>; etag: string };

const encoder = new TextEncoder();

/**
 * A strong ETag (RFC 9110 §8.8.3) from the body's SHA-256: equal bytes, equal tag, so a tag from
 * another instance or from before a restart still matches.
 */
export function etagOf(bytes: Uint8Array): string {
  return `"${createHash("sha256").update(bytes).digest("base64url")}"`;
}

/**
 * The body and its ETag; text is encoded as UTF-8. Kept uncompressed: Next 16 drops
 * Content-Encoding from a route handler's answer (node_modules/next/dist/server/send-response.js,
 * FORBIDDEN_HEADERS) and `next start` then gzips the body itself for clients that accept gzip, so
 * a body gzipped here would reach them gzipped twice.
 */
export function encodedBody(body: string | Uint8Array<ArrayBuffer>): EncodedBody {
  const bytes = typeof body === "string" ? encoder.encode(body) : body;
  return { bytes, etag: etagOf(bytes) };
}

const sizeOf = (entry: EncodedBody) => entry.bytes.byteLength;

export function encodedBodyCache(maxBytes: number) {
  const entries = new Map<string, EncodedBody>();
  let bytes = 0;
  const remove = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= sizeOf(entry);
  };
  return {
    get(key: string): EncodedBody | undefined {
      const entry = entries.get(key);
      if (!entry) return undefined;
      // Map keeps insertion order: re-inserting marks the entry as the most recently used.
      entries.delete(key);
      entries.set(key, entry);
      return entry;
    },
    set(key: string, entry: EncodedBody): EncodedBody {
      remove(key);
      const size = sizeOf(entry);
      if (size > maxBytes) return entry;
      while (bytes + size > maxBytes) remove(entries.keys().next().value ?? "");
      entries.set(key, entry);
      bytes += size;
      return entry;
    },
    delete: remove,
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
  };
}
