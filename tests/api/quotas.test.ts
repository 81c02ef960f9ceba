import { useTestDatabase } from "@/tests/helpers/test-database";
import { afterAll, beforeAll, expect, test } from "vitest";
import { POST as postProject } from "@/app/api/projects/route";
import { POST as postRevision } from "@/app/api/projects/[id]/revisions/route";
import { resetServerEnv } from "@/lib/server/env";
import type { Project } from "@/lib/schemas/api";
import { blueprintPlan, call } from "@/tests/helpers/api-request";
import { snapshot } from "@/tests/share/fixtures";

useTestDatabase();

/** Issue 12: documented caps on projects and revisions (MAX_PROJECTS, MAX_REVISIONS_PER_PROJECT); past them 403 and nothing stored. */
beforeAll(() => {
  process.env.MAX_PROJECTS = "2";
  process.env.MAX_REVISIONS_PER_PROJECT = "3";
  resetServerEnv();
});
afterAll(() => {
  delete process.env.MAX_PROJECTS;
  delete process.env.MAX_REVISIONS_PER_PROJECT;
  resetServerEnv();
});

test("revisions: the cap's number is saved, the next is refused", async () => {
  const created = await call(postProject, { body: { name: "Capped", template: "blueprint" } });
  const project = (created.body as { project: Project }).project;
  for (const basedOn of [1, 2]) expect((await call(postRevision, { params: { id: project.id }, body: { basedOn, plan: blueprintPlan() } })).status).toBe(201);
  const before = await snapshot();
  const refused = await call(postRevision, { params: { id: project.id }, body: { basedOn: 3, plan: blueprintPlan() } });
  expect(refused.status).toBe(403);
  expect(refused.body).toEqual({ error: { code: "quota_exceeded", message: expect.stringContaining("at most 3 revisions") } });
  expect(await snapshot()).toEqual(before);
});

test("projects: the second is created, the third refused", async () => {
  expect((await call(postProject, { body: { name: "Second", template: "blank" } })).status).toBe(201);
  const before = await snapshot();
  const refused = await call(postProject, { body: { name: "Third", template: "blank" } });
  expect(refused.status).toBe(403);
  expect(refused.body).toEqual({ error: { code: "quota_exceeded", message: expect.stringContaining("maximum of 2 projects") } });
  expect(await snapshot()).toEqual(before);
});
