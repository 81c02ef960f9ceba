import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import type { Plan } from "@/lib/schemas/plan";

/**
 * Calls a route handler the way Next does: a Request plus `{ params: Promise }`. Bodies given as
 * values are sent as JSON; `rawBody` sends bytes or text as they are (for malformed input).
 */
export type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export type CallOptions = {
  method?: string;
  path?: string;
  params?: Record<string, string>;
  body?: unknown;
  rawBody?: string | Uint8Array | ReadableStream<Uint8Array>;
  headers?: Record<string, string>;
};

export type CallResult = { status: number; headers: Headers; body: unknown; text: string };

export async function call(handler: Handler, options: CallOptions = {}): Promise<CallResult> {
  const headers = new Headers(options.headers);
  let body: BodyInit | undefined;
  if (options.rawBody !== undefined) body = options.rawBody as BodyInit;
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  const init: RequestInit & { duplex?: "half" } = { method: options.method ?? (body === undefined ? "GET" : "POST"), headers, body };
  if (body instanceof ReadableStream) init.duplex = "half";
  const request = new Request(`http://planner.test${options.path ?? "/api/test"}`, init);
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: text === "" ? null : (JSON.parse(text) as unknown) };
}

/** A valid plan to edit: a deep copy of the blueprint template. */
export function blueprintPlan(): Plan {
  return structuredClone(BLUEPRINT_TEMPLATE);
}
