import { describe, expect, test } from "vitest";
import { proxyPeeringDisabledRule as rule } from "./proxy-peering-disabled";
import { brief, runRule, variant } from "./test-support";

describe("proxy-peering-disabled", () => {
  test("fires when Teleport runs in several regions without proxy peering", () => {
    const plan = variant((p) => void (p.teleport.proxyPeering.enabled = false));
    expect(brief(runRule(rule, plan))).toEqual([{ id: "proxy-peering-disabled", severity: "warning", fields: ["teleport.proxyPeering.enabled"] }]);
  });

  test.each([
    ["the template", variant()],
    [
      "Teleport in a single region",
      variant((p) => {
        p.teleport.proxyPeering.enabled = false;
        p.regions[1]!.runsTeleport = false;
        p.regions[2]!.runsTeleport = false;
      }),
    ],
  ])("silent: %s", (_, plan) => {
    expect(runRule(rule, plan)).toEqual([]);
  });
});
