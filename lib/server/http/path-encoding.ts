import { NextResponse, type NextRequest } from "next/server";
import { SHARE_HEADERS } from "@/lib/server/share/headers";

/**
 * Malformed percent-encoding in a request path (`/api/projects/%E0%A4%A`, `/share/%`). Next's
 * router decodes dynamic segments with decodeURIComponent; on failure it throws a DecodeError and
 * tries to render a `/400` page, which the App Router does not have, so it answered a plain-text
 * 500 without the security headers (issue 12; next 16.4 `server/lib/router-server.js`). The
 * proxy (proxy.ts) answers such paths before routing: 400 with the API's JSON error for /api/…,
 * the not-found page for pages.
 *
 * "Malformed" means what decodeURIComponent refuses (ECMA-262 "Decode"): a `%` not followed by
 * two hex digits, or escapes that are not UTF-8 (overlong forms, surrogates, truncated sequences).
 */
export function hasMalformedPercentEncoding(pathname: string): boolean {
  if (!pathname.includes("%")) return false;
  for (const segment of pathname.split("/")) {
    if (!segment.includes("%")) continue;
    try {
      decodeURIComponent(segment);
    } catch {
      return true;
    }
  }
  return false;
}

export const MALFORMED_PATH_ERROR = {
  error: { code: "invalid_parameter", message: "The address is not valid: it contains a malformed percent-encoding (% must be followed by UTF-8 bytes as two hex digits each)." },
} as const;

/**
 * Where pages with a malformed address are sent (rewritten, not redirected): no route matches the
 * first, so Next renders app/not-found.tsx with 404; share pages go to a token that can never be
 * valid, so they get the share page's own "not valid" 404, with the share headers that Next's
 * header rules apply by the rewritten path (they overrode headers set here, found by the system test).
 */
export const NOT_FOUND_REWRITE = "/_malformed-address";
export const SHARE_NOT_FOUND_REWRITE = "/share/malformed-address";

const isApiPath = (pathname: string) => pathname === "/api" || pathname.startsWith("/api/");
const isSharePath = (pathname: string) => /^\/(api\/)?share(\/|$)/.test(pathname);

/**
 * The proxy's answer to a path with malformed percent-encoding, or null for any other path. The
 * security headers of next.config.mjs are added by Next to proxy answers too (checked against the
 * production build by tests/system/malformed-paths.test.ts); the share headers are set here for
 * the API answer, and come from the rewritten share path for pages.
 */
export function malformedPathAnswer(request: NextRequest): NextResponse | null {
  const { pathname } = request.nextUrl;
  if (!hasMalformedPercentEncoding(pathname)) return null;
  const headers: Record<string, string> = isSharePath(pathname) ? { ...SHARE_HEADERS } : { "cache-control": "no-store" };
  if (isApiPath(pathname)) return NextResponse.json(MALFORMED_PATH_ERROR, { status: 400, headers });
  return NextResponse.rewrite(new URL(isSharePath(pathname) ? SHARE_NOT_FOUND_REWRITE : NOT_FOUND_REWRITE, request.url), { headers });
}
