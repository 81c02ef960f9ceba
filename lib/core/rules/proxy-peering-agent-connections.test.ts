import { describe, expect, test } from "vitest";
import { proxyPeeringAgentConnectionsRule as rule } from "./proxy-peering-agent-connections";
import { brief, runRule, variant } from "./test-support";

describe("proxy-peering-agent-connections", () => {
  test("fires for one agent connection with proxy peering", () => {
    const plan = variant((p) => void (p.teleport.proxyPeering.agentConnectionCount = 1));
    expect(brief(runRule(rule, plan))).toEqual([
      { id: "proxy-peering-agent-connections", severity: "warning", fields: ["teleport.proxyPeering.agentConnectionCount"] },
    ]);
  });

  test.each([
    ["the template (2)", variant()],
    ["3 connections", variant((p) => void (p.teleport.proxyPeering.agentConnectionCount = 3))],
    ["1 connection but proxy peering off", variant((p) => void (p.teleport.proxyPeering = { enabled: false, agentConnectionCount: 1 }))],
  ])("silent: %s", (_, plan) => {
    expect(runRule(rule, plan)).toEqual([]);
  });
});
