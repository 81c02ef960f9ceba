import { z } from "zod";

/**
 * Sign-in configuration, read from the environment once (lib/server/env.ts) and validated here.
 * Three modes (issue 11; README "Configuration"):
 * - `none` (default): one local user with every right; the server listens on loopback only
 *   (scripts/start.mjs), so nobody else can reach it.
 * - `teleport`: behind Teleport Application Access, which signs every request with a JWT in
 *   `Teleport-Jwt-Assertion` (https://goteleport.com/docs/enroll-resources/application-access/jwt/introduction).
 * - `oidc`: single sign-on with an OpenID Connect provider (authorization code flow with PKCE).
 * Pure: no I/O, so the table of valid and invalid environments is a plain unit test.
 */

export type AuthMode = "none" | "teleport" | "oidc";

/** allowedHosts: host names (with port) the server answers to besides APP_URL's (request-guard.ts). */
type Common = { adminRoles: readonly string[]; allowedHosts: readonly string[] };

export type AuthConfig =
  | (Common & { mode: "none"; appUrl: URL | null })
  | (Common & { mode: "teleport"; appUrl: URL; jwksUrl: URL; clusterName: string; appUri: string })
  | (Common & {
      mode: "oidc";
      appUrl: URL;
      issuer: URL;
      clientId: string;
      clientSecret: string;
      groupsClaim: string;
      userClaim: string;
      scopes: string;
      sessionSecret: string;
      sessionTtlSeconds: number;
    });

const httpUrl = z
  .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
  .transform((value) => new URL(value));

const RawAuthEnvSchema = z.object({
  AUTH_MODE: z.enum(["none", "teleport", "oidc"]).default("none"),
  APP_URL: httpUrl.optional(),
  ADMIN_ROLES: z.string().default(""),
  ALLOWED_HOSTS: z.string().default(""),
  TELEPORT_JWKS_URL: httpUrl.optional(),
  TELEPORT_CLUSTER_NAME: z.string().trim().optional(),
  TELEPORT_APP_URI: z.string().trim().optional(),
  OIDC_ISSUER: httpUrl.optional(),
  OIDC_CLIENT_ID: z.string().trim().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_GROUPS_CLAIM: z.string().trim().min(1).default("groups"),
  OIDC_USER_CLAIM: z.string().trim().min(1).default("preferred_username"),
  OIDC_SCOPES: z.string().trim().min(1).default("openid profile email"),
  // iron-session needs at least 32 characters of password (https://github.com/vvo/iron-session#options).
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters (e.g. openssl rand -base64 32)").optional(),
  SESSION_TTL_SECONDS: z.coerce.number().int().min(60).max(30 * 24 * 3600).default(8 * 3600),
});

function need<T>(value: T | undefined | "", name: string, issues: string[]): T {
  if (value === undefined || value === "") issues.push(`${name}: is required when AUTH_MODE is set to this mode`);
  return value as T;
}

/** Splits a comma-separated list (ADMIN_ROLES, ALLOWED_HOSTS: "a, b,c") into names, dropping empty ones. */
export function parseAdminRoles(value: string): string[] {
  return value.split(",").map((role) => role.trim()).filter((role) => role !== "");
}

/** The sign-in settings from an environment object, or an Error naming every bad variable. */
export function parseAuthEnv(source: Record<string, string | undefined>): AuthConfig {
  const raw = RawAuthEnvSchema.safeParse(Object.fromEntries(Object.entries(source).filter(([, value]) => value !== "")));
  if (!raw.success) {
    throw new Error(`Invalid sign-in environment: ${raw.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
  }
  const env = raw.data;
  const adminRoles = parseAdminRoles(env.ADMIN_ROLES);
  const allowedHosts = parseAdminRoles(env.ALLOWED_HOSTS);
  const issues: string[] = [];
  let config: AuthConfig;
  if (env.AUTH_MODE === "none") {
    config = { mode: "none", adminRoles, allowedHosts, appUrl: env.APP_URL ?? null };
  } else if (env.AUTH_MODE === "teleport") {
    config = {
      mode: "teleport",
      adminRoles,
      allowedHosts,
      appUrl: need(env.APP_URL, "APP_URL", issues),
      jwksUrl: need(env.TELEPORT_JWKS_URL, "TELEPORT_JWKS_URL", issues),
      clusterName: need(env.TELEPORT_CLUSTER_NAME, "TELEPORT_CLUSTER_NAME", issues),
      appUri: need(env.TELEPORT_APP_URI, "TELEPORT_APP_URI", issues),
    };
  } else {
    config = {
      mode: "oidc",
      adminRoles,
      allowedHosts,
      appUrl: need(env.APP_URL, "APP_URL", issues),
      issuer: need(env.OIDC_ISSUER, "OIDC_ISSUER", issues),
      clientId: need(env.OIDC_CLIENT_ID, "OIDC_CLIENT_ID", issues),
      clientSecret: need(env.OIDC_CLIENT_SECRET, "OIDC_CLIENT_SECRET", issues),
      groupsClaim: env.OIDC_GROUPS_CLAIM,
      userClaim: env.OIDC_USER_CLAIM,
      scopes: env.OIDC_SCOPES.split(/\s+/).includes("openid") ? env.OIDC_SCOPES : `openid ${env.OIDC_SCOPES}`,
      sessionSecret: need(env.SESSION_SECRET, "SESSION_SECRET", issues),
      sessionTtlSeconds: env.SESSION_TTL_SECONDS,
    };
  }
  if (issues.length > 0) throw new Error(`Invalid sign-in environment (AUTH_MODE=${env.AUTH_MODE}): ${issues.join("; ")}`);
  return config;
}
