import type { Project, Revision, RevisionSummary } from "@/lib/schemas/api";
import type { Plan } from "@/lib/schemas/plan";

/**
 * A small HTTP client for the system suites: the JSON API over real sockets. Every call is
 * bounded by a timeout, so a hung server fails the test instead of stalling it.
 */

export type HttpResult<T = unknown> = { status: number; body: T; headers: Headers };

const TIMEOUT_MS = 20_000;

export async function request<T = unknown>(base: string, path: string, init: { method?: string; body?: unknown } = {}): Promise<HttpResult<T>> {
  const response = await fetch(`${base}${path}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: init.body === undefined ? {} : { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const text = await response.text();
  let body: unknown = text;
  if (response.headers.get("content-type")?.includes("json") && text !== "") body = JSON.parse(text);
  return { status: response.status, body: body as T, headers: response.headers };
}

export async function createProject(base: string, name: string, template: "blueprint" | "blank" = "blueprint"): Promise<Project> {
  const response = await request<{ project: Project }>(base, "/api/projects", { body: { name, template } });
  if (response.status !== 201) throw new Error(`create project: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.project;
}

export async function getProject(base: string, id: string): Promise<Project> {
  const response = await request<{ project: Project }>(base, `/api/projects/${id}`);
  if (response.status !== 200) throw new Error(`get project: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.project;
}

export async function listRevisions(base: string, id: string): Promise<RevisionSummary[]> {
  const response = await request<{ revisions: RevisionSummary[] }>(base, `/api/projects/${id}/revisions`);
  if (response.status !== 200) throw new Error(`list revisions: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.revisions;
}

export type SaveBody = { revision?: Revision; error?: { code: string; message: string; latestRevision?: number } };

export function saveRevision(base: string, id: string, basedOn: number, plan: Plan, note: string): Promise<HttpResult<SaveBody>> {
  return request<SaveBody>(base, `/api/projects/${id}/revisions`, { body: { basedOn, plan, note } });
}

/** The shape every refusal must have: `{ error: { code, message } }`. */
export function isErrorBody(body: unknown): body is { error: { code: string; message: string } } {
  if (typeof body !== "object" || body === null || !("error" in body)) return false;
  const error = (body as { error: unknown }).error;
  return typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string" && typeof (error as { message?: unknown }).message === "string";
}
