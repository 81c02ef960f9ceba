import { describe, expect, test } from "vitest";
import { trustedClustersProxyPeeringRule as rule } from "./trusted-clusters-proxy-peering";
import { brief, runRule, variant } from "./test-support";

describe("trusted-clusters-proxy-peering", () => {
  test("fires for trusted clusters with proxy peering", () => {
    const plan = variant((p) => void (p.teleport.trustedClusters = true));
    expect(brief(runRule(rule, plan))).toEqual([
      { id: "trusted-clusters-proxy-peering", severity: "critical", fields: ["teleport.trustedClusters", "teleport.proxyPeering.enabled"] },
    ]);
  });

  test.each([
    ["the template", variant()],
    [
      "trusted clusters without proxy peering",
      variant((p) => {
        p.teleport.trustedClusters = true;
        p.teleport.proxyPeering.enabled = false;
      }),
    ],
  ])("silent: %s", (_, plan) => {
    expect(runRule(rule, plan)).toEqual([]);
  });
});
