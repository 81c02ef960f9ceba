import "server-only";
import { createRemoteJWKSet, errors, jwtVerify } from "jose";
import { z } from "zod";
import { AppError } from "@/lib/server/api/app-error";
import type { AuthConfig } from "@/lib/server/auth/config";
import { makeIdentity, USER_NAME_PATTERN, type Identity } from "@/lib/server/auth/identity";

type TeleportConfig = Extract<AuthConfig, { mode: "teleport" }>;

/** The header Teleport Application Access adds to every request it forwards. */
export const TELEPORT_JWT_HEADER = "teleport-jwt-assertion";

/**
 * The claims Teleport puts in the app-access JWT: `username`, `roles`, `traits`, plus the
 * registered iss (the cluster name), aud (the app's URI), nbf and exp.
 * https://goteleport.com/docs/enroll-resources/application-access/jwt/introduction
 */
const TeleportClaimsSchema = z.object({
  username: z.string().regex(USER_NAME_PATTERN),
  roles: z.array(z.string()).default([]),
  traits: z.record(z.string(), z.array(z.string()).nullable()).optional(),
});

// Teleport signs app JWTs with RS256 today; ES256 keys are accepted too (newer clusters may
// rotate to ECDSA). Nothing else: "none" and HMAC must never be accepted.
const ALGORITHMS = ["RS256", "ES256"];

// One key set per JWKS URL for the life of the process: jose's remote set caches the keys and
// refetches when a token names a key id it does not know (with a cooldown against floods).
const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

function keySet(url: URL): ReturnType<typeof createRemoteJWKSet> {
  let set = keySets.get(url.href);
  if (!set) {
    set = createRemoteJWKSet(url, { timeoutDuration: 5_000 });
    keySets.set(url.href, set);
  }
  return set;
}

/**
 * The Teleport user behind a request, or null when the header is missing or its token does not
 * verify (bad signature, unknown key, wrong issuer or audience, expired). Someone who reaches
 * the app without going through Teleport cannot forge it: only the cluster holds the keys.
 * A JWKS that cannot be fetched is the server's problem, answered 503, not a sign-in failure.
 */
export async function teleportIdentity(request: Request, config: TeleportConfig): Promise<Identity | null> {
  const token = request.headers.get(TELEPORT_JWT_HEADER);
  if (token === null || token.trim() === "") return null;
  let payload: unknown;
  try {
    ({ payload } = await jwtVerify(token.trim(), keySet(config.jwksUrl), {
      issuer: config.clusterName,
      audience: config.appUri,
      algorithms: ALGORITHMS,
      requiredClaims: ["exp"],
    }));
  } catch (error) {
    if (error instanceof errors.JWKSTimeout || !(error instanceof errors.JOSEError)) {
      throw new AppError("identity_unavailable", 503, "The sign-in keys of the Teleport cluster could not be fetched. Try again in a moment.", { cause: error });
    }
    return null;
  }
  const claims = TeleportClaimsSchema.safeParse(payload);
  if (!claims.success) return null;
  return makeIdentity("teleport", claims.data.username, claims.data.roles, config.adminRoles);
}
