import type { AuthConfig } from "@/lib/server/auth/config";

/**
 * Refuses requests that come from somewhere else, before any route or page runs (proxy.ts):
 * - `Host` must be APP_URL's host (or one in ALLOWED_HOSTS; in AUTH_MODE=none, any loopback
 *   name). A DNS-rebinding page points its own domain at this server and drives it from a
 *   visitor's browser; its requests carry the attacker's host name and are refused here.
 * - Every mutating request (anything but GET, HEAD, OPTIONS) that carries `Origin` must come
 *   from this app's own origin. Browsers send Origin on every cross-origin request and on
 *   same-origin POST/PUT/PATCH/DELETE (Fetch standard, "origin" header serialization), so a
 *   request without one comes from a non-browser client, which no foreign page can drive.
 *   `Origin: null` (sandboxed frames, file: pages) is refused.
 * Answers use the API's JSON error shape. Pure apart from building the Response.
 */

export type GuardConfig = Pick<AuthConfig, "mode" | "appUrl"> & { allowedHosts?: readonly string[] };

const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** "Host" without its port, lowercased; IPv6 literals keep their brackets. */
function hostName(host: string): string {
  const lower = host.toLowerCase();
  return lower.startsWith("[") ? lower.slice(0, lower.indexOf("]") + 1) : lower.replace(/:\d*$/, "");
}

export function isAllowedHost(host: string | null, config: GuardConfig): boolean {
  if (host === null || host === "") return false;
  const lower = host.toLowerCase();
  if (config.appUrl && lower === config.appUrl.host.toLowerCase()) return true;
  if (config.allowedHosts?.some((allowed) => allowed.toLowerCase() === lower)) return true;
  return config.mode === "none" && LOOPBACK_NAMES.has(hostName(lower));
}

/** True when a mutating request's Origin (if any) is this app's own. */
export function isAllowedOrigin(origin: string | null, host: string, config: GuardConfig): boolean {
  if (origin === null) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (parsed.origin === "null") return false;
  // APP_URL's host counts only with APP_URL's scheme: http://app on an https app is another origin.
  if (config.appUrl && parsed.host.toLowerCase() === config.appUrl.host.toLowerCase()) return parsed.origin === config.appUrl.origin;
  // Same origin as the (already allowed) Host the browser addressed.
  return parsed.host.toLowerCase() === host.toLowerCase() && isAllowedHost(parsed.host, config);
}

function refuse(code: "host_not_allowed" | "origin_not_allowed", message: string): Response {
  return Response.json({ error: { code, message } }, { status: 403, headers: { "cache-control": "no-store" } });
}

/** The refusal for a request from elsewhere, or null to let it through. */
export function guardRequest(request: Pick<Request, "method" | "headers">, config: GuardConfig): Response | null {
  const host = request.headers.get("host");
  if (!isAllowedHost(host, config))
    return refuse("host_not_allowed", "This server does not answer to that host name. Use the address it is configured with (APP_URL).");
  if (!SAFE_METHODS.has(request.method.toUpperCase()) && !isAllowedOrigin(request.headers.get("origin"), host ?? "", config))
    return refuse("origin_not_allowed", "Changes must come from the planner's own pages: this request came from another origin.");
  return null;
}
