import "server-only";
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { gzip } from "node:zlib";

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
export type EncodedBody = { bytes: Uint8Array<ArrayBuffer>; etag: string; gzip?: { bytes: Uint8Array<ArrayBuffer>; etag: string } };

/**
 * Bodies from this size on are also kept gzipped. `next start` compresses answers on the fly for
 * clients that accept gzip (its bundled `compression` middleware: gzip or deflate, from 1 KiB on,
 * unless Content-Encoding is already set or Cache-Control says no-transform), which for a 800 KB
 * diff cost more CPU than everything else in a cached answer; compressing once at cache time
 * makes a hit a copy of bytes for browsers too.
 */
const GZIP_FROM_BYTES = 1024;

const encoder = new TextEncoder();

/**
 * A strong ETag (RFC 9110 §8.8.3) from the body's SHA-256: equal bytes, equal tag, so a tag from
 * another instance or from before a restart still matches.
 */
export function etagOf(bytes: Uint8Array): string {
  return `"${createHash("sha256").update(bytes).digest("base64url")}"`;
}

const gzipAsync = promisify(gzip);

/** The body and its ETag; text is encoded as UTF-8. */
export function encodedBody(body: string | Uint8Array<ArrayBuffer>): EncodedBody {
  const bytes = typeof body === "string" ? encoder.encode(body) : body;
  return { bytes, etag: etagOf(bytes) };
}

/**
 * Like `encodedBody`, and a body of 1 KiB or more is gzipped too (once, in libuv's thread pool,
 * off the thread that answers requests), under its own ETag: another content coding is another
 * representation, whose strong validator must differ (RFC 9110 §8.8.3).
 */
export async function compressedBody(body: string | Uint8Array<ArrayBuffer>): Promise<EncodedBody> {
  const plain = encodedBody(body);
  if (plain.bytes.byteLength < GZIP_FROM_BYTES) return plain;
  const gzipped = await gzipAsync(plain.bytes);
  const bytes = new Uint8Array(gzipped.buffer.slice(gzipped.byteOffset, gzipped.byteOffset + gzipped.byteLength));
  return { ...plain, gzip: { bytes, etag: `${plain.etag.slice(0, -1)}.gz"` } };
}

/** What an entry holds in memory: its bytes and, if kept, their gzip. */
const sizeOf = (entry: EncodedBody) => entry.bytes.byteLength + (entry.gzip?.bytes.byteLength ?? 0);

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
