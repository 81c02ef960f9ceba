import { useTestDatabase } from "@/tests/helpers/test-database";
import { beforeAll, describe, expect, test } from "vitest";
import { POST as postProject } from "@/app/api/projects/route";
import { DELETE as deleteProject, GET as getProject } from "@/app/api/projects/[id]/route";
import { GET as getRevisions, POST as postRevision } from "@/app/api/projects/[id]/revisions/route";
import { GET as getRevision } from "@/app/api/projects/[id]/revisions/[number]/route";
import { GET as getAnalysis } from "@/app/api/projects/[id]/revisions/[number]/analysis/route";
import { analyzePlan } from "@/lib/core/analyze";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import type { Project, Revision, RevisionSummary } from "@/lib/schemas/api";
import { blueprintPlan, call } from "@/tests/helpers/api-request";

useTestDatabase();

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const VALIDATION = { code: "validation_failed", message: "Some fields are not valid; see issues." };

async function createProject(template: "blank" | "blueprint"): Promise<Project> {
  const response = await call(postProject, { body: { name: `Revisions ${template}`, template } });
  return (response.body as { project: Project }).project;
}

async function save(id: string, body: unknown) {
  return call(postRevision, { params: { id }, body });
}

describe("POST /api/projects/:id/revisions", () => {
  test("numbers revisions 1, 2, 3 … with basedOn and note", async () => {
    const project = await createProject("blank");
    const plans = [blueprintPlan(), blueprintPlan(), blueprintPlan()];
    plans[1]!.teleport.clusterName = "second.example.org";
    plans[2]!.cockroachdb.nodesPerZone = 2;
    for (const [index, plan] of plans.entries()) {
      const response = await save(project.id, { basedOn: index, plan, ...(index === 2 ? { note: "More nodes" } : {}) });
      expect(response.status).toBe(201);
      expect(response.body).toEqual({ revision: { number: index + 1, basedOn: index, note: index === 2 ? "More nodes" : "", createdAt: expect.stringMatching(ISO), createdBy: "local", plan } });
    }
    const list = await call(getRevisions, { params: { id: project.id } });
    expect(list.status).toBe(200);
    const { revisions } = list.body as { revisions: RevisionSummary[] };
    expect(revisions.map((r) => [r.number, r.basedOn, r.note])).toEqual([
      [3, 2, "More nodes"],
      [2, 1, ""],
      [1, 0, ""],
    ]);
    const latest = await call(getProject, { params: { id: project.id } });
    expect((latest.body as { project: Project }).project).toMatchObject({ latestRevision: 3, latest: { number: 3, plan: plans[2] } });
  });

  test("409 when the base is stale, and nothing changes", async () => {
    const project = await createProject("blueprint");
    expect((await save(project.id, { basedOn: 1, plan: blueprintPlan() })).status).toBe(201);
    const before = await call(getProject, { params: { id: project.id } });
    const beforeList = await call(getRevisions, { params: { id: project.id } });

    const changed = blueprintPlan();
    changed.teleport.clusterName = "lost-edit.example.org";
    for (const basedOn of [1, 0, 3]) {
      const response = await save(project.id, { basedOn, plan: changed });
      expect(response.status).toBe(409);
      expect(response.body).toEqual({
        error: {
          code: "stale_revision",
          message: `This edit is based on revision ${basedOn}, but the project is now at revision 2. Reload the latest revision and apply your change again; nothing was saved.`,
          latestRevision: 2,
        },
      });
    }
    expect(await call(getProject, { params: { id: project.id } })).toEqual(before);
    expect(await call(getRevisions, { params: { id: project.id } })).toEqual(beforeList);
  });

  test("of several saves on the same base exactly one wins", async () => {
    const project = await createProject("blueprint");
    const responses = await Promise.all(Array.from({ length: 6 }, () => save(project.id, { basedOn: 1, plan: blueprintPlan() })));
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    const list = await call(getRevisions, { params: { id: project.id } });
    expect((list.body as { revisions: RevisionSummary[] }).revisions.map((r) => r.number)).toEqual([2, 1]);
  });

  test("404 for an unknown project", async () => {
    const response = await save("unknownProject00", { basedOn: 0, plan: blueprintPlan() });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: { code: "project_not_found", message: 'No project with id "unknownProject00" exists (it may have been deleted).' } });
  });

  test("422 with the exact field path for a bad CIDR", async () => {
    const project = await createProject("blank");
    const plan = blueprintPlan();
    plan.regions[0]!.kubernetes.podCidr = "10.16.0.0/33";
    const response = await save(project.id, { basedOn: 0, plan });
    expect(response.status).toBe(422);
    expect(response.body).toEqual({
      error: { ...VALIDATION, issues: [{ path: "plan.regions.0.kubernetes.podCidr", message: "Use an IPv4 CIDR such as 10.16.0.0/14 (network address, then /0 to /32)." }] },
    });
    expect((await call(getProject, { params: { id: project.id } })).body).toMatchObject({ project: { latestRevision: 0, latest: null } });
  });

  test("422 for an unknown region id, with its path", async () => {
    const project = await createProject("blank");
    const plan = blueprintPlan() as unknown as { regions: { id: string }[] };
    plan.regions[2]!.id = "aws:mars-north-1";
    const response = await save(project.id, { basedOn: 0, plan });
    expect(response.status).toBe(422);
    const { issues } = (response.body as { error: { issues: { path: string; message: string }[] } }).error;
    expect(issues).toContainEqual({ path: "plan.regions.2.id", message: "Unknown region: it is not in the catalog of AWS, Google Cloud and Azure regions." });
  });

  test.each([
    [{ basedOn: -1 }, [{ path: "basedOn", message: "basedOn must be 0 or more." }]],
    [{ basedOn: 1.5 }, [{ path: "basedOn", message: "basedOn must be a whole number: the revision this edit started from (0 for the first)." }]],
    [{ basedOn: "0" }, [{ path: "basedOn", message: "basedOn must be a whole number: the revision this edit started from (0 for the first)." }]],
    [{ basedOn: undefined }, [{ path: "basedOn", message: "Required." }]],
    [{ note: "n".repeat(501) }, [{ path: "note", message: "The note must be at most 500 characters." }]],
    [{ plan: undefined }, [{ path: "plan", message: "Required." }]],
  ])("422 for %j", async (override, issues) => {
    const project = await createProject("blank");
    const response = await save(project.id, { basedOn: 0, plan: blueprintPlan(), ...override });
    expect(response.status).toBe(422);
    expect(response.body).toEqual({ error: { ...VALIDATION, issues } });
  });
});

