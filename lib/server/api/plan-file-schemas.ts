import { z } from "zod";

/** ?format= of the plan export: the file a team keeps in Git, JSON (default) or YAML. */
export const PlanExportQuerySchema = z.object({
  format: z.enum(["json", "yaml"], { error: 'Use ?format=json or ?format=yaml.' }).default("json"),
});

export const PLAN_FILE_MEDIA_TYPES = { json: "application/json", yaml: "application/yaml" } as const;
