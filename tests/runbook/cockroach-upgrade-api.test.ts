import { useTestDatabase } from "@/tests/helpers/test-database";
import { describe, expect, test } from "vitest";
import { PUT as putStep } from "@/app/api/projects/[id]/runbook/steps/[stepKey]/route";
import { GET as getRunbookRoute } from "@/app/api/projects/[id]/runbook/route";
import { POST as postProject } from "@/app/api/projects/route";
import type { RunbookView, StepView } from "@/lib/core/runbook";
import type { Project } from "@/lib/schemas/api";
import { call } from "@/tests/helpers/api-request";

useTestDatabase();

async function createProject(): Promise<Project> {
  const response = await call(postProject, { body: { name: "CockroachDB upgrade", template: "blueprint" } });
  expect(response.status).toBe(201);
  return (response.body as { project: Project }).project;
}

const getRunbook = (id: string, query: string) => call(getRunbookRoute, { params: { id }, path: `/api/projects/${id}/runbook${query}` });
const sectionKeys = (body: unknown) =>
  (body as { runbook: RunbookView }).runbook.sections.find((s) => s.id === "cockroach-upgrade")!.steps.map((s) => s.key);

describe("the runbook API's CockroachDB target", () => {
  test("cockroachTargetVersion picks the CockroachDB upgrade the section plans, apart from the Teleport target", async () => {
    const project = await createProject();
    const response = await getRunbook(project.id, "?cockroachTargetVersion=26.3.0&targetVersion=19.0.0");
    expect(response.status).toBe(200);
    const runbook = (response.body as { runbook: RunbookView }).runbook;
    expect([runbook.targetVersion, runbook.cockroachCurrentVersion, runbook.cockroachTargetVersion]).toEqual(["19.0.0", "26.2.1", "26.3.0"]);
    expect(sectionKeys(response.body)[0]).toBe("cockroach-upgrade.path@26.3.0");
  });

  test("a malformed CockroachDB target is a 400 naming the parameter", async () => {
    const project = await createProject();
    const response = await getRunbook(project.id, "?cockroachTargetVersion=26.x");
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain("cockroachTargetVersion");
  });

  test("a CockroachDB upgrade step is checked off against the runbook of its own target", async () => {
    const project = await createProject();
    const key = "cockroach-upgrade.region.aws:us-west-2@26.3.0";
    const response = await call(putStep, {
      method: "PUT",
      params: { id: project.id, stepKey: key },
      path: `/api/projects/${project.id}/runbook/steps/${encodeURIComponent(key)}?revision=1`,
      body: { done: true, note: "rolled" },
    });
    expect(response.status).toBe(200);
    expect((response.body as { step: StepView }).step).toMatchObject({ key, note: "rolled" });
    const after = await getRunbook(project.id, "?cockroachTargetVersion=26.3.0");
    const step = (after.body as { runbook: RunbookView }).runbook.sections.flatMap((s) => s.steps).find((s) => s.key === key);
    expect(step?.checkedAt).not.toBeNull();
  });
});
