/** The error body every API route returns (see the API contract in the team brief). */
export type ApiErrorBody = {
  error: { code: string; message: string; issues?: { path: string; message: string }[]; latestRevision?: number };
};

/** A failed API call: HTTP status plus the server's code and person-readable message. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: { path: string; message: string }[];
  readonly latestRevision: number | null;

  constructor(status: number, body: ApiErrorBody["error"]) {
    super(body.message);
    this.name = "ApiError";
    this.status = status;
    this.code = body.code;
    this.issues = body.issues ?? [];
    this.latestRevision = typeof body.latestRevision === "number" ? body.latestRevision : null;
  }
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== "object" || value === null || !("error" in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === "object" && error !== null && typeof (error as { message?: unknown }).message === "string";
}

/** Message for an error state: the server's words when it gave some, else what to do next. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof TypeError) return "The planner's server cannot be reached. Check that it is running, then retry.";
  return "Something went wrong. Retry; if it keeps failing, reload the page.";
}

/**
 * fetch for the planner's JSON API: sends JSON, parses JSON, and throws ApiError for any
 * non-2xx answer (with a generic message when the body is not the API's error shape).
 */
export async function apiFetch<T>(path: string, init?: { method?: string; body?: unknown; signal?: AbortSignal }): Promise<T> {
  const response = await fetch(path, {
    method: init?.method ?? "GET",
    headers: init?.body === undefined ? { accept: "application/json" } : { accept: "application/json", "content-type": "application/json" },
    body: init?.body === undefined ? undefined : JSON.stringify(init.body),
    signal: init?.signal,
  });
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown = undefined;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!response.ok) {
    const fallback = { code: `http_${response.status}`, message: `The server answered ${response.status} ${response.statusText}. Retry in a moment.` };
    throw new ApiError(response.status, isErrorBody(parsed) ? parsed.error : fallback);
  }
  return parsed as T;
}
