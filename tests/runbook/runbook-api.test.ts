import { useTestDatabase } from "@/tests/helpers/test-database";
import { describe, expect, test } from "vitest";
import { PUT as putStep } from "@/app/api/projects/[id]/runbook/steps/[stepKey]/route";
import { GET as getRunbookRoute } from "@/app/api/projects/[id]/runbook/route";
import { POST as postRevision } from "@/app/api/projects/[id]/revisions/route";
import { POST as postProject } from "@/app/api/projects/route";
import type { RunbookView, StepView } from "@/lib/core/runbook";
import type { Plan } from "@/lib/schemas/plan";
import type { Project } from "@/lib/schemas/api";
import { getDb } from "@/lib/server/db";
import { blueprintPlan, call } from "@/tests/helpers/api-request";

useTestDatabase();

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const E1 = "aws:us-east-1";
const E2 = "aws:us-east-2";
const W2 = "aws:us-west-2";
const TEMPLATE_STEPS = 61;

async function createProject(template: "blank" | "blueprint" = "blueprint"): Promise<Project> {
  const response = await call(postProject, { body: { name: "Runbook", template } });
  expect(response.status).toBe(201);
  return (response.body as { project: Project }).project;
}

async function getRunbook(id: string, query = "") {
  const response = await call(getRunbookRoute, { params: { id }, path: `/api/projects/${id}/runbook${query}` });
  return { ...response, runbook: (response.body as { runbook: RunbookView }).runbook };
}

function put(id: string, stepKey: string, revision: number | string, body: unknown) {
  return call(putStep, { method: "PUT", params: { id, stepKey }, path: `/api/projects/${id}/runbook/steps/${encodeURIComponent(stepKey)}?revision=${revision}`, body });
}

async function check(id: string, stepKey: string, revision: number, note?: string): Promise<StepView> {
  const response = await put(id, stepKey, revision, note === undefined ? { done: true } : { done: true, note });
  expect(response.status).toBe(200);
  return (response.body as { step: StepView }).step;
}

async function saveRevision(id: string, basedOn: number, edit: (plan: Plan) => void) {
  const plan = blueprintPlan();
  edit(plan);
  const response = await call(postRevision, { params: { id }, body: { basedOn, plan } });
  expect(response.status).toBe(201);
}

const stepOf = (runbook: RunbookView, key: string): StepView => {
  const step = runbook.sections.flatMap((s) => s.steps).find((s) => s.key === key);
  if (!step) throw new Error(`no step ${key}`);
  return step;
};
const stateOf = (runbook: RunbookView, key: string) => {
  const { checkedAt, note, changedSinceCheck } = stepOf(runbook, key);
  return { checkedAt, note, changedSinceCheck };
};
const storedRows = async (projectId: string, revisionNumber: number) => (await getDb()).runbookStep.count({ where: { projectId, revisionNumber } });

describe("GET /api/projects/:id/runbook", () => {
  test("the latest revision's runbook, every step unchecked, stored on first request", async () => {
    const project = await createProject();
    expect(await storedRows(project.id, 1)).toBe(0);
    const { status, runbook } = await getRunbook(project.id);
    expect(status).toBe(200);
    expect(runbook.revision).toBe(1);
    expect(runbook.currentVersion).toBe("18.10.0");
    expect(runbook.targetVersion).toBe("18.11.0");
    expect(runbook.progress).toEqual({ done: 0, total: TEMPLATE_STEPS });
    expect(runbook.sections.map((s) => [s.id, s.progress.total])).toEqual([
      ["prerequisites", 5],
      ["networks", 4],
      ["connectivity", 9],
      ["object-storage", 3],
      ["cockroachdb", 10],
      ["teleport", 6],
      ["geodns", 3],
      ["verification", 6],
      ["update", 9],
      ["cockroach-upgrade", 6],
    ]);
    expect(stepOf(runbook, `teleport.deploy.${E1}`)).toMatchObject({ checkedAt: null, note: "", changedSinceCheck: false, hash: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(await storedRows(project.id, 1)).toBe(TEMPLATE_STEPS);
  });

  test.each([
    ["?revision=abc", 400, "invalid_query"],
    ["?revision=0", 400, "invalid_query"],
    ["?targetVersion=v19", 400, "invalid_query"],
    ["?revision=7", 404, "revision_not_found"],
  ])("%s → %i %s", async (query, status, code) => {
    const project = await createProject();
    const response = await getRunbook(project.id, query);
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ error: { code } });
  });

  test("404 for an unknown project and for a project without revisions", async () => {
    expect((await getRunbook("no-such-project")).body).toMatchObject({ error: { code: "project_not_found" } });
    const blank = await createProject("blank");
    const response = await getRunbook(blank.id);
    expect(response.status).toBe(404);
    expect(response.body).toEqual({
      error: { code: "revision_not_found", message: `Project "${blank.id}" has no saved revision yet, so it has no runbook. Save the plan first.` },
    });
  });

  test("concurrent first requests store each step once", async () => {
    const project = await createProject();
    const responses = await Promise.all(Array.from({ length: 8 }, () => getRunbook(project.id)));
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(await storedRows(project.id, 1)).toBe(TEMPLATE_STEPS);
  });

  test("a refused target is explained in the update section", async () => {
    const project = await createProject();
    const { runbook } = await getRunbook(project.id, "?targetVersion=20.1.0");
    const update = runbook.sections.find((s) => s.id === "update")!;
    expect(update.steps.map((s) => s.key)).toEqual(["update.refused@20.1.0"]);
    expect(update.steps[0]!.what).toContain("Teleport must be upgraded one major version at a time");
  });

  test("another target adds its update steps without touching the progress of the rest", async () => {
    const project = await createProject();
    await getRunbook(project.id);
    await check(project.id, "prerequisites.tools", 1);
    const { runbook } = await getRunbook(project.id, "?targetVersion=19.0.0");
    expect(runbook.targetVersion).toBe("19.0.0");
    expect(runbook.sections.find((s) => s.id === "update")!.steps.map((s) => s.key)[0]).toBe("update.strategy@19.0.0");
    expect(runbook.progress).toEqual({ done: 1, total: TEMPLATE_STEPS });
    expect(await storedRows(project.id, 1)).toBe(TEMPLATE_STEPS + 9);
  });
});

