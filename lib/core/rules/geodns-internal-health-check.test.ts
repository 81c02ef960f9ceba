import { describe, expect, test } from "vitest";
import { geoDnsInternalHealthCheckRule as rule } from "./geodns-internal-health-check";
import { brief, runRule, variant } from "./test-support";

describe("geodns-internal-health-check", () => {
  test("fires for Route 53 health checks on internal proxy load balancers", () => {
    const plan = variant((p) => void (p.teleport.proxyLoadBalancer = "internal"));
    expect(brief(runRule(rule, plan))).toEqual([
      { id: "geodns-internal-health-check", severity: "warning", fields: ["teleport.proxyLoadBalancer", "geoDns.healthCheck.enabled"] },
    ]);
  });

  test.each([
    ["the template (no load balancer scheme: internet-facing)", variant()],
    ["an explicit internet-facing load balancer", variant((p) => void (p.teleport.proxyLoadBalancer = "internet-facing"))],
    ["internal load balancers without health checks", variant((p) => {
      p.teleport.proxyLoadBalancer = "internal";
      p.geoDns.healthCheck.enabled = false;
    })],
    ["internal load balancers with another DNS provider", variant((p) => {
      p.teleport.proxyLoadBalancer = "internal";
      p.geoDns.provider = "cloudflare";
    })],
  ])("silent: %s", (_, plan) => {
    expect(runRule(rule, plan)).toEqual([]);
  });
});
