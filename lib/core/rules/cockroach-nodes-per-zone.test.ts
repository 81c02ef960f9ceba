import { describe, expect, test } from "vitest";
import { cockroachNodesPerZoneRule as rule } from "./cockroach-nodes-per-zone";
import { brief, runRule, variant } from "./test-support";

describe("cockroach-nodes-per-zone", () => {
  test("fires when the workload needs more nodes per zone than planned", () => {
    const plan = variant((p) => void (p.teleport.workload.sshNodes = 200_000));
    const findings = runRule(rule, plan);
    expect(brief(findings)).toEqual([{ id: "cockroach-nodes-per-zone", severity: "warning", fields: ["cockroachdb.nodesPerZone"] }]);
    expect(findings[0]?.title).toBe("1 CockroachDB node per zone; 3 recommended");
  });

  test.each([
    ["the template (1 node per zone)", variant()],
    ["more nodes than recommended", variant((p) => void (p.cockroachdb.nodesPerZone = 3))],
  ])("silent: %s", (_, plan) => {
    expect(runRule(rule, plan)).toEqual([]);
  });
});
