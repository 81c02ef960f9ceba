import { useTestDatabase } from "@/tests/helpers/test-database";
import { beforeAll, describe, expect, test } from "vitest";
import { GET as getRunbook } from "@/app/api/projects/[id]/runbook/route";
import { PATCH as patchProject } from "@/app/api/projects/[id]/route";
import type { Project } from "@/lib/schemas/api";
import type { CreateShareResponse } from "@/lib/server/api/share-schemas";
import { getDb } from "@/lib/server/db";
import { blueprintPlan, call, type Handler } from "@/tests/helpers/api-request";
import { bearer, createProject, createShare, fill, handlersOf, MUTATING_METHODS, revokeShare, routeFiles, snapshot, type RouteFile } from "./fixtures";

/**
 * Every route that can change something (every exported POST, PUT, PATCH and DELETE under
 * app/api, found by walking the folder, so a route added later is covered without editing this
 * file) refuses a request that presents a share token, valid or not, and stores nothing.
 */
useTestDatabase();

/** Bodies a route would accept without a token: the refusal must come from the token, not from the body. */
const BODIES: Record<string, (ctx: { latest: number }) => unknown> = {
  "POST /api/projects": () => ({ name: "Guest project", template: "blueprint" }),
  "PATCH /api/projects/[id]": () => ({ name: "Renamed by a guest" }),
  "POST /api/projects/[id]/revisions": ({ latest }) => ({ basedOn: latest, plan: blueprintPlan(), note: "guest edit" }),
  "POST /api/projects/[id]/revisions/[number]/restore": ({ latest }) => ({ basedOn: latest }),
  "PUT /api/projects/[id]/runbook/steps/[stepKey]": () => ({ done: true, note: "guest" }),
  "POST /api/projects/[id]/shares": () => ({ label: "guest link" }),
  "POST /api/analyze": () => ({ plan: blueprintPlan() }),
  "PUT /api/projects/[id]/members/[user]": () => ({ role: "editor" }),
};
const QUERIES: Record<string, string> = { "PUT /api/projects/[id]/runbook/steps/[stepKey]": "?revision=1" };

/** The mutating routes this suite knew about when it was written; the walk must find at least these. */
const KNOWN = Object.keys(BODIES).concat("DELETE /api/projects/[id]", "DELETE /api/projects/[id]/shares/[shareId]");

let projectA: Project;
let projectB: Project;
let active: CreateShareResponse;
let pinned: CreateShareResponse;
let revoked: CreateShareResponse;
let expired: CreateShareResponse;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  projectA = await createProject("Shared A");
  projectB = await createProject("Other B");
  // Store A's runbook steps so the step route has something it could change.
  expect((await call(getRunbook, { params: { id: projectA.id }, path: `/api/projects/${projectA.id}/runbook?revision=1` })).status).toBe(200);
  active = await createShare(projectA.id, { label: "active" });
  pinned = await createShare(projectA.id, { label: "pinned", revision: 1 });
  revoked = await createShare(projectA.id, { label: "revoked" });
  await revokeShare(projectA.id, revoked.share.id);
  expired = await createShare(projectA.id, { label: "expired", expiresInHours: 1 });
  await (await getDb()).shareLink.update({ where: { id: expired.share.id }, data: { expiresAt: new Date(Date.now() - 1_000) } });
  Object.assign(tokens, {
    valid: active.token,
    pinned: pinned.token,
    revoked: revoked.token,
    expired: expired.token,
    unknown: "A".repeat(42) + "A",
    malformed: "not-a-token",
  });
});

async function mutatingRoutes() {
  const found: { key: string; method: string; handler: Handler; route: RouteFile }[] = [];
  for (const route of routeFiles()) {
    for (const [method, handler] of await handlersOf(route, MUTATING_METHODS)) found.push({ key: `${method} ${route.template}`, method, handler, route });
  }
  return found;
}

describe("mutating routes refuse share tokens", () => {
  test("the walk finds every known mutating route", async () => {
    const keys = (await mutatingRoutes()).map((r) => r.key);
    expect(keys).toEqual(expect.arrayContaining(KNOWN));
  });

  test.each(["valid", "pinned", "revoked", "expired", "unknown", "malformed"])("%s token: every POST/PUT/PATCH/DELETE is refused and nothing changes", async (kind) => {
    const token = tokens[kind]!;
    const before = await snapshot();
    const outcomes: string[] = [];
    for (const { key, method, handler, route } of await mutatingRoutes()) {
      // The link's own project, and another project: both refused.
      for (const project of [projectA, projectB]) {
        const { path, params } = fill(route, { id: project.id, number: "1", stepKey: "prerequisites.tools", shareId: active.share.id, token, user: "guest-made-editor" }, QUERIES[key] ?? "");
        const body = (BODIES[key] ?? (() => ({})))({ latest: project.latestRevision });
        const response = await call(handler, { method, path, params, headers: bearer(token), body });
        outcomes.push(`${key} @${project === projectA ? "A" : "B"} → ${response.status} ${(response.body as { error?: { code: string } } | null)?.error?.code}`);
        expect(response.headers.get("cache-control")).toBe("private, no-store");
      }
    }
    // Writes are refused before the token is even looked up, so every kind of token gets the same 403.
    expect(outcomes.filter((line) => !line.endsWith("→ 403 share_read_only"))).toEqual([]);
    expect(outcomes.length).toBeGreaterThanOrEqual(KNOWN.length * 2);
    expect(await snapshot()).toEqual(before);
  });

  test("the same bodies are accepted without a token (control: the refusal came from the token)", async () => {
    const response = await call(patchProject, { method: "PATCH", params: { id: projectB.id }, body: { name: "Renamed by the owner" } });
    expect(response.status).toBe(200);
    expect((response.body as { project: Project }).project.name).toBe("Renamed by the owner");
    expect(response.headers.get("x-robots-tag")).toBeNull();
  });

  // Issue 11: only `Authorization: Bearer <token>`, once, counts; any other use of the header is
  // refused rather than ignored, so nobody believes a request runs with rights it does not have.
  test.each(["Basic dXNlcjpwdw==", "Bearer a b", `Bearer ${"A".repeat(43)}, Bearer ${"B".repeat(43)}`])("Authorization %j is refused (401) and nothing changes", async (authorization) => {
    const before = await snapshot();
    const response = await call(patchProject, { method: "PATCH", params: { id: projectB.id }, body: { name: "Behind a proxy" }, headers: { authorization } });
    expect(response.status).toBe(401);
    expect((response.body as { error: { code: string } }).error.code).toBe("authorization_invalid");
    expect(await snapshot()).toEqual(before);
  });
});
