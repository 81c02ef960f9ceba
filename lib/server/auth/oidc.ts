import "server-only";
import * as client from "openid-client";
import { AppError } from "@/lib/server/api/app-error";
import type { AuthConfig } from "@/lib/server/auth/config";
import { USER_NAME_PATTERN } from "@/lib/server/auth/identity";
import { clearCookie, FLOW_COOKIE, flowCookie, readFlow, sessionCookie } from "@/lib/server/auth/session";

type OidcConfig = Extract<AuthConfig, { mode: "oidc" }>;

/**
 * The OpenID Connect relying party, all protocol work done by openid-client
 * (https://github.com/panva/openid-client, v6): discovery, authorization code flow with PKCE
 * (S256), state and nonce checks, ID token validation, userinfo. We only choose the claims.
 */

const CALLBACK_PATH = "/api/auth/callback";
let discovered: { key: string; config: Promise<client.Configuration> } | undefined;

function isLoopback(url: URL): boolean {
  return url.hostname === "127.0.0.1" || url.hostname === "localhost" || url.hostname === "[::1]";
}

/** Discovery once per process (the provider's metadata and keys; openid-client refreshes keys itself). */
function relyingParty(config: OidcConfig): Promise<client.Configuration> {
  const key = `${config.issuer.href}|${config.clientId}`;
  if (discovered?.key !== key) {
    // Plain http is allowed only for a provider on this machine (tests, local Dex/Keycloak).
    const execute = config.issuer.protocol === "http:" && isLoopback(config.issuer) ? [client.allowInsecureRequests] : [];
    const pending = client.discovery(config.issuer, config.clientId, config.clientSecret, undefined, { execute });
    discovered = { key, config: pending };
    pending.catch(() => {
      if (discovered?.config === pending) discovered = undefined;
    });
  }
  return discovered.config;
}

async function relyingPartyOr503(config: OidcConfig): Promise<client.Configuration> {
  try {
    return await relyingParty(config);
  } catch (error) {
    throw new AppError("identity_unavailable", 503, "The sign-in provider could not be reached. Try again in a moment.", { cause: error });
  }
}

/** Only a path on this app: never an absolute URL, so sign-in cannot be turned into an open redirect. */
export function safeReturnTo(value: string | null): string {
  return value !== null && /^\/(?![/\\])[^\s]*$/.test(value) ? value : "/";
}

/** Starts sign-in: a redirect to the provider, with the round trip's secrets in a sealed cookie. */
export async function beginSignIn(config: OidcConfig, returnTo: string): Promise<Response> {
  const rp = await relyingPartyOr503(config);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(rp, {
    redirect_uri: new URL(CALLBACK_PATH, config.appUrl).href,
    scope: config.scopes,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    state,
    nonce,
  });
  const headers = new Headers({ location: url.href, "cache-control": "no-store" });
  headers.append("set-cookie", await flowCookie(config, { state, nonce, codeVerifier, returnTo: safeReturnTo(returnTo) }));
  return new Response(null, { status: 302, headers });
}

function stringClaim(claims: Record<string, unknown>, name: string): string | undefined {
  const value = claims[name];
  return typeof value === "string" && USER_NAME_PATTERN.test(value) ? value : undefined;
}

function groupsClaim(claims: Record<string, unknown>, name: string): string[] {
  const value = claims[name];
  if (Array.isArray(value)) return value.filter((group): group is string => typeof group === "string");
  return typeof value === "string" ? [value] : [];
}

/** Finishes sign-in: exchanges the code (PKCE, state, nonce checked), sets the session cookie. */
export async function finishSignIn(config: OidcConfig, request: Request): Promise<Response> {
  const flow = await readFlow(request, config);
  if (!flow) throw new AppError("unauthenticated", 401, "The sign-in attempt expired or was started elsewhere. Sign in again.");
  const rp = await relyingPartyOr503(config);
  // The callback as the provider redirected to it: APP_URL's origin, whatever address the
  // server itself listens on behind a proxy.
  const current = new URL(CALLBACK_PATH + new URL(request.url).search, config.appUrl);
  let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
  try {
    tokens = await client.authorizationCodeGrant(rp, current, { pkceCodeVerifier: flow.codeVerifier, expectedState: flow.state, expectedNonce: flow.nonce });
  } catch (error) {
    throw new AppError("unauthenticated", 401, "Sign-in failed: the provider's answer did not check out. Sign in again.", { cause: error });
  }
  const idClaims = tokens.claims();
  if (!idClaims) throw new AppError("unauthenticated", 401, "Sign-in failed: the provider sent no ID token.");
  // Many providers put profile and group claims in userinfo rather than the ID token.
  const userInfo = await client.fetchUserInfo(rp, tokens.access_token, idClaims.sub).catch(() => ({}));
  const claims: Record<string, unknown> = { ...userInfo, ...idClaims };
  const user = stringClaim(claims, config.userClaim) ?? stringClaim(claims, "sub");
  if (!user) throw new AppError("unauthenticated", 401, `Sign-in failed: the provider sent no usable "${config.userClaim}" claim.`);
  const headers = new Headers({ location: new URL(flow.returnTo, config.appUrl).href, "cache-control": "no-store" });
  headers.append("set-cookie", await sessionCookie(config, { user, groups: groupsClaim(claims, config.groupsClaim) }));
  headers.append("set-cookie", clearCookie(config, FLOW_COOKIE));
  return new Response(null, { status: 302, headers });
}
