import { useTestDatabase } from "@/tests/helpers/test-database";
import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/server/db";
import { createProject } from "@/lib/server/data/create-project";
import { deleteProject } from "@/lib/server/data/delete-project";
import { saveRevision } from "@/lib/server/data/save-revision";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";

useTestDatabase();

const step = (projectId: string, stepKey: string) => ({
  id: `${projectId}-${stepKey}`,
  projectId,
  revisionNumber: 1,
  stepKey,
  section: "prepare",
  position: 0,
  contentHash: "abc",
});

describe("foreign keys", () => {
  test("deleting a project removes its revisions and runbook steps, and only those", async () => {
    const db = await getDb();
    const doomed = await createProject({ name: "Doomed", template: "blueprint" }, "local");
    const kept = await createProject({ name: "Kept", template: "blueprint" }, "local");
    await saveRevision({ projectId: doomed.id, basedOn: 1, plan: BLUEPRINT_TEMPLATE, note: "", actor: "local" });
    await db.runbookStep.createMany({ data: [step(doomed.id, "a"), step(doomed.id, "b"), step(kept.id, "a")] });

    await deleteProject(doomed.id);

    expect(await db.revision.count({ where: { projectId: doomed.id } })).toBe(0);
    expect(await db.runbookStep.count({ where: { projectId: doomed.id } })).toBe(0);
    expect(await db.revision.count({ where: { projectId: kept.id } })).toBe(1);
    expect(await db.runbookStep.count({ where: { projectId: kept.id } })).toBe(1);
  });

  test("a runbook step or revision cannot point at a missing project", async () => {
    const db = await getDb();
    await expect(db.runbookStep.create({ data: step("missingProject00", "a") })).rejects.toMatchObject({ code: "P2003" });
    await expect(db.revision.create({ data: { id: "r1", projectId: "missingProject00", number: 1, basedOn: 0, plan: "{}" } })).rejects.toMatchObject({ code: "P2003" });
  });

  test("a project cannot hold two revisions with the same number", async () => {
    const db = await getDb();
    const project = await createProject({ name: "Unique", template: "blueprint" }, "local");
    await expect(db.revision.create({ data: { id: "dup", projectId: project.id, number: 1, basedOn: 0, plan: "{}" } })).rejects.toMatchObject({ code: "P2002" });
  });
});
