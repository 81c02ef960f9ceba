import { describe, expect, test } from "vitest";
import { cockroachConnectionBudgetRule as rule } from "./cockroach-connection-budget";
import { brief, runRule, variant } from "./test-support";

describe("cockroach-connection-budget", () => {
  test("fires when a region's Auth pods need more connections than its CockroachDB vCPU serve", () => {
    // 2 vCPU × 3 nodes = 6 vCPU → 24 active connections; 4 Auth pods need 4 × (4 + 1 + 4) = 36.
    const plan = variant((p) => void (p.regions[0]!.authReplicas = 4));
    const findings = runRule(rule, plan);
    expect(brief(findings)).toEqual([
      { id: "cockroach-connection-budget:aws:us-east-1", severity: "warning", fields: ["cockroachdb.nodesPerZone", "regions.0.authReplicas"] },
    ]);
    expect(findings[0]!.title).toBe("aws:us-east-1: 4 Auth pods need 36 connections, CockroachDB there serves about 24");
  });

  test("a Teleport-only region's Auth pods count against its nearest database region", () => {
    const plan = variant((p) => {
      p.regions[2]!.runsCockroach = false;
      p.cockroachdb.secondaryRegion = null;
      // 12 vCPU in us-east-2 → 48 connections; its 2 Auth pods plus us-west-2's 6 get 6 each, 1 left for the pool.
      p.regions[2]!.authReplicas = 6;
    });
    const findings = runRule(rule, plan);
    expect(findings.map((f) => f.id)).toEqual(["cockroach-connection-budget:aws:us-east-2"]);
    expect(findings[0]!.fields).toEqual(["cockroachdb.nodesPerZone", "regions.1.authReplicas", "regions.2.authReplicas"]);
  });

  test.each([
    ["the template (2 Auth pods on 6 vCPU)", variant()],
    ["a Teleport-only region with 2 Auth pods (48 / 4 = 12 per pod)", variant((p) => {
      p.regions[2]!.runsCockroach = false;
      p.cockroachdb.secondaryRegion = null;
    })],
    ["4 Auth pods on 2 nodes per zone", variant((p) => {
      p.regions[0]!.authReplicas = 4;
      p.cockroachdb.nodesPerZone = 2;
    })],
  ])("silent: %s", (_, plan) => {
    expect(runRule(rule, plan)).toEqual([]);
  });
});
