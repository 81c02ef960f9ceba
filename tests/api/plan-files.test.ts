import { useTestDatabase } from "@/tests/helpers/test-database";
import { beforeAll, describe, expect, test } from "vitest";
import { GET as exportPlan } from "@/app/api/projects/[id]/revisions/[number]/plan/route";
import { GET as getRevision } from "@/app/api/projects/[id]/revisions/[number]/route";
import { GET as listProjects, POST as createProject } from "@/app/api/projects/route";
import { readPlanText } from "@/lib/core/plan-file";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import { blueprintPlan, call } from "@/tests/helpers/api-request";

useTestDatabase();

let projectId = "";
beforeAll(async () => {
  const created = await call(createProject, { body: { name: "Plan files: é & co", template: "blueprint" } });
  projectId = (created.body as { project: { id: string } }).project.id;
});

/** The export answers a file, not JSON: read its text as it is. */
async function exportCall(query: string, number = "1") {
  const request = new Request(`http://planner.test/api/projects/${projectId}/revisions/${number}/plan${query}`);
  const response = await exportPlan(request, { params: Promise.resolve({ id: projectId, number }) });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe("GET /api/projects/:id/revisions/:number/plan", () => {
  test.each([
    ["", "json", "application/json; charset=utf-8"],
    ["?format=json", "json", "application/json; charset=utf-8"],
    ["?format=yaml", "yaml", "application/yaml; charset=utf-8"],
  ] as const)("%s downloads the plan as %s, with $schema naming the served schema", async (query, format, mediaType) => {
    const response = await exportCall(query);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(mediaType);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="plan-files-e-co-r1.plan.${format}"`);
    const read = readPlanText(response.text, format);
    expect(read).toEqual({ ok: true, format, value: { $schema: "http://planner.test/api/plan.schema.json", ...BLUEPRINT_TEMPLATE } });
  });

  test.each([
    ["?format=xml", "1", 400],
    ["", "9", 404],
  ])("%s of revision %s answers %i", async (query, number, status) => {
    expect((await exportCall(query, number)).status).toBe(status);
  });
});

describe("POST /api/projects with an imported plan", () => {
  test("an exported file re-imports as a new project whose revision 1 is the plan, without $schema", async () => {
    const exported = await exportCall("?format=yaml");
    const read = readPlanText(exported.text, "yaml");
    const plan = { ...(read.ok ? (read.value as object) : {}), geoDns: { ...BLUEPRINT_TEMPLATE.geoDns, ttlSeconds: 120 } };
    const created = await call(createProject, { body: { name: "Imported", template: "blank", plan } });
    expect(created.status).toBe(201);
    const project = (created.body as { project: { id: string; latestRevision: number } }).project;
    expect(project.latestRevision).toBe(1);
    const revision = await call(getRevision, { params: { id: project.id, number: "1" } });
    const stored = (revision.body as { revision: { plan: unknown; note: string } }).revision;
    expect(stored.note).toBe("Imported from a plan file.");
    expect(stored.plan).toEqual({ ...BLUEPRINT_TEMPLATE, geoDns: { ...BLUEPRINT_TEMPLATE.geoDns, ttlSeconds: 120 } });
  });

  test("an invalid plan answers 422 with every field and stores nothing", async () => {
    const before = await call(listProjects);
    const plan = blueprintPlan();
    plan.regions[0]!.proxyReplicas = 0;
    (plan as Record<string, unknown>).colour = "blue";
    const created = await call(createProject, { body: { name: "Broken import", template: "blank", plan } });
    expect(created.status).toBe(422);
    expect((created.body as { error: { issues: unknown[] } }).error.issues).toEqual([
      { path: "plan.regions.0.proxyReplicas", message: "Must be at least 1." },
      { path: "plan.colour", message: 'Unknown field "colour": remove it.' },
    ]);
    expect((await call(listProjects)).body).toEqual(before.body);
  });
});