describe("PUT /api/projects/:id/runbook/steps/:stepKey", () => {
  test("checks a step off with a note, then undoes it", async () => {
    const project = await createProject();
    const before = Date.now();
    const step = await check(project.id, `teleport.deploy.${E2}`, 1, "rolled out at 10:00");
    expect(step).toMatchObject({ key: `teleport.deploy.${E2}`, title: "Deploy Teleport in aws:us-east-2", note: "rolled out at 10:00", changedSinceCheck: false });
    expect(step.checkedAt).toMatch(ISO);
    expect(Date.parse(step.checkedAt!)).toBeGreaterThanOrEqual(before - 1000);

    const { runbook } = await getRunbook(project.id);
    expect(stateOf(runbook, `teleport.deploy.${E2}`)).toEqual({ checkedAt: step.checkedAt, note: "rolled out at 10:00", changedSinceCheck: false });
    expect(runbook.progress).toEqual({ done: 1, total: TEMPLATE_STEPS });
    expect(runbook.sections.find((s) => s.id === "teleport")!.progress).toEqual({ done: 1, total: 6 });

    const undone = await put(project.id, `teleport.deploy.${E2}`, 1, { done: false });
    expect(undone.status).toBe(200);
    expect((undone.body as { step: StepView }).step).toMatchObject({ checkedAt: null, note: "", changedSinceCheck: false });
    expect((await getRunbook(project.id)).runbook.progress.done).toBe(0);
  });

  test("an update step of a target never viewed can be checked off", async () => {
    const project = await createProject();
    const step = await check(project.id, "update.a.one-auth@19.0.0", 1);
    expect(step.title).toBe("Option A: scale Auth to one pod in aws:us-east-1");
    const { runbook } = await getRunbook(project.id, "?targetVersion=19.0.0");
    expect(stateOf(runbook, "update.a.one-auth@19.0.0").checkedAt).toBe(step.checkedAt);
  });

  test.each<[string, unknown, string[]]>([
    ["done missing", {}, ["done"]],
    ["done not a boolean", { done: "yes" }, ["done"]],
    ["a note over 500 characters", { done: true, note: "x".repeat(501) }, ["note"]],
    ["an unknown field", { done: true, checkedAt: "now" }, ["checkedAt"]],
  ])("422 for %s, nothing stored", async (_, body, paths) => {
    const project = await createProject();
    const response = await put(project.id, "prerequisites.tools", 1, body);
    expect(response.status).toBe(422);
    expect((response.body as { error: { issues: { path: string }[] } }).error.issues.map((i) => i.path)).toEqual(paths);
    expect((await getRunbook(project.id)).runbook.progress.done).toBe(0);
  });

  test.each([
    ["an unknown step", "prerequisites.nothing", 1, "not_found"],
    ["an unknown revision", "prerequisites.tools", 5, "revision_not_found"],
  ])("404 for %s", async (_, key, revision, code) => {
    const project = await createProject();
    const response = await put(project.id, key, revision, { done: true });
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ error: { code } });
  });

  test("404 for an unknown project, 400 without a revision, 415 without JSON", async () => {
    expect((await put("missing", "prerequisites.tools", 1, { done: true })).status).toBe(404);
    const project = await createProject();
    const noRevision = await call(putStep, { method: "PUT", params: { id: project.id, stepKey: "prerequisites.tools" }, path: "/api/x", body: { done: true } });
    expect(noRevision.status).toBe(400);
    const notJson = await call(putStep, {
      method: "PUT",
      params: { id: project.id, stepKey: "prerequisites.tools" },
      path: "/api/x?revision=1",
      rawBody: "done=true",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(notJson.status).toBe(415);
  });
});

