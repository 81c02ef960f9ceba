import { describe, expect, test } from "vitest";
import { zoneCountRule as rule } from "./zone-count";
import { brief, moveRegion, runRule, variant } from "./test-support";

describe("zone-count", () => {
  test("fires for a region planned with two of its three zones", () => {
    const findings = runRule(rule, variant((p) => void (p.regions[1]!.zones = ["us-east-2a", "us-east-2b"])));
    expect(brief(findings)).toEqual([{ id: "zone-count:aws:us-east-2", severity: "warning", fields: ["regions.1.zones"] }]);
    expect(findings[0]?.explanation).toContain("The region offers 1 more: us-east-2c.");
    expect(findings[0]?.fix).toBe("Use 3 zones in aws:us-east-2.");
  });

  test("says when the region itself has only two zones", () => {
    const plan = variant((p) => moveRegion(p, 2, "aws:us-west-1"));
    const [finding] = runRule(rule, plan);
    expect(finding?.id).toBe("zone-count:aws:us-west-1");
    expect(finding?.explanation).toContain("The region offers only 2 zones");
    expect(finding?.fix).toBe("Replace aws:us-west-1 with a region that has at least 3 availability zones.");
  });

  test("says when an Azure region has no availability zones", () => {
    const plan = variant((p) => {
      moveRegion(p, 2, "azure:eastus");
      p.regions[2]!.id = "azure:westus";
      p.regions[2]!.zones = ["westus"];
    });
    const [finding] = runRule(rule, plan);
    expect(finding?.id).toBe("zone-count:azure:westus");
    expect(finding?.explanation).toContain("This Azure region has no availability zones");
    expect(finding?.explanation).toContain("The bundle runs its CockroachDB nodes as one release whose locality has no zone tier.");
  });

  test("an Azure region without zones and without CockroachDB says nothing about CockroachDB releases", () => {
    const plan = variant((p) => {
      moveRegion(p, 2, "azure:eastus");
      p.regions[2]!.id = "azure:westus";
      p.regions[2]!.zones = ["westus"];
      p.regions[2]!.runsCockroach = false;
    });
    const [finding] = runRule(rule, plan);
    expect(finding?.explanation).not.toContain("one release");
  });

  test("silent with three zones everywhere", () => {
    expect(runRule(rule, variant())).toEqual([]);
  });
});
