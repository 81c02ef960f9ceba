import { describe, expect, test } from "vitest";
import { cockroachSecondaryRegionRule as rule } from "./cockroach-secondary-region";
import { brief, runRule, variant } from "./test-support";

describe("cockroach-secondary-region", () => {
  test("fires for REGION survival without a secondary region", () => {
    const plan = variant((p) => void (p.cockroachdb.secondaryRegion = null));
    expect(brief(runRule(rule, plan))).toEqual([{ id: "cockroach-secondary-region", severity: "warning", fields: ["cockroachdb.secondaryRegion"] }]);
  });

  test.each([
    ["the template", variant()],
    [
      "ZONE survival without a secondary region",
      variant((p) => {
        p.cockroachdb.survivalGoal = "zone";
        p.cockroachdb.secondaryRegion = null;
      }),
    ],
  ])("silent: %s", (_, plan) => {
    expect(runRule(rule, plan)).toEqual([]);
  });
});
