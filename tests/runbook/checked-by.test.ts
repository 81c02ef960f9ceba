import { useTestDatabase } from "@/tests/helpers/test-database";
import { describe, expect, test } from "vitest";
import { GET as getMarkdown } from "@/app/api/projects/[id]/runbook.md/route";
import { GET as getRunbook } from "@/app/api/projects/[id]/runbook/route";
import { PUT as putStep } from "@/app/api/projects/[id]/runbook/steps/[stepKey]/route";
import { PUT as putMember } from "@/app/api/projects/[id]/members/[user]/route";
import { POST as postRevision } from "@/app/api/projects/[id]/revisions/route";
import { POST as postShare } from "@/app/api/projects/[id]/shares/route";
import { POST as postProject } from "@/app/api/projects/route";
import { GET as getSharedRunbook } from "@/app/api/share/[token]/runbook/route";
import type { RunbookView, StepView } from "@/lib/core/runbook";
import { blueprintPlan, call, type CallOptions, type Handler } from "@/tests/helpers/api-request";
import { useTeleportMode } from "@/tests/auth/use-teleport-mode";

/**
 * Issue 11, "the history and the runbook show it": a check-off records the signed-in user, and
 * the runbook API, its Markdown and the next revision's carried-over check-off name that user;
 * undoing clears it; a share link's reader sees the progress without member names. Real
 * database, real signed identities (AUTH_MODE=teleport, keys generated here, JWKS on loopback).
 */
useTestDatabase();

const STEP = "teleport.deploy.aws:us-west-2";
const teleport = useTeleportMode("planner-admin");


async function as(user: string, handler: Handler, options: CallOptions = {}) {
  const token = await teleport.issuer.sign({ username: user, roles: ["access"] });
  return call(handler, { ...options, headers: { ...options.headers, "teleport-jwt-assertion": token } });
}

const stepOf = (view: RunbookView, key: string): StepView => view.sections.flatMap((s) => s.steps).find((s) => s.key === key)!;

/** A blueprint project owned by olivia in which eddie is an editor. */
async function project(): Promise<string> {
  const created = await as("olivia", postProject, { body: { name: "Who checked it", template: "blueprint" } });
  const id = (created.body as { project: { id: string } }).project.id;
  expect((await as("olivia", putMember, { method: "PUT", params: { id, user: "eddie" }, body: { role: "editor" } })).status).toBe(200);
  return id;
}

const runbookAs = async (user: string, id: string, revision: number) =>
  ((await as(user, getRunbook, { params: { id }, path: `/api/x?revision=${revision}` })).body as { runbook: RunbookView }).runbook;

describe("who checked a runbook step off", () => {
  test("the PUT answer, the runbook and its Markdown name the editor who checked it; undo clears the name", async () => {
    const id = await project();
    const put = await as("eddie", putStep, { method: "PUT", params: { id, stepKey: STEP }, path: "/api/x?revision=1", body: { done: true, note: "rolled out" } });
    expect(put.status).toBe(200);
    const step = (put.body as { step: StepView }).step;
    expect(step).toMatchObject({ key: STEP, checkedBy: "eddie", note: "rolled out", changedSinceCheck: false });

    // Read by someone else: the owner sees eddie, not herself.
    expect(stepOf(await runbookAs("olivia", id, 1), STEP)).toMatchObject({ checkedBy: "eddie", checkedAt: step.checkedAt });
    expect(stepOf(await runbookAs("olivia", id, 1), "teleport.deploy.aws:us-east-1")).toMatchObject({ checkedAt: null, checkedBy: "" });

    // The Markdown route answers text, which call() would parse as JSON: call it directly.
    const headers = { "teleport-jwt-assertion": await teleport.issuer.sign({ username: "olivia", roles: ["access"] }) };
    const markdown = await getMarkdown(new Request(`http://planner.test/api/projects/${id}/runbook.md?revision=1`, { headers }), { params: Promise.resolve({ id }) });
    expect(await markdown.text()).toContain(`- [x] Done ${step.checkedAt} by eddie: rolled out (\`${STEP}\`)`);

    const undone = await as("olivia", putStep, { method: "PUT", params: { id, stepKey: STEP }, path: "/api/x?revision=1", body: { done: false } });
    expect((undone.body as { step: StepView }).step).toMatchObject({ checkedAt: null, checkedBy: "" });
    expect(stepOf(await runbookAs("eddie", id, 1), STEP)).toMatchObject({ checkedAt: null, checkedBy: "" });
  });

  test("re-checking by another user names the last one; a check-off carried to the next revision keeps its checker", async () => {
    const id = await project();
    await as("eddie", putStep, { method: "PUT", params: { id, stepKey: STEP }, path: "/api/x?revision=1", body: { done: true } });
    const again = await as("olivia", putStep, { method: "PUT", params: { id, stepKey: STEP }, path: "/api/x?revision=1", body: { done: true } });
    expect((again.body as { step: StepView }).step.checkedBy).toBe("olivia");
    await as("eddie", putStep, { method: "PUT", params: { id, stepKey: STEP }, path: "/api/x?revision=1", body: { done: true } });

    expect((await as("eddie", postRevision, { params: { id }, body: { basedOn: 1, plan: blueprintPlan(), note: "same plan" } })).status).toBe(201);
    expect(stepOf(await runbookAs("olivia", id, 2), STEP)).toMatchObject({ checkedBy: "eddie", changedSinceCheck: false });
  });

  test("a share link's reader sees the check-off but not who made it", async () => {
    const id = await project();
    await as("eddie", putStep, { method: "PUT", params: { id, stepKey: STEP }, path: "/api/x?revision=1", body: { done: true } });
    const share = (await as("olivia", postShare, { params: { id }, body: { label: "for the auditors" } })).body as { token: string };
    const shared = await call(getSharedRunbook, { params: { token: share.token } });
    expect(shared.status).toBe(200);
    const step = stepOf((shared.body as { runbook: RunbookView }).runbook, STEP);
    expect(step.checkedAt).not.toBeNull();
    expect(step.checkedBy).toBe("");
    expect(shared.text).not.toContain("eddie");
  });
});
