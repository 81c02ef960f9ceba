import type { AuthMode } from "@/lib/server/auth/config";

/**
 * Who a request comes from, whatever the sign-in mode. `user` is the stable name stored in
 * members, revisions and the audit log (Teleport username, the OIDC user claim, or "local");
 * `roles` are Teleport roles or OIDC groups; admins are users holding one named in ADMIN_ROLES.
 */
export type Identity = {
  user: string;
  roles: readonly string[];
  isAdmin: boolean;
  mode: AuthMode;
};

/** The one user of AUTH_MODE=none: it owns everything, because only this machine can reach it. */
export const LOCAL_USER = "local";

/** The owner the 0003_teams migration gives every project that existed before sign-in. */
export const UNASSIGNED_OWNER = "unassigned";

/** User names: what a Teleport username or an OIDC claim can be, without control characters. */
export const USER_NAME_PATTERN = /^[^\u0000-\u001f\u007f]{1,200}$/u;

export function makeIdentity(mode: AuthMode, user: string, roles: readonly string[], adminRoles: readonly string[]): Identity {
  return { user, roles, mode, isAdmin: roles.some((role) => adminRoles.includes(role)) };
}

export function localIdentity(): Identity {
  return { user: LOCAL_USER, roles: [], isAdmin: true, mode: "none" };
}
