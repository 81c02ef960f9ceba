import { describe, expect, test } from "vitest";
import { createRuleContext } from "./context";
import { proxyAgentReconnectionRule as rule } from "./proxy-agent-reconnection";
import { proxyTunnelLoads } from "../sizing/agent-reconnection";
import { brief, runRule, variant } from "./test-support";

describe("proxy-agent-reconnection", () => {
  test("the template: 3,417 agents per region, 2 tunnels each over 2 proxies", () => {
    const plan = variant();
    const { sizing, failures } = createRuleContext(plan);
    // 10,250 agents / 3 regions = 3,416.7; × 2 tunnels / 2 proxies; doubled when a region's agents arrive.
    expect(proxyTunnelLoads(plan, sizing, failures)[0]).toEqual({ failed: "aws:us-east-1", survivor: "aws:us-east-2", proxies: 2, steadyPerProxy: 3417, afterFailurePerProxy: 6834 });
  });

  test("fires when a survivor's proxies would pass 65,000 tunnels", () => {
    const plan = variant((p) => {
      p.teleport.proxyPeering.enabled = false; // agent mesh: every agent tunnels to every proxy
      p.teleport.workload.sshNodes = 70_000;
    });
    const findings = runRule(rule, plan);
    expect(brief(findings).map((f) => f.id)).toEqual([
      "proxy-agent-reconnection:aws:us-east-2",
      "proxy-agent-reconnection:aws:us-east-1",
    ]);
    expect(findings[0]!.severity).toBe("warning");
  });

  test.each([
    ["the template", variant()],
    ["70,000 SSH nodes with proxy peering (2 tunnels each, spread over the proxies)", variant((p) => void (p.teleport.workload.sshNodes = 70_000))],
  ])("silent: %s", (_, plan) => {
    expect(runRule(rule, plan)).toEqual([]);
  });
});
