import "server-only";
import type { EncodedBody } from "@/lib/server/http/encoded-body-cache";

/**
 * True when the request's If-None-Match names this ETag (RFC 9110 §13.1.2: "*" or a list of
 * entity tags, compared weakly, so a `W/` prefix is ignored).
 */
export function matchesIfNoneMatch(request: Request, etag: string): boolean {
  const header = request.headers.get("if-none-match");
  if (header === null) return false;
  return header.split(",").some((candidate) => {
    const tag = candidate.trim();
    return tag === "*" || tag.replace(/^W\//, "") === etag;
  });
}

/**
 * A stored body as the answer, with its ETag; 304 without a body when the client already holds
 * these bytes (RFC 9110 §15.4.5: a 304 carries the headers a 200 would, ETag and Cache-Control
 * among them). Call it only after the caller's access has been checked for this request.
 */
export function encodedResponse(request: Request, body: EncodedBody, headers: Record<string, string>): Response {
  const all = { ...headers, etag: body.etag };
  if (matchesIfNoneMatch(request, body.etag)) return new Response(null, { status: 304, headers: all });
  return new Response(storedBytesStream(body.bytes), { status: 200, headers: all });
}

/**
 * The stored bytes as a one-chunk stream that hands on the very Uint8Array the cache holds.
 * `new Response(bytes)` would copy them first (undici's extractBody slices the buffer of every
 * ArrayBuffer view), a fresh 135 KB to 431 KB per cached bundle or line diff for the garbage
 * collector. A default (not byte) stream does not transfer or detach what it is given, and Next
 * writes the chunk to the socket as it is (next/dist/server/pipe-readable.js), so the cached
 * bytes stay intact for the next request (tests/history-api and tests/api serve them twice).
 */
function storedBytesStream(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** The headers of a JSON answer that no cache keeps (as `json` in lib/server/api/handler.ts). */
export const JSON_NO_STORE = { "content-type": "application/json", "cache-control": "no-store" } as const;
