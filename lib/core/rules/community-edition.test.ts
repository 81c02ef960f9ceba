import { describe, expect, test } from "vitest";
import { communityEditionRule as rule } from "./community-edition";
import { brief, runRule, variant } from "./test-support";

describe("community-edition", () => {
  test("fires for the backend and for proxy peering", () => {
    const plan = variant((p) => void (p.teleport.edition = "community"));
    expect(brief(runRule(rule, plan))).toEqual([
      { id: "community-edition:cockroachdb-backend", severity: "critical", fields: ["teleport.edition"] },
      { id: "community-edition:proxy-peering", severity: "critical", fields: ["teleport.edition", "teleport.proxyPeering.enabled"] },
    ]);
  });

  test("without proxy peering only the backend finding remains", () => {
    const plan = variant((p) => {
      p.teleport.edition = "community";
      p.teleport.proxyPeering.enabled = false;
    });
    expect(runRule(rule, plan).map((f) => f.id)).toEqual(["community-edition:cockroachdb-backend"]);
  });

  test("silent for Enterprise", () => {
    expect(runRule(rule, variant())).toEqual([]);
  });
});