describe("GET /api/projects/:id/revisions/:number", () => {
  let project: Project;
  beforeAll(async () => {
    project = await createProject("blueprint");
  });

  test("returns the revision with its plan", async () => {
    const response = await call(getRevision, { params: { id: project.id, number: "1" } });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ revision: project.latest });
    expect((response.body as { revision: Revision }).revision.plan).toEqual(BLUEPRINT_TEMPLATE);
  });

  test.each(["2", "999999999"])("404 for revision %s, which does not exist", async (number) => {
    const response = await call(getRevision, { params: { id: project.id, number } });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: { code: "revision_not_found", message: `Project "${project.id}" has no revision ${number}.` } });
  });

  test.each(["0", "-1", "1.5", "abc", "01", "1e3", "1234567890"])("400 for revision number %s", async (number) => {
    const response = await call(getRevision, { params: { id: project.id, number } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: {
        code: "invalid_parameter",
        message: "The address names something that cannot exist: check the id or revision number.",
        issues: [{ path: "number", message: "A revision number is a whole number from 1 upwards." }],
      },
    });
  });

  test("404 for an unknown project", async () => {
    const response = await call(getRevision, { params: { id: "unknownProject00", number: "1" } });
    expect(response.status).toBe(404);
    expect((response.body as { error: { code: string } }).error.code).toBe("project_not_found");
  });
});

describe("GET /api/projects/:id/revisions/:number/analysis", () => {
  test("returns the analysis of that revision", async () => {
    const project = await createProject("blueprint");
    const response = await call(getAnalysis, { params: { id: project.id, number: "1" } });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ analysis: JSON.parse(JSON.stringify(analyzePlan(BLUEPRINT_TEMPLATE))) });
  });

  test("a repeated read is served from the cache with the same body, and still 404s once the project is gone", async () => {
    const project = await createProject("blueprint");
    const first = await call(getAnalysis, { params: { id: project.id, number: "1" } });
    const second = await call(getAnalysis, { params: { id: project.id, number: "1" } });
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect((await call(deleteProject, { params: { id: project.id } })).status).toBe(204);
    const gone = await call(getAnalysis, { params: { id: project.id, number: "1" } });
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual({ error: { code: "project_not_found", message: expect.any(String) } });
  });

  test("404 for an unknown revision", async () => {
    const project = await createProject("blank");
    const response = await call(getAnalysis, { params: { id: project.id, number: "1" } });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: { code: "revision_not_found", message: `Project "${project.id}" has no revision 1.` } });
  });
});
