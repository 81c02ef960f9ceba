import { useTestDatabase } from "@/tests/helpers/test-database";
import { describe, expect, test } from "vitest";
import { POST as postProject } from "@/app/api/projects/route";
import { PATCH as patchProject } from "@/app/api/projects/[id]/route";
import { POST as postRevision } from "@/app/api/projects/[id]/revisions/route";
import { POST as postShare } from "@/app/api/projects/[id]/shares/route";
import { PUT as putStep } from "@/app/api/projects/[id]/runbook/steps/[stepKey]/route";
import { POST as postAnalyze } from "@/app/api/analyze/route";
import { NOT_WELL_FORMED_MESSAGE } from "@/lib/schemas/text";
import type { Project } from "@/lib/schemas/api";
import type { Plan } from "@/lib/schemas/plan";
import { snapshot } from "@/tests/share/fixtures";
import { blueprintPlan, call, type CallResult } from "@/tests/helpers/api-request";

useTestDatabase();

/**
 * Issue 12: a lone UTF-16 surrogate in a JSON string used to answer 500 (the database driver
 * refused it) or was stored and then broke the bundle's YAML. Every string field refuses it with
 * 422 and its path, and nothing is written. High and low halves, alone and among other text.
 */
const LONE = ["\ud800", "a\udfffb", "\ud83d", "x\ude00", "\ud83d\ude00\udbff"];

function expectRefused(response: CallResult, path: string): void {
  expect(response.status).toBe(422);
  expect(response.headers.get("content-type")).toContain("application/json");
  expect(response.body).toEqual({
    error: { code: "validation_failed", message: "Some fields are not valid; see issues.", issues: [{ path, message: NOT_WELL_FORMED_MESSAGE }] },
  });
}

async function newProject(): Promise<Project> {
  const response = await call(postProject, { body: { name: "Surrogates", template: "blueprint" } });
  expect(response.status).toBe(201);
  return (response.body as { project: Project }).project;
}

describe.each(LONE)("lone surrogate %j → 422 with the field path, nothing stored", (lone) => {
  test("project name (create and rename)", async () => {
    const before = await snapshot();
    expectRefused(await call(postProject, { body: { name: `Name ${lone}`, template: "blank" } }), "name");
    expect(await snapshot()).toEqual(before);
    const project = await newProject();
    const after = await snapshot();
    expectRefused(await call(patchProject, { method: "PATCH", params: { id: project.id }, body: { name: lone } }), "name");
    expect(await snapshot()).toEqual(after);
  });

  test("revision note and plan string fields", async () => {
    const project = await newProject();
    const before = await snapshot();
    const base = { basedOn: 1, plan: blueprintPlan() };
    expectRefused(await call(postRevision, { params: { id: project.id }, body: { ...base, note: `note ${lone}` } }), "note");
    const cases: [string, (plan: Plan) => void][] = [
      ["plan.teleport.clusterName", (plan) => (plan.teleport.clusterName = `teleport${lone}.example.com`)],
      ["plan.regions.0.kubernetes.teleportNamespace", (plan) => (plan.regions[0]!.kubernetes.teleportNamespace = `tele${lone}port`)],
      ["plan.regions.0.zones.0", (plan) => (plan.regions[0]!.zones[0] = lone)],
    ];
    for (const [path, edit] of cases) {
      const plan = blueprintPlan();
      edit(plan);
      expectRefused(await call(postRevision, { params: { id: project.id }, body: { basedOn: 1, plan } }), path);
      expectRefused(await call(postAnalyze, { body: { plan } }), path);
    }
    expect(await snapshot()).toEqual(before);
  });

  test("share label and runbook step note", async () => {
    const project = await newProject();
    const before = await snapshot();
    expectRefused(await call(postShare, { params: { id: project.id }, body: { label: `for ${lone}` } }), "label");
    const stepKey = "prerequisites.tools";
    const path = `/api/projects/${project.id}/runbook/steps/${stepKey}?revision=1`;
    expectRefused(await call(putStep, { method: "PUT", params: { id: project.id, stepKey }, path, body: { done: true, note: lone } }), "note");
    expect(await snapshot()).toEqual(before);
  });
});

test("paired surrogates (an emoji) are ordinary text and are stored", async () => {
  const response = await call(postProject, { body: { name: "Plan 😀 𝔸", template: "blank" } });
  expect(response.status).toBe(201);
  expect((response.body as { project: Project }).project.name).toBe("Plan 😀 𝔸");
});
