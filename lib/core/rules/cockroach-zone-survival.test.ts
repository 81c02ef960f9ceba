import { describe, expect, test } from "vitest";
import { cockroachZoneSurvivalRule as rule } from "./cockroach-zone-survival";
import { brief, runRule, variant } from "./test-support";

describe("cockroach-zone-survival", () => {
  test.each(["enterprise", "enterprise-free", "trial"] as const)("fires for ZONE survival with a %s licence", (licence) => {
    const plan = variant((p) => {
      p.cockroachdb.survivalGoal = "zone";
      p.cockroachdb.licence = licence;
    });
    expect(brief(runRule(rule, plan))).toEqual([{ id: "cockroach-zone-survival", severity: "critical", fields: ["cockroachdb.survivalGoal"] }]);
  });

  test.each([
    ["the template (REGION survival)", variant()],
    [
      "core licence, whose ZONE survival over regions-as-zones the licence rule reports",
      variant((p) => {
        p.cockroachdb.survivalGoal = "zone";
        p.cockroachdb.licence = "core";
        p.cockroachdb.version = "24.2.5";
      }),
    ],
    [
      "fewer than three CockroachDB regions (cockroach-region-count reports it)",
      variant((p) => {
        p.cockroachdb.survivalGoal = "zone";
        p.regions[2]!.runsCockroach = false;
      }),
    ],
  ])("silent: %s", (_, plan) => {
    expect(runRule(rule, plan)).toEqual([]);
  });
});
