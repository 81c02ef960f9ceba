/**
 * Response headers for everything a share link serves (the /share page, /api/share/… and any
 * API answer to a request carrying a share token):
 * - `X-Robots-Tag: noindex, nofollow` keeps search engines from indexing a link that leaked onto
 *   the web, or following its links;
 * - `Referrer-Policy: no-referrer` keeps the token (it is in the URL) out of the Referer header
 *   sent when the viewer follows a link to another site;
 * - `Cache-Control: private, no-store`: no shared cache (proxy, CDN) may keep a copy, so a
 *   revoked link stops working everywhere at once.
 * (MDN: X-Robots-Tag, Referrer-Policy, Cache-Control.)
 */
export const SHARE_HEADERS = {
  "x-robots-tag": "noindex, nofollow",
  "referrer-policy": "no-referrer",
  "cache-control": "private, no-store",
} as const satisfies Record<string, string>;

/**
 * The response with the share headers added. A Cache-Control that already says both `private`
 * and `no-store` (the zip adds `no-transform`) is kept; any other is replaced.
 */
export function withShareHeaders(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.set("x-robots-tag", SHARE_HEADERS["x-robots-tag"]);
  headers.set("referrer-policy", SHARE_HEADERS["referrer-policy"]);
  const cacheControl = (headers.get("cache-control") ?? "").toLowerCase();
  if (!(cacheControl.includes("private") && cacheControl.includes("no-store"))) headers.set("cache-control", SHARE_HEADERS["cache-control"]);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
