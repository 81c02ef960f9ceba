import { useTestDatabase } from "@/tests/helpers/test-database";
import { describe, expect, test } from "vitest";
import { GET as getProjects, POST as postProject } from "@/app/api/projects/route";
import { DELETE as deleteProject, GET as getProject, PATCH as patchProject } from "@/app/api/projects/[id]/route";
import { GET as getRevisions, POST as postRevision } from "@/app/api/projects/[id]/revisions/route";
import { analyzePlan } from "@/lib/core/analyze";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import type { Project, ProjectSummary } from "@/lib/schemas/api";
import { blueprintPlan, call } from "@/tests/helpers/api-request";

useTestDatabase();

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

async function create(name: string, template: "blueprint" | "blank" = "blank"): Promise<Project> {
  const response = await call(postProject, { body: { name, template } });
  expect(response.status).toBe(201);
  return (response.body as { project: Project }).project;
}

async function list(q?: string): Promise<ProjectSummary[]> {
  const response = await call(getProjects, { path: q === undefined ? "/api/projects" : `/api/projects?q=${encodeURIComponent(q)}` });
  expect(response.status).toBe(200);
  return (response.body as { projects: ProjectSummary[] }).projects;
}

describe("POST /api/projects", () => {
  test("blank creates a project without revisions", async () => {
    const response = await call(postProject, { body: { name: "  Blank one  ", template: "blank" } });
    expect(response.status).toBe(201);
    const { project } = response.body as { project: Project };
    expect(project).toEqual({ id: expect.stringMatching(/^[A-Za-z0-9_-]{16}$/), name: "Blank one", createdAt: expect.stringMatching(ISO), updatedAt: expect.stringMatching(ISO), latestRevision: 0, latest: null });
  });

  test("blueprint creates revision 1 holding the template", async () => {
    const project = await create("From blueprint", "blueprint");
    expect(project.latestRevision).toBe(1);
    expect(project.latest).toEqual({ number: 1, basedOn: 0, note: "Created from the Teleport Multi-region Blueprint template.", createdAt: expect.stringMatching(ISO), createdBy: "local", plan: BLUEPRINT_TEMPLATE });
  });

  test.each([
    [{ name: "", template: "blank" }, [{ path: "name", message: "Give the project a name." }]],
    [{ name: "x".repeat(121), template: "blank" }, [{ path: "name", message: "The project name must be at most 120 characters." }]],
    [{ name: "a\nb", template: "blank" }, [{ path: "name", message: "The project name must not contain control characters or line breaks." }]],
    [{ name: "ok", template: "other" }, [{ path: "template", message: 'Choose a template: "blueprint" or "blank".' }]],
    [{ template: "blank" }, [{ path: "name", message: "Required." }]],
    [{ name: 5, template: "blank" }, [{ path: "name", message: "The project name must be text." }]],
    [{ name: "ok", template: "blank", extra: 1 }, [{ path: "extra", message: 'Unknown field "extra": remove it.' }]],
  ])("422 for %j", async (body, issues) => {
    const response = await call(postProject, { body });
    expect(response.status).toBe(422);
    expect(response.body).toEqual({ error: { code: "validation_failed", message: "Some fields are not valid; see issues.", issues } });
  });
});

describe("GET /api/projects/:id", () => {
  test("returns the project with its latest revision", async () => {
    const created = await create("Read me", "blueprint");
    const response = await call(getProject, { params: { id: created.id } });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ project: created });
  });

  test("404 for an unknown id", async () => {
    const response = await call(getProject, { params: { id: "doesNotExist0000" } });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: { code: "project_not_found", message: 'No project with id "doesNotExist0000" exists (it may have been deleted).' } });
  });

  test("400 for an id that cannot exist", async () => {
    const response = await call(getProject, { params: { id: "../etc/passwd" } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: {
        code: "invalid_parameter",
        message: "The address names something that cannot exist: check the id or revision number.",
        issues: [{ path: "id", message: "A project id contains only letters, digits, - and _." }],
      },
    });
  });
});

