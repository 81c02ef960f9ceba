import { describe, expect, test } from "vitest";
import { parseAuthEnv } from "./config";

const SECRET = "x".repeat(32);
const TELEPORT = { AUTH_MODE: "teleport", APP_URL: "https://planner.example.org", TELEPORT_JWKS_URL: "https://proxy.example.org/.well-known/jwks.json", TELEPORT_CLUSTER_NAME: "example.org", TELEPORT_APP_URI: "https://planner.example.org" };
const OIDC = { AUTH_MODE: "oidc", APP_URL: "https://planner.example.org", OIDC_ISSUER: "https://idp.example.org", OIDC_CLIENT_ID: "planner", OIDC_CLIENT_SECRET: "s", SESSION_SECRET: SECRET };

describe("parseAuthEnv", () => {
  test("defaults to AUTH_MODE=none with no admin roles", () => {
    expect(parseAuthEnv({})).toEqual({ mode: "none", adminRoles: [], allowedHosts: [], appUrl: null });
  });

  test("reads ADMIN_ROLES as a comma-separated list", () => {
    expect(parseAuthEnv({ ADMIN_ROLES: " editor , planner-admin,," }).adminRoles).toEqual(["editor", "planner-admin"]);
  });

  test("teleport mode with every variable", () => {
    expect(parseAuthEnv(TELEPORT)).toMatchObject({ mode: "teleport", clusterName: "example.org", appUri: "https://planner.example.org" });
  });

  test("oidc mode fills the defaults", () => {
    expect(parseAuthEnv(OIDC)).toMatchObject({ mode: "oidc", groupsClaim: "groups", userClaim: "preferred_username", scopes: "openid profile email", sessionTtlSeconds: 28_800 });
    expect(parseAuthEnv({ ...OIDC, OIDC_SCOPES: "profile groups" })).toMatchObject({ scopes: "openid profile groups" });
  });

  test.each([
    [{ AUTH_MODE: "ldap" }, /AUTH_MODE/],
    [{ ...TELEPORT, TELEPORT_JWKS_URL: undefined }, /TELEPORT_JWKS_URL: is required/],
    [{ ...TELEPORT, APP_URL: undefined, TELEPORT_CLUSTER_NAME: undefined }, /APP_URL: is required.*TELEPORT_CLUSTER_NAME: is required/],
    [{ ...TELEPORT, TELEPORT_JWKS_URL: "ftp://x" }, /TELEPORT_JWKS_URL/],
    [{ ...OIDC, SESSION_SECRET: "short" }, /SESSION_SECRET: must be at least 32 characters/],
    [{ ...OIDC, OIDC_CLIENT_SECRET: undefined }, /OIDC_CLIENT_SECRET: is required/],
    [{ ...OIDC, SESSION_TTL_SECONDS: "10" }, /SESSION_TTL_SECONDS/],
  ])("%#: refused with a message naming the variable", (env, message) => {
    expect(() => parseAuthEnv(env)).toThrow(message);
  });
});
