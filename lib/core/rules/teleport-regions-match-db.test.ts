import { describe, expect, test } from "vitest";
import { teleportRegionsMatchDbRule as rule } from "./teleport-regions-match-db";
import { brief, runRule, variant } from "./test-support";

describe("teleport-regions-match-db", () => {
  test("fires for two Teleport regions that are not the primary and secondary", () => {
    const plan = variant((p) => void (p.regions[1]!.runsTeleport = false));
    expect(brief(runRule(rule, plan))).toEqual([
      { id: "teleport-regions-match-db", severity: "warning", fields: ["regions.2.runsTeleport", "cockroachdb.primaryRegion", "cockroachdb.secondaryRegion"] },
    ]);
  });

  test.each([
    ["three Teleport regions (the template)", variant()],
    ["Teleport in the primary and secondary only", variant((p) => void (p.regions[2]!.runsTeleport = false))],
  ])("silent: %s", (_, plan) => {
    expect(runRule(rule, plan)).toEqual([]);
  });
});
