import { describe, expect, test } from "vitest";
import type { FailureScenario } from "../analysis/types";
import { failoverCapacityRule as rule } from "./failover-capacity";
import { brief, runRule, variant } from "./test-support";

const SURVIVOR_FIELDS = {
  "aws:us-east-1": ["regions.1.proxyReplicas", "regions.1.authReplicas", "regions.2.proxyReplicas", "regions.2.authReplicas"],
  "aws:us-east-2": ["regions.0.proxyReplicas", "regions.0.authReplicas", "regions.2.proxyReplicas", "regions.2.authReplicas"],
  "aws:us-west-2": ["regions.0.proxyReplicas", "regions.0.authReplicas", "regions.1.proxyReplicas", "regions.1.authReplicas"],
};

describe("failover-capacity", () => {
  test("fires for every region whose loss the survivors cannot absorb (200,000 SSH nodes on 2 pods per region)", () => {
    const plan = variant((p) => void (p.teleport.workload.sshNodes = 200_000));
    expect(brief(runRule(rule, plan))).toEqual(
      Object.entries(SURVIVOR_FIELDS).map(([region, fields]) => ({ id: `failover-capacity:${region}`, severity: "critical", fields })),
    );
  });

  test("fires when the only Teleport region fails", () => {
    const plan = variant((p) => {
      p.regions[1]!.runsTeleport = false;
      p.regions[2]!.runsTeleport = false;
    });
    const findings = runRule(rule, plan);
    expect(brief(findings)).toEqual([
      { id: "failover-capacity:aws:us-east-1", severity: "critical", fields: ["regions.1.runsTeleport", "regions.2.runsTeleport"] },
    ]);
    expect(findings[0]?.title).toBe("Losing aws:us-east-1 leaves no Teleport region");
  });

  test("reads hasCapacity from the failure scenarios", () => {
    const plan = variant();
    const failures: FailureScenario[] = [
      {
        region: "aws:us-west-2",
        cockroach: { isQuorumKept: true, votersLost: 1, votersTotal: 5, explanation: "" },
        teleport: { usersGoTo: ["aws:us-east-2", "aws:us-east-1"], hasCapacity: false, explanation: "Short." },
        after: { grade: "degraded", gradeReason: "", leaseholderRegion: "aws:us-east-1", writeLatency: null, usersMoveTo: [] },
      },
    ];
    const findings = runRule(rule, plan, { failures });
    expect(findings.map((f) => [f.id, f.title, f.explanation])).toEqual([
      ["failover-capacity:aws:us-west-2", "Losing aws:us-west-2 overloads aws:us-east-1 and aws:us-east-2", "If aws:us-west-2 fails: Short."],
    ]);
  });

  test("silent for the template", () => {
    expect(runRule(rule, variant())).toEqual([]);
  });
});
