import { describe, expect, test } from "vitest";
import { cockroachRegionCountRule } from "./cockroach-region-count";
import { brief, runRule, variant } from "./test-support";

describe("cockroach-region-count", () => {
  test.each([
    [
      "two CockroachDB regions, REGION survival",
      variant((p) => {
        p.regions[2]!.runsCockroach = false;
      }),
      ["regions.2.runsCockroach", "cockroachdb.survivalGoal"],
    ],
    [
      "two CockroachDB regions, ZONE survival",
      variant((p) => {
        p.regions[2]!.runsCockroach = false;
        p.cockroachdb.survivalGoal = "zone";
      }),
      ["regions.2.runsCockroach"],
    ],
    [
      "a two-region plan has no region left to enable",
      variant((p) => {
        p.regions.pop();
        p.cockroachdb.survivalGoal = "zone";
      }),
      ["regions"],
    ],
  ])("fires: %s", (_, plan, fields) => {
    const findings = runRule(cockroachRegionCountRule, plan);
    expect(brief(findings)).toEqual([{ id: "cockroach-region-count", severity: "critical", fields }]);
  });

  test("names the SQL error when REGION survival is planned", () => {
    const [finding] = runRule(cockroachRegionCountRule, variant((p) => void (p.regions[2]!.runsCockroach = false)));
    expect(finding?.explanation).toContain('"at least 3 regions are required for surviving a region failure"');
    expect(finding?.regions).toEqual(["aws:us-east-1", "aws:us-east-2"]);
  });

  test("silent with three CockroachDB regions", () => {
    expect(runRule(cockroachRegionCountRule, variant())).toEqual([]);
  });
});