describe("PATCH /api/projects/:id", () => {
  test("renames and moves updatedAt, keeping revisions", async () => {
    const created = await create("Old name", "blueprint");
    await new Promise((resolve) => setTimeout(resolve, 5));
    const response = await call(patchProject, { method: "PATCH", params: { id: created.id }, body: { name: "New name" } });
    expect(response.status).toBe(200);
    const { project } = response.body as { project: Project };
    expect(project).toEqual({ ...created, name: "New name", updatedAt: expect.stringMatching(ISO) });
    expect(project.updatedAt > created.updatedAt).toBe(true);
  });

  test("404 for an unknown id, 422 for a bad name", async () => {
    expect((await call(patchProject, { method: "PATCH", params: { id: "nope" }, body: { name: "x" } })).status).toBe(404);
    const created = await create("Keep");
    const bad = await call(patchProject, { method: "PATCH", params: { id: created.id }, body: { name: "   " } });
    expect(bad.status).toBe(422);
    expect(bad.body).toEqual({ error: { code: "validation_failed", message: "Some fields are not valid; see issues.", issues: [{ path: "name", message: "Give the project a name." }] } });
  });
});

describe("DELETE /api/projects/:id", () => {
  test("204, then the project and its revisions are gone", async () => {
    const created = await create("Doomed", "blueprint");
    const second = await call(postRevision, { params: { id: created.id }, body: { basedOn: 1, plan: blueprintPlan() } });
    expect(second.status).toBe(201);
    const response = await call(deleteProject, { method: "DELETE", params: { id: created.id } });
    expect(response.status).toBe(204);
    expect(response.text).toBe("");
    expect((await call(getProject, { params: { id: created.id } })).status).toBe(404);
    expect((await call(getRevisions, { params: { id: created.id } })).status).toBe(404);
    expect((await call(deleteProject, { method: "DELETE", params: { id: created.id } })).status).toBe(404);
  });
});

describe("GET /api/projects", () => {
  test("lists newest change first with summaries of the latest revision", async () => {
    const blank = await create("Listing blank");
    const blueprint = await create("Listing blueprint", "blueprint");
    const projects = await list("listing");
    const analysis = analyzePlan(BLUEPRINT_TEMPLATE);
    const open = analysis.findings.filter((finding) => !finding.waiver);
    expect(projects).toEqual([
      {
        id: blueprint.id, name: "Listing blueprint", createdAt: blueprint.createdAt, updatedAt: blueprint.updatedAt, latestRevision: 1,
        regions: ["aws:us-east-1", "aws:us-east-2", "aws:us-west-2"], worst: analysis.summary.worst, openFindings: open.length, role: "owner",
      },
      { id: blank.id, name: "Listing blank", createdAt: blank.createdAt, updatedAt: blank.updatedAt, latestRevision: 0, regions: [], worst: null, openFindings: 0, role: "owner" },
    ]);
  });

  test("saving a revision moves the project to the top and updates its summary", async () => {
    const first = await create("Order first", "blueprint");
    await create("Order second", "blueprint");
    await new Promise((resolve) => setTimeout(resolve, 5));
    const plan = blueprintPlan();
    const waivers = analyzePlan(plan).findings.map((finding) => ({ findingId: finding.id, reason: "Accepted for the test.", waivedAt: "2026-01-01T00:00:00.000Z" }));
    plan.waivers = waivers;
    expect((await call(postRevision, { params: { id: first.id }, body: { basedOn: 1, plan } })).status).toBe(201);
    const projects = await list("order");
    expect(projects.map((p) => [p.name, p.latestRevision, p.worst, p.openFindings])).toEqual([
      ["Order first", 2, null, 0],
      ["Order second", 1, analyzePlan(BLUEPRINT_TEMPLATE).summary.worst, analyzePlan(BLUEPRINT_TEMPLATE).findings.length],
    ]);
  });

  test.each([
    ["ÜBER", ["Über-Plan"]],
    ["über", ["Über-Plan"]],
    ["plan", ["Über-Plan", "Plan_100%"]],
    ["100%", ["Plan_100%"]],
    ["_", ["Plan_100%"]],
    ["zzz", []],
  ])("q=%s filters by name, case-insensitive, literally", async (q, names) => {
    if ((await list("über")).length === 0) {
      await create("Plan_100%");
      await create("Über-Plan");
    }
    expect((await list(q)).map((p) => p.name)).toEqual(names);
  });

  test("400 for a query that is too long", async () => {
    const response = await call(getProjects, { path: `/api/projects?q=${"a".repeat(121)}` });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: { code: "invalid_query", message: "The query string is not valid.", issues: [{ path: "q", message: "The search text must be at most 120 characters." }] },
    });
  });
});
