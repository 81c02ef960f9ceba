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
 * True when Accept-Encoding allows gzip (RFC 9110 §12.5.3): "gzip", "x-gzip" or "*" listed with
 * a q-value above 0, and gzip not refused by name with q=0.
 */
export function acceptsGzip(request: Request): boolean {
  const weights = new Map<string, number>();
  for (const part of (request.headers.get("accept-encoding") ?? "").split(",")) {
    const [coding = "", ...parameters] = part.split(";").map((piece) => piece.trim().toLowerCase());
    const q = parameters.find((parameter) => parameter.startsWith("q="));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (coding !== "") weights.set(coding === "x-gzip" ? "gzip" : coding, Number.isFinite(weight) ? weight : 0);
  }
  return (weights.get("gzip") ?? weights.get("*") ?? 0) > 0;
}

/**
 * A stored body as the answer, with its ETag: gzipped when it was kept gzipped and the client
 * accepts gzip (with Vary: Accept-Encoding, so no cache hands one coding to a client asking for
 * the other); 304 without a body when the client already holds the representation chosen
 * (RFC 9110 §15.4.5: a 304 carries the headers a 200 would, ETag and Cache-Control among them).
 * Call it only after the caller's access has been checked for this request.
 */
export function encodedResponse(request: Request, body: EncodedBody, headers: Record<string, string>): Response {
  const chosen = body.gzip && acceptsGzip(request) ? body.gzip : body;
  const all: Record<string, string> = { ...headers, etag: chosen.etag };
  if (body.gzip) all.vary = "accept-encoding";
  if (chosen !== body) all["content-encoding"] = "gzip";
  if (matchesIfNoneMatch(request, chosen.etag)) return new Response(null, { status: 304, headers: all });
  return new Response(chosen.bytes, { status: 200, headers: all });
}

/** The headers of a JSON answer that no cache keeps (as `json` in lib/server/api/handler.ts). */
export const JSON_NO_STORE = { "content-type": "application/json", "cache-control": "no-store" } as const;
