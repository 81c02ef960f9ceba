import "server-only";
import { withoutSchemaKey } from "@/lib/core/plan-file";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import type { CreateProjectBodySchema, Project } from "@/lib/schemas/api";
import type { z } from "zod";
import { getDb } from "@/lib/server/db";
import { assertProjectQuota } from "@/lib/server/data/quotas";
import { recordAudit } from "@/lib/server/data/audit";
import { newId, PROJECT_SELECT, REVISION_SELECT, toProject } from "@/lib/server/data/records";

export type CreateProjectInput = z.output<typeof CreateProjectBodySchema>;

/**
 * A new project. "blank" has no revision yet (latestRevision 0: the first save is based on 0);
 * "blueprint" starts at revision 1, a copy of the Multi-region Blueprint template, written in the
 * same statement as the project so a project never exists without its first revision. With a
 * `plan` (an imported plan file), revision 1 is that plan, written the same way.
 * The creator owns it; the audit log's first entry records who created it.
 */
export async function createProject(input: CreateProjectInput, actor: string): Promise<Project> {
  const db = await getDb();
  await assertProjectQuota(db);
  const firstRevision = input.plan
    ? { id: newId(), number: 1, basedOn: 0, note: "Imported from a plan file.", plan: JSON.stringify(withoutSchemaKey(input.plan)), createdBy: actor }
    : input.template === "blueprint"
      ? { id: newId(), number: 1, basedOn: 0, note: "Created from the Teleport Multi-region Blueprint template.", plan: JSON.stringify(BLUEPRINT_TEMPLATE), createdBy: actor }
      : undefined;
  const row = await db.$transaction(async (tx) => {
    const created = await tx.project.create({
      data: {
        id: newId(),
        name: input.name,
        latestRevision: firstRevision ? 1 : 0,
        members: { create: { userName: actor, role: "owner", addedBy: actor } },
        ...(firstRevision ? { revisions: { create: firstRevision } } : {}),
      },
      select: { ...PROJECT_SELECT, revisions: { select: REVISION_SELECT } },
    });
    await recordAudit(tx, { projectId: created.id, actor, action: "project.created", revision: firstRevision ? 1 : null, detail: { name: input.name, template: input.plan ? "imported" : input.template } });
    return created;
  });
  return toProject(row, row.revisions[0]);
}
