import { describe, expect, test } from "vitest";
import { cockroachBelowProductionRule as rule } from "./cockroach-below-production";
import { createRuleContext } from "./context";
import { brief, runRule, variant } from "./test-support";

describe("cockroach-below-production", () => {
  test("reports the blueprint's 2 vCPU nodes as info", () => {
    const findings = runRule(rule, variant());
    expect(brief(findings)).toEqual([
      { id: "cockroach-below-production", severity: "info", fields: ["cockroachdb.nodesPerZone", "cockroachdb.storagePerNodeGiB"] },
    ]);
    expect(findings[0]?.explanation).toContain("appropriate for testing purposes only");
  });

  test("silent when the sizing has no notes", () => {
    const plan = variant();
    const { sizing } = createRuleContext(plan);
    const withoutNotes = { ...sizing, cockroach: { ...sizing.cockroach, belowProduction: [] } };
    expect(runRule(rule, plan, { sizing: withoutNotes })).toEqual([]);
  });
});
