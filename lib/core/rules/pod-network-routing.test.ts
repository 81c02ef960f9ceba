import { describe, expect, test } from "vitest";
import { podNetworkRoutingRule as rule } from "./pod-network-routing";
import { brief, runRule, variant } from "./test-support";

describe("pod-network-routing", () => {
  test.each(["vpc-peering", "global-vpc"] as const)("fires for an overlay region linked by %s", (kind) => {
    const plan = variant((p) => {
      p.regions[1]!.kubernetes.podNetworking = "overlay";
      p.connectivity.kind = kind;
    });
    expect(brief(runRule(rule, plan))).toEqual([
      { id: "pod-network-routing:aws:us-east-2", severity: "critical", fields: ["regions.1.kubernetes.podNetworking", "connectivity.kind"] },
    ]);
  });

  const overlayWith = (kind: "cilium-cluster-mesh" | "service-mesh") =>
    variant((p) => {
      p.regions.forEach((r) => (r.kubernetes.podNetworking = "overlay"));
      p.connectivity.kind = kind;
    });

  test.each([
    ["the template (native pod networking)", variant()],
    ["overlay with cilium-cluster-mesh", overlayWith("cilium-cluster-mesh")],
    ["overlay with service-mesh", overlayWith("service-mesh")],
  ])("silent: %s", (_, plan) => {
    expect(runRule(rule, plan)).toEqual([]);
  });
});
