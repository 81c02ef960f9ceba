import { z } from "zod";

/**
 * Project roles, weakest first. Owners manage members, share links, the name and deletion;
 * editors save revisions, restore, waive findings and check off runbook steps; viewers read.
 * A stronger role includes every weaker one.
 */
export const PROJECT_ROLES = ["viewer", "editor", "owner"] as const;
export const ProjectRoleSchema = z.enum(PROJECT_ROLES, { error: 'role must be "viewer", "editor" or "owner".' });
export type ProjectRole = z.infer<typeof ProjectRoleSchema>;

/** True when `held` (null: not a member) is at least `needed`. */
export function hasProjectRole(held: ProjectRole | null, needed: ProjectRole): boolean {
  return held !== null && PROJECT_ROLES.indexOf(held) >= PROJECT_ROLES.indexOf(needed);
}

/** A stored role string as a role; anything unknown counts as no role at all. */
export function toProjectRole(value: string | null | undefined): ProjectRole | null {
  const parsed = ProjectRoleSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
