import { describe, expect, test } from "vitest";
import { teleportReplicasRule as rule } from "./teleport-replicas";
import { brief, runRule, variant } from "./test-support";

describe("teleport-replicas", () => {
  test("fires per region below the recommended replicas", () => {
    const plan = variant((p) => {
      p.regions[0]!.proxyReplicas = 1;
      p.regions[2]!.authReplicas = 1;
    });
    const findings = runRule(rule, plan);
    expect(brief(findings)).toEqual([
      { id: "teleport-replicas:aws:us-east-1", severity: "warning", fields: ["regions.0.proxyReplicas"] },
      { id: "teleport-replicas:aws:us-west-2", severity: "warning", fields: ["regions.2.authReplicas"] },
    ]);
    expect(findings[0]?.fix).toBe("Set proxy replicas to 2 in aws:us-east-1.");
  });

  test("follows the sizing as the workload grows (200,000 SSH nodes recommend 4 of each)", () => {
    const plan = variant((p) => void (p.teleport.workload.sshNodes = 200_000));
    const findings = runRule(rule, plan);
    expect(brief(findings)).toEqual(
      [0, 1, 2].map((i) => ({
        id: `teleport-replicas:${plan.regions[i]!.id}`,
        severity: "warning",
        fields: [`regions.${i}.proxyReplicas`, `regions.${i}.authReplicas`],
      })),
    );
  });

  test.each([
    ["the template (2 and 2, as recommended)", variant()],
    ["a region without Teleport and 1 replica", variant((p) => Object.assign(p.regions[2]!, { runsTeleport: false, proxyReplicas: 1, authReplicas: 1 }))],
  ])("silent: %s", (_, plan) => {
    expect(runRule(rule, plan)).toEqual([]);
  });
});
