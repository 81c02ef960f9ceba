import "server-only";
import { parseCookie, stringifySetCookie } from "cookie";
import { sealData, unsealData } from "iron-session";
import { z } from "zod";
import type { AuthConfig } from "@/lib/server/auth/config";
import { makeIdentity, USER_NAME_PATTERN, type Identity } from "@/lib/server/auth/identity";

type OidcConfig = Extract<AuthConfig, { mode: "oidc" }>;

/**
 * The OIDC session: who signed in, sealed (encrypted and signed) by iron-session with
 * SESSION_SECRET into an HttpOnly cookie, so the server keeps no session table and a client
 * cannot read or alter it. SameSite=Lax keeps it off cross-site POSTs; Secure when APP_URL is
 * https. The sign-in round trip (state, nonce, PKCE verifier) travels in a second short-lived
 * cookie sealed the same way.
 */
export const SESSION_COOKIE = "planner_session";
export const FLOW_COOKIE = "planner_oidc_flow";
/** Ten minutes to finish signing in at the provider. */
const FLOW_TTL_SECONDS = 600;

const SessionSchema = z.object({ user: z.string().regex(USER_NAME_PATTERN), groups: z.array(z.string()) });
export type SessionData = z.infer<typeof SessionSchema>;

const FlowSchema = z.object({ state: z.string(), nonce: z.string(), codeVerifier: z.string(), returnTo: z.string() });
export type FlowData = z.infer<typeof FlowSchema>;

function cookieValue(request: Request, name: string): string | undefined {
  const header = request.headers.get("cookie");
  return header === null ? undefined : parseCookie(header)[name];
}

async function unsealAs<T>(schema: z.ZodType<T>, seal: string | undefined, password: string, ttl: number): Promise<T | null> {
  if (seal === undefined || seal === "") return null;
  try {
    // iron-session answers {} for a seal that is expired or was not made with this password.
    const parsed = schema.safeParse(await unsealData(seal, { password, ttl }));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function setCookie(config: OidcConfig, name: string, value: string, maxAge: number): string {
  return stringifySetCookie(name, value, {
    httpOnly: true,
    secure: config.appUrl.protocol === "https:",
    sameSite: "lax",
    path: "/",
    maxAge,
  });
}

/** The signed-in user of an OIDC session cookie, or null. */
export async function sessionIdentity(request: Request, config: OidcConfig): Promise<Identity | null> {
  const session = await unsealAs(SessionSchema, cookieValue(request, SESSION_COOKIE), config.sessionSecret, config.sessionTtlSeconds);
  return session ? makeIdentity("oidc", session.user, session.groups, config.adminRoles) : null;
}

export async function sessionCookie(config: OidcConfig, data: SessionData): Promise<string> {
  const seal = await sealData(data, { password: config.sessionSecret, ttl: config.sessionTtlSeconds });
  return setCookie(config, SESSION_COOKIE, seal, config.sessionTtlSeconds);
}

export function clearCookie(config: OidcConfig, name: string): string {
  return setCookie(config, name, "", 0);
}

export async function flowCookie(config: OidcConfig, data: FlowData): Promise<string> {
  const seal = await sealData(data, { password: config.sessionSecret, ttl: FLOW_TTL_SECONDS });
  return setCookie(config, FLOW_COOKIE, seal, FLOW_TTL_SECONDS);
}

export async function readFlow(request: Request, config: OidcConfig): Promise<FlowData | null> {
  return unsealAs(FlowSchema, cookieValue(request, FLOW_COOKIE), config.sessionSecret, FLOW_TTL_SECONDS);
}
