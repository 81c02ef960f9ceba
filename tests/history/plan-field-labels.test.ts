import { describe, expect, test } from "vitest";
import { z } from "zod";
import { PLAN_FIELD_LABELS, planFieldLabel } from "@/lib/core/history";
import { PlanSchema } from "@/lib/schemas/plan";

/**
 * Every field the plan schema can hold, as a diff pattern: walked from the zod schema itself,
 * so a field added to lib/schemas/plan.ts without a label fails here.
 */
function schemaPatterns(schema: z.ZodType, prefix: string): string[] {
  const at = (key: string) => (prefix === "" ? key : `${prefix}.${key}`);
  if (schema instanceof z.ZodObject) return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, child]) => schemaPatterns(child, at(key)));
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return schemaPatterns(schema.unwrap() as z.ZodType, prefix);
  if (schema instanceof z.ZodPipe) return schemaPatterns(schema.in as z.ZodType, prefix);
  if (schema instanceof z.ZodUnion) return [...new Set((schema.options as z.ZodType[]).flatMap((option) => schemaPatterns(option, prefix)))];
  if (schema instanceof z.ZodArray) {
    const element = schema.element as z.ZodType;
    const entry = `${prefix}[]`;
    // Keyed arrays (regions, waivers) have a label for the whole entry as well as for its fields.
    return element instanceof z.ZodObject ? [entry, ...schemaPatterns(element, entry)] : [entry];
  }
  return [prefix];
}

describe("plan field labels", () => {
  const patterns = schemaPatterns(PlanSchema, "");

  test("the walk reaches the schema's leaves", () => {
    expect(patterns).toContain("regions[].resources.cockroach.limits.memory");
    expect(patterns).toContain("teleport.tls.issuerKind");
    expect(patterns).toContain("regions[].zones[]");
    expect(patterns.length).toBe(77);
  });

  test("every field of the schema has a label and every label names a field", () => {
    expect([...PLAN_FIELD_LABELS.keys()].sort()).toEqual([...patterns].sort());
  });

  test("labels are in schema order, which is the order changes are listed in", () => {
    expect([...PLAN_FIELD_LABELS.keys()]).toEqual(patterns);
  });

  test.each([
    ["regions[].kubernetes.podCidr", ["aws:us-west-2"], "Pod CIDR of aws:us-west-2"],
    ["regions[].zones[]", ["aws:us-east-1", "us-east-1d"], "Zone us-east-1d of aws:us-east-1"],
    ["waivers[].reason", ["geodns-ttl"], "Reason of the waiver for geodns-ttl"],
    ["teleport.proxyPeering.agentConnectionCount", [], "Proxy peering agent_connection_count"],
    ["teleport.someFutureField", [], "teleport.someFutureField"],
  ])("%s with %j → %s", (pattern, keys, label) => {
    expect(planFieldLabel(pattern, keys, pattern)).toBe(label);
  });
});
