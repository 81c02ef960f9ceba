import { prettyJson } from "@/lib/core/bundle/serialize/json";
import { toYaml } from "@/lib/core/bundle/serialize/yaml";
import type { Plan } from "@/lib/schemas/plan";
import type { PlanFileFormat } from "./read-plan-text";

/**
 * A plan as a file to keep in Git: `$schema` first (so editors validate and complete it as it
 * is typed), then the plan's own fields in the order they are stored. YAML goes through the
 * bundle's serializer, which quotes every string a YAML 1.1 or 1.2 reader could take for
 * something else, and carries the yaml-language-server modeline too
 * (https://github.com/redhat-developer/yaml-language-server#using-inlined-schema).
 * Reading the file back (readPlanText, then the plan schema) gives the same plan.
 */
export function writePlanFile(plan: Plan, format: PlanFileFormat, schemaUrl: string): string {
  const { $schema: _old, ...fields } = plan;
  const withSchema = { $schema: schemaUrl, ...fields };
  if (format === "json") return prettyJson(withSchema);
  return toYaml(withSchema, [`yaml-language-server: $schema=${schemaUrl}`]);
}

/** The plan without `$schema`: what a plan file stores once imported (the address is the file's, not the plan's). */
export function withoutSchemaKey(plan: Plan): Plan {
  const { $schema: _schema, ...rest } = plan;
  return rest;
}
