import { readdirSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { POST as postProject } from "@/app/api/projects/route";
import { POST as postShare } from "@/app/api/projects/[id]/shares/route";
import { DELETE as deleteShare } from "@/app/api/projects/[id]/shares/[shareId]/route";
import type { Project } from "@/lib/schemas/api";
import type { CreateShareBody, CreateShareResponse } from "@/lib/server/api/share-schemas";
import { getDb } from "@/lib/server/db";
import { call, type Handler } from "@/tests/helpers/api-request";

/** Helpers for the share-link suites: projects, links, and a snapshot of everything stored. */

export async function createProject(name: string, template: "blank" | "blueprint" = "blueprint"): Promise<Project> {
  const response = await call(postProject, { body: { name, template } });
  expect(response.status).toBe(201);
  return (response.body as { project: Project }).project;
}

export async function createShare(projectId: string, body: CreateShareBody = {}): Promise<CreateShareResponse> {
  const response = await call(postShare, { params: { id: projectId }, body });
  expect(response.status).toBe(201);
  return response.body as CreateShareResponse;
}

export async function revokeShare(projectId: string, shareId: string): Promise<void> {
  const response = await call(deleteShare, { method: "DELETE", params: { id: projectId, shareId } });
  expect(response.status).toBe(200);
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Every stored row of every table, in a stable order: two equal snapshots mean nothing changed. */
export async function snapshot() {
  const db = await getDb();
  return {
    projects: await db.project.findMany({ orderBy: { id: "asc" } }),
    revisions: await db.revision.findMany({ orderBy: [{ projectId: "asc" }, { number: "asc" }] }),
    runbookSteps: await db.runbookStep.findMany({ orderBy: { id: "asc" } }),
    shareLinks: await db.shareLink.findMany({ orderBy: { id: "asc" } }),
    members: await db.projectMember.findMany({ orderBy: [{ projectId: "asc" }, { userName: "asc" }] }),
    audit: await db.auditEntry.findMany({ orderBy: { id: "asc" } }),
  };
}

export type RouteFile = { file: string; segments: string[]; template: string };

const API_DIR = path.join(process.cwd(), "app", "api");

/** Every route.ts under app/api: its file, its path segments ("[id]" kept) and its path template. */
export function routeFiles(dir = API_DIR): RouteFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return routeFiles(full);
      if (entry.name !== "route.ts") return [];
      const segments = path.relative(path.join(process.cwd(), "app"), dir).split(path.sep);
      return [{ file: full, segments, template: `/${segments.join("/")}` }];
    })
    .sort((a, b) => (a.template < b.template ? -1 : a.template > b.template ? 1 : 0));
}

export const MUTATING_METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;
export type MutatingMethod = (typeof MUTATING_METHODS)[number];

/** The route's exported handlers for the given methods. */
export async function handlersOf(route: RouteFile, methods: readonly string[]): Promise<[string, Handler][]> {
  const module = (await import(route.file)) as Record<string, unknown>;
  return methods.flatMap((method) => (typeof module[method] === "function" ? [[method, module[method] as Handler] as [string, Handler]] : []));
}

/** The concrete path and params of a route, with each dynamic segment filled from `values`. */
export function fill(route: RouteFile, values: Record<string, string>, query = ""): { path: string; params: Record<string, string> } {
  const params: Record<string, string> = {};
  const parts = route.segments.map((segment) => {
    const name = /^\[(.+)\]$/.exec(segment)?.[1];
    if (name === undefined) return segment;
    const value = values[name];
    if (value === undefined) throw new Error(`No value for [${name}] in ${route.template}: add one to the test.`);
    params[name] = value;
    return encodeURIComponent(value);
  });
  return { path: `/${parts.join("/")}${query}`, params };
}

/** Like `call`, for routes that may answer with a zip or Markdown: the body is parsed only when it is JSON. */
export async function callAny(handler: Handler, options: { path: string; params: Record<string, string>; headers?: Record<string, string> }) {
  const request = new Request(`http://planner.test${options.path}`, { headers: options.headers });
  const response = await handler(request, { params: Promise.resolve(options.params) });
  const isJson = (response.headers.get("content-type") ?? "").includes("json");
  const body: unknown = isJson ? await response.json() : await response.arrayBuffer();
  return { status: response.status, headers: response.headers, body };
}