describe("progress across revisions", () => {
  test("a new revision where one region's proxy replicas changed resets exactly the affected checked steps", async () => {
    const project = await createProject();
    const keep = ["prerequisites.tools", `networks.pod-cidr.${E2}`, `teleport.secrets.${E2}`, `teleport.deploy.${E1}`, `teleport.deploy.${W2}`, "geodns.records"];
    const reset = [`teleport.deploy.${E2}`, "verification.proxy-peering"];
    const checked = new Map<string, StepView>();
    for (const key of [...keep, ...reset]) checked.set(key, await check(project.id, key, 1, `note for ${key}`));

    await saveRevision(project.id, 1, (plan) => void (plan.regions[1]!.proxyReplicas = 3));
    const { runbook } = await getRunbook(project.id, "?revision=2");
    expect(runbook.revision).toBe(2);
    for (const key of keep) expect(stateOf(runbook, key)).toEqual({ checkedAt: checked.get(key)!.checkedAt, note: `note for ${key}`, changedSinceCheck: false });
    for (const key of reset) expect(stateOf(runbook, key)).toEqual({ checkedAt: null, note: "", changedSinceCheck: true });
    const flagged = runbook.sections.flatMap((s) => s.steps).filter((s) => s.changedSinceCheck).map((s) => s.key);
    expect(flagged).toEqual(reset);
    expect(runbook.progress).toEqual({ done: keep.length, total: TEMPLATE_STEPS });

    // Revision 1 keeps its own progress.
    const first = (await getRunbook(project.id, "?revision=1")).runbook;
    expect(first.progress.done).toBe(keep.length + reset.length);
  });

  test("a changed pod CIDR resets that region's CIDR step and the firewall steps that allow it, nothing else", async () => {
    const project = await createProject();
    const keys = [`networks.pod-cidr.${E1}`, `networks.pod-cidr.${E2}`, `connectivity.ports.${E1}`, `connectivity.ports.${E2}`, `connectivity.ports.${W2}`, `teleport.deploy.${E2}`];
    for (const key of keys) await check(project.id, key, 1);
    await saveRevision(project.id, 1, (plan) => void (plan.regions[1]!.kubernetes.podCidr = "10.19.0.0/16"));
    const { runbook } = await getRunbook(project.id);
    const flagged = runbook.sections.flatMap((s) => s.steps).filter((s) => s.changedSinceCheck).map((s) => s.key);
    expect(flagged).toEqual([`networks.pod-cidr.${E2}`, `connectivity.ports.${E1}`, `connectivity.ports.${W2}`]);
    expect(keys.filter((k) => stateOf(runbook, k).checkedAt !== null)).toEqual([`networks.pod-cidr.${E1}`, `connectivity.ports.${E2}`, `teleport.deploy.${E2}`]);
  });

  test("checking a changed step again clears the flag; unchecked changed steps start clean", async () => {
    const project = await createProject();
    await getRunbook(project.id);
    await check(project.id, `teleport.deploy.${E2}`, 1);
    await saveRevision(project.id, 1, (plan) => void (plan.regions[1]!.authReplicas = 3));
    expect(stateOf((await getRunbook(project.id)).runbook, `teleport.deploy.${E2}`).changedSinceCheck).toBe(true);
    const again = await check(project.id, `teleport.deploy.${E2}`, 2, "re-deployed");
    expect(again).toMatchObject({ changedSinceCheck: false, note: "re-deployed" });
    // Revision 3 changes the step again; it was checked in revision 2, so it is flagged again.
    await saveRevision(project.id, 2, (plan) => void (plan.regions[1]!.authReplicas = 4));
    expect(stateOf((await getRunbook(project.id)).runbook, `teleport.deploy.${E2}`)).toEqual({ checkedAt: null, note: "", changedSinceCheck: true });
    // A step never checked that changes starts clean.
    expect(stateOf((await getRunbook(project.id)).runbook, `teleport.deploy.${E1}`)).toEqual({ checkedAt: null, note: "", changedSinceCheck: false });
  });

  test("a new revision carries over from the highest stored revision below it", async () => {
    const project = await createProject();
    await check(project.id, "prerequisites.tools", 1, "from one");
    await saveRevision(project.id, 1, (plan) => void (plan.geoDns.ttlSeconds = 30));
    await saveRevision(project.id, 2, (plan) => void (plan.geoDns.ttlSeconds = 45));
    // Revision 2 was never opened: revision 3 takes its states from revision 1.
    const { runbook } = await getRunbook(project.id, "?revision=3");
    expect(stateOf(runbook, "prerequisites.tools").note).toBe("from one");
    expect(await storedRows(project.id, 2)).toBe(0);
  });
});
