import { describe, expect, test } from "vitest";
import { proxyPeeringPortRule as rule } from "./proxy-peering-port";
import { brief, runRule, variant } from "./test-support";

describe("proxy-peering-port", () => {
  test("fires when proxy peering is on and 3021 is closed", () => {
    const plan = variant((p) => void (p.connectivity.proxyPeeringPortOpen = false));
    expect(brief(runRule(rule, plan))).toEqual([{ id: "proxy-peering-port", severity: "critical", fields: ["connectivity.proxyPeeringPortOpen"] }]);
  });

  test.each([
    ["the template", variant()],
    [
      "port closed but proxy peering off",
      variant((p) => {
        p.connectivity.proxyPeeringPortOpen = false;
        p.teleport.proxyPeering.enabled = false;
      }),
    ],
  ])("silent: %s", (_, plan) => {
    expect(runRule(rule, plan)).toEqual([]);
  });
});
