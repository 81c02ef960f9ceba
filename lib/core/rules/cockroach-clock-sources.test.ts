import { describe, expect, test } from "vitest";
import { cockroachClockSourcesRule as rule } from "./cockroach-clock-sources";
import { brief, moveRegion, runRule, variant } from "./test-support";

describe("cockroach-clock-sources", () => {
  test("fires when CockroachDB spans providers", () => {
    const plan = variant((p) => moveRegion(p, 2, "gcp:us-west1"));
    const findings = runRule(rule, plan);
    expect(brief(findings)).toEqual([{ id: "cockroach-clock-sources", severity: "warning", fields: ["regions.0.id", "regions.1.id", "regions.2.id"] }]);
    expect(findings[0]!.title).toBe("CockroachDB spans AWS and Google Cloud: give every node one time source");
    expect(findings[0]!.explanation).toContain("is 200ms");
  });

  test("fires for CockroachDB on Azure alone, naming the Azure regions", () => {
    const plan = variant((p) => {
      moveRegion(p, 0, "azure:eastus");
      moveRegion(p, 1, "azure:eastus2");
      moveRegion(p, 2, "azure:westus2");
    });
    const findings = runRule(rule, plan);
    expect(brief(findings)).toEqual([{ id: "cockroach-clock-sources", severity: "warning", fields: ["regions.0.id", "regions.1.id", "regions.2.id"] }]);
    expect(findings[0]!.title).toBe("CockroachDB runs on Azure: configure the nodes' time source");
  });

  test.each([
    ["the template (AWS only)", variant()],
    ["a Google Cloud region that runs only Teleport", variant((p) => {
      moveRegion(p, 2, "gcp:us-west1");
      p.regions[2]!.runsCockroach = false;
      p.cockroachdb.secondaryRegion = null;
    })],
  ])("silent: %s", (_, plan) => {
    expect(runRule(rule, plan)).toEqual([]);
  });
});
