import { z } from "zod";
import { ProjectIdSchema } from "@/lib/schemas/api";
import { ProjectRoleSchema } from "@/lib/server/auth/project-role";

/**
 * Request and response shapes of the team API: members (/api/projects/:id/members), the audit
 * log (/api/projects/:id/audit) and who is signed in (/api/me). Kept out of lib/schemas/api.ts,
 * which other engineers change, so the merge stays small.
 */

const isoDateTime = z.iso.datetime();

// Next hands path segments over decoded; a name with a control character or over 200 characters
// is no user any sign-in mode can produce.
export const UserNameSchema = z
  .string()
  .min(1, { error: "A user name is required." })
  .max(200, { error: "A user name is at most 200 characters." })
  .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), { error: "A user name must not contain control characters." });

export const MemberParamsSchema = z.object({ id: ProjectIdSchema, user: UserNameSchema });
export const SetMemberBodySchema = z.strictObject({ role: ProjectRoleSchema });

export const MemberSchema = z.object({ user: z.string(), role: ProjectRoleSchema, addedBy: z.string(), createdAt: isoDateTime });
export type Member = z.infer<typeof MemberSchema>;
export const MemberListResponseSchema = z.object({ members: z.array(MemberSchema) });
export const MemberResponseSchema = z.object({ member: MemberSchema });

export const AUDIT_ACTIONS = [
  "project.created",
  "project.renamed",
  "revision.saved",
  "revision.restored",
  "waiver.added",
  "waiver.removed",
  "runbook.step.checked",
  "runbook.step.unchecked",
  "share.created",
  "share.revoked",
  "member.set",
  "member.removed",
] as const;
export const AuditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditActionSchema>;

export const AuditEntrySchema = z.object({
  id: z.string(),
  at: isoDateTime,
  actor: z.string(),
  action: z.string().meta({ description: `What happened: one of ${AUDIT_ACTIONS.join(", ")}.` }),
  revision: z.int().nullable().meta({ description: "The revision the action concerned or started from; null when none." }),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export const AuditListResponseSchema = z.object({ entries: z.array(AuditEntrySchema).meta({ description: "Oldest first." }) });

export const MeResponseSchema = z.object({
  user: z.string(),
  mode: z.enum(["none", "teleport", "oidc"]),
  isAdmin: z.boolean(),
  roles: z.array(z.string()),
  listensOnLoopbackOnly: z.boolean(),
});
export type MeResponse = z.infer<typeof MeResponseSchema>;
