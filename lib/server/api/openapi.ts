import { z } from "zod";
import { COMPONENTS, ROUTES, type ParameterDoc, type RouteDoc } from "@/lib/server/api/openapi-routes";
import { PUBLIC_PATHS } from "@/lib/server/api/openapi-team-routes";

/**
 * The OpenAPI 3.1 document, generated from the same zod schemas the handlers validate with
 * (zod 4's `z.toJSONSchema`, JSON Schema 2020-12, which OpenAPI 3.1 uses as is). Schemas are
 * converted in "input" mode: what a client may send; the responses contain no defaults or
 * transforms, so their input and output shapes are the same.
 */

type JsonSchema = Record<string, unknown>;

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "Malformed JSON, bad query string or bad path parameter.",
  403: "Refused to a share token (Authorization: Bearer): share links only read, and only their own project or revision.",
  404: "Unknown project or revision, or a share link that is not valid.",
  409: "Stale revision: the project moved on since `basedOn`; nothing was stored.",
  413: "Body larger than 1 MiB.",
  415: "Body is not JSON (Content-Type must be application/json).",
  422: "Body fails the schema; `issues` lists each field path and message.",
  500: "Unexpected server error (details only in the server log).",
  503: "Database unavailable.",
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function toJson(schema: z.ZodType): JsonSchema {
  const { $schema: _schema, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  return rest;
}

function components(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { io: "input", unrepresentable: "any", uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _schema, $id: _id, ...rest } = schema as JsonSchema;
      return [id, rest];
    }),
  );
}

function parameter(doc: ParameterDoc) {
  return { name: doc.name, in: doc.in, required: doc.required, description: doc.description, schema: toJson(doc.schema) };
}

function successContent({ success }: RouteDoc) {
  if (success.schema) return { content: { [success.mediaType ?? "application/json"]: { schema: ref(success.schema) } } };
  return success.mediaType ? { content: { [success.mediaType]: {} } } : {};
}

function operation(route: RouteDoc) {
  // Every route but the public ones answers 401 without an identity and 403 without the role.
  const authStatuses = PUBLIC_PATHS.has(route.path) || route.path.startsWith("/api/share/") ? [] : [401, 403];
  const errorStatuses = [...new Set([...route.errors, ...authStatuses, 500])].sort((a, b) => a - b);
  const responses: Record<string, unknown> = {
    [route.success.status]: { description: route.success.description, ...successContent(route) },
  };
  for (const status of errorStatuses)
    responses[status] = { description: ERROR_DESCRIPTIONS[status] ?? "Error.", content: { "application/json": { schema: ref("Error") } } };
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.parameters ? { parameters: route.parameters.map(parameter) } : {}),
    ...(route.body ? { requestBody: { required: true, content: { "application/json": { schema: ref(route.body) } } } } : {}),
    responses,
  };
}

let cached: JsonSchema | undefined;

export function buildOpenApiDocument(): JsonSchema {
  if (cached) return cached;
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ROUTES) (paths[route.path] ??= {})[route.method] = operation(route);
  cached = {
    openapi: "3.1.0",
    info: {
      title: "Multi-region planner API",
      version: "1.0.0",
      description:
        "Projects, revisions and analyses of multi-region Teleport + CockroachDB plans. Errors: `{ error: { code, message, issues? } }`; request bodies are JSON, at most 1 MiB. A request presenting a share link's token as `Authorization: Bearer <token>` is read-only: any write answers 403 share_read_only, a read outside the link's project (or pinned revision) 403 share_out_of_scope, and an unknown, revoked or expired token 404 share_link_invalid.",
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    paths,
    components: { schemas: components() },
  };
  return cached;
}
