import { z } from "zod";
import { PlanSchema } from "@/lib/schemas/plan";

/** Where the app serves the schema; exported plan files name it in `$schema`. */
export const PLAN_SCHEMA_PATH = "/api/plan.schema.json";

type JsonSchema = Record<string, unknown>;

let cached: JsonSchema | undefined;

/**
 * The plan's JSON Schema (draft 2020-12), generated from the zod plan schema so the two cannot
 * drift apart (zod 4 `z.toJSONSchema`, https://zod.dev/json-schema). "input" mode: it describes
 * what a plan file may contain. Checks that need the catalog (known regions and zones, the
 * primary region being a CockroachDB region) are code, not schema: an editor completes and
 * checks the shape, and `planner check` or a save reports the rest with field paths.
 */
export function planJsonSchema(): JsonSchema {
  cached ??= {
    ...(z.toJSONSchema(PlanSchema, { io: "input", unrepresentable: "any" }) as JsonSchema),
    title: "Multi-region planner plan (schemaVersion 1)",
    description:
      "A multi-region Teleport deployment backed by CockroachDB, as the multi-region planner stores it. Region and zone ids must be in the planner's catalog; `npx planner check` reports those checks.",
  };
  return cached;
}
