import { describe, expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import type { Plan } from "@/lib/schemas/plan";
import { blockRows } from "./block-rows";
import { addTotals, groupTotals, ZERO_TOTALS } from "./format";

describe("blockRows", () => {
  test("the blueprint's three regions share one row per component", () => {
    const rows = blockRows(analyzePlan(BLUEPRINT_TEMPLATE).sizing);
    expect(rows.map((r) => [r.component, r.regions.length, r.isOverride])).toEqual([
      ["cockroachdb", 3, false],
      ["teleport-auth", 3, false],
      ["teleport-proxy", 3, false],
    ]);
  });

  test("an override splits its region into its own row", () => {
    const override = { requests: { cpu: "3", memory: "6Gi" }, limits: { memory: "6Gi" } };
    const plan: Plan = {
      ...BLUEPRINT_TEMPLATE,
      regions: BLUEPRINT_TEMPLATE.regions.map((r, i) => (i === 2 ? { ...r, resources: { teleportProxy: override } } : r)),
    };
    const proxyRows = blockRows(analyzePlan(plan).sizing).filter((r) => r.component === "teleport-proxy");
    expect(proxyRows.map((r) => [r.regions, r.isOverride])).toEqual([
      [["aws:us-east-1", "aws:us-east-2"], false],
      [["aws:us-west-2"], true],
    ]);
    expect(proxyRows[1]?.resources).toEqual(override);
  });
});

describe("group totals", () => {
  test("the per-group sums add up to the core's region totals", () => {
    const { sizing } = analyzePlan(BLUEPRINT_TEMPLATE);
    for (const region of sizing.regions) {
      expect(region.groups.map(groupTotals).reduce(addTotals, ZERO_TOTALS)).toEqual(region.totals);
    }
  });
});
