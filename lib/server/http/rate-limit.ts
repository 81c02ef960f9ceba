import "server-only";
import { AppError } from "@/lib/server/api/app-error";
import { boundedCache } from "@/lib/server/bounded-cache";
import { getServerEnv } from "@/lib/server/env";
import { hashShareToken } from "@/lib/server/share/tokens";

/**
 * Per-client limits on the expensive routes (diffs, bundles, share reads; issue 12): a token
 * bucket per client in this process's memory, `perMinute` tokens deep, refilled continuously, so
 * a person clicking through history never meets it and a script hammering one route gets 429
 * with Retry-After (RFC 6585 §4) after a minute's worth of requests.
 *
 * Who "one client" is, most specific first:
 * 1. the signed-in identity, once sign-in exists (pass `identity`; the hook for AUTH_MODE);
 * 2. the share token, for anyone reading through a share link (hashed: no secret kept in memory);
 * 3. the client address: the last X-Forwarded-For entry, which is the nearest proxy's view of the
 *    peer (Next fills the header from the socket when a request arrives without one,
 *    next 16.4 `server/base-server.js`). A client that talks to Next directly can send its own
 *    header and so pick its key; docs/operations.md says to run behind a proxy that sets it.
 * Each instance counts on its own: N instances allow N times the rate (documented).
 */
type Bucket = { tokens: number; at: number };

/** At most this many clients tracked; the oldest is forgotten first (it starts again with a full bucket). */
const buckets = boundedCache<Bucket>(20_000);

export type ClientIdentity = { identity?: string | null; shareToken?: string | null };

export function clientKey(request: Request, who: ClientIdentity = {}): string {
  if (who.identity) return `user:${who.identity}`;
  if (who.shareToken) return `share:${hashShareToken(who.shareToken)}`;
  const forwarded = request.headers.get("x-forwarded-for") ?? "";
  const address = forwarded.split(",").at(-1)?.trim();
  return `addr:${address || "unknown"}`;
}

/** Takes one token from `key`'s bucket: 0 when allowed, else the whole seconds until one is back. */
export function takeToken(key: string, perMinute: number, now: number): number {
  const ratePerMs = perMinute / 60_000;
  const bucket = buckets.get(key) ?? { tokens: perMinute, at: now };
  const tokens = Math.min(perMinute, bucket.tokens + (now - bucket.at) * ratePerMs);
  if (tokens >= 1) {
    buckets.set(key, { tokens: tokens - 1, at: now });
    return 0;
  }
  buckets.set(key, { tokens, at: now });
  return Math.max(1, Math.ceil((1 - tokens) / ratePerMs / 1000));
}

/** 429 (AppError) when this client has used up its budget for the expensive routes. */
export function enforceRateLimit(request: Request, who: ClientIdentity = {}, now = Date.now()): void {
  const perMinute = getServerEnv().rateLimitExpensivePerMinute;
  if (perMinute === 0) return;
  const retryAfterSeconds = takeToken(`expensive|${clientKey(request, who)}`, perMinute, now);
  if (retryAfterSeconds > 0)
    throw new AppError("rate_limited", 429, `Too many requests for diffs, bundles or shared plans: try again in ${retryAfterSeconds} s.`, { details: { retryAfterSeconds } });
}
