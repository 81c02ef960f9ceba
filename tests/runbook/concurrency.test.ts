import { useTestDatabase } from "@/tests/helpers/test-database";
import { expect, test } from "vitest";
import { getDb } from "@/lib/server/db";
import { createProject } from "@/lib/server/data/create-project";
import { getRunbook } from "@/lib/server/data/get-runbook";
import { saveRevision } from "@/lib/server/data/save-revision";
import { setRunbookStep } from "@/lib/server/data/set-runbook-step";
import { blueprintPlan } from "@/tests/helpers/api-request";
import { runWorkers } from "@/tests/helpers/run-workers";

const database = useTestDatabase();

test("several app instances opening a new revision's runbook at once store each step once, with the same carry-over", async () => {
  const project = await createProject({ name: "Runbook race", template: "blueprint" }, "local");
  await getRunbook(project.id, { revision: 1 });
  for (const stepKey of ["prerequisites.tools", "teleport.deploy.aws:us-east-1", "teleport.deploy.aws:us-east-2"])
    await setRunbookStep({ projectId: project.id, revision: 1, stepKey, done: true, actor: "local" });
  const plan = blueprintPlan();
  plan.regions[1]!.proxyReplicas = 3;
  await saveRevision({ projectId: project.id, basedOn: 1, plan, note: "", actor: "local" });

  const results = await runWorkers<{ total: number; done: number }>("tests/runbook/workers/first-request-worker.ts", 4, {
    DATABASE_URL: database.url,
    PROJECT_ID: project.id,
  });
  // tools and us-east-1 carry over; us-east-2's release changed, so it starts unchecked.
  expect(results).toEqual(Array(4).fill({ total: 61, done: 2 }));
  const db = await getDb();
  expect(await db.runbookStep.count({ where: { projectId: project.id, revisionNumber: 2 } })).toBe(61);
  expect(await db.runbookStep.count({ where: { projectId: project.id, revisionNumber: 2, changedSinceCheck: true } })).toBe(1);
}, 90_000);
