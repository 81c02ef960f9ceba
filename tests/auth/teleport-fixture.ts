import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from "jose";

/**
 * A stand-in for a Teleport cluster's JWT issuer: key pairs the tests generate (RS256 and
 * ES256, several in one set, as a cluster rotating keys publishes), a JWKS served over HTTP on
 * loopback like https://<proxy>/.well-known/jwks.json, and tokens shaped like Teleport's
 * app-access JWT (username, roles, traits; iss = cluster name, aud = app URI).
 * https://goteleport.com/docs/enroll-resources/application-access/jwt/introduction
 */

export const CLUSTER_NAME = "planner-test.example.org";
export const APP_URI = "https://planner.example.org";

type Key = { kid: string; alg: "RS256" | "ES256"; privateKey: CryptoKey; publicJwk: JWK };

export type TeleportIssuer = {
  jwksUrl: string;
  keys: Key[];
  /** Adds a key to the published set (a rotation), returning it. */
  addKey: (alg: "RS256" | "ES256") => Promise<Key>;
  fetchCount: () => number;
  sign: (claims: { username: string; roles?: string[] }, options?: TokenOptions) => Promise<string>;
  close: () => Promise<void>;
};

export type TokenOptions = { key?: Key; issuer?: string; audience?: string; expiresIn?: string | number; kid?: string };

async function makeKey(kid: string, alg: "RS256" | "ES256"): Promise<Key> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { kid, alg, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg, use: "sig" } };
}

export async function startTeleportIssuer(): Promise<TeleportIssuer> {
  const keys: Key[] = [await makeKey("rsa-1", "RS256"), await makeKey("rsa-2", "RS256"), await makeKey("ec-1", "ES256")];
  let fetches = 0;
  const server: Server = createServer((request, response) => {
    if (request.url !== "/.well-known/jwks.json") return void response.writeHead(404).end();
    fetches += 1;
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: keys.map((key) => key.publicJwk) }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  let counter = 0;
  return {
    jwksUrl: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    keys,
    fetchCount: () => fetches,
    async addKey(alg) {
      const key = await makeKey(`added-${(counter += 1)}`, alg);
      keys.push(key);
      return key;
    },
    async sign(claims, options = {}) {
      const key = options.key ?? keys[claims.username.length % keys.length]!;
      return new SignJWT({ username: claims.username, roles: claims.roles ?? [], traits: { logins: ["ubuntu"] } })
        .setProtectedHeader({ alg: key.alg, kid: options.kid ?? key.kid, typ: "JWT" })
        .setSubject(claims.username)
        .setIssuer(options.issuer ?? CLUSTER_NAME)
        .setAudience([options.audience ?? APP_URI])
        .setNotBefore("0s")
        .setExpirationTime(options.expiresIn ?? "10m")
        .sign(key.privateKey);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The environment of AUTH_MODE=teleport against this issuer. */
export function teleportEnv(issuer: TeleportIssuer, adminRole: string): Record<string, string> {
  return {
    AUTH_MODE: "teleport",
    APP_URL: APP_URI,
    TELEPORT_JWKS_URL: issuer.jwksUrl,
    TELEPORT_CLUSTER_NAME: CLUSTER_NAME,
    TELEPORT_APP_URI: APP_URI,
    ADMIN_ROLES: `auditor, ${adminRole}`,
  };
}
