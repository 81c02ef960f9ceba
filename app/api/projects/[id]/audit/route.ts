import { ProjectParamsSchema } from "@/lib/schemas/api";
import { apiRoute, json } from "@/lib/server/api/handler";
import type { AuditEntry } from "@/lib/server/api/team-schemas";
import { listAudit } from "@/lib/server/data/audit";

export const runtime = "nodejs";

// GET /api/projects/:id/audit — the project's audit log, oldest first (owners and admins)
export const GET = apiRoute({ params: ProjectParamsSchema, share: "deny", access: { project: "owner" } }, async ({ params }) =>
  json({ entries: await listAudit(params.id) } satisfies { entries: AuditEntry[] }),
);
