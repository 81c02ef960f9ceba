import { describe, expect, test } from "vitest";
import { geoDnsTtlRule as rule } from "./geodns-ttl";
import { brief, runRule, variant } from "./test-support";

describe("geodns-ttl", () => {
  test.each([
    [61, "info"],
    [300, "info"],
    [301, "warning"],
    [86_400, "warning"],
  ])("fires for %s s: %s", (ttlSeconds, severity) => {
    const plan = variant((p) => void (p.geoDns.ttlSeconds = ttlSeconds));
    expect(brief(runRule(rule, plan))).toEqual([{ id: "geodns-ttl", severity, fields: ["geoDns.ttlSeconds"] }]);
  });

  test.each([1, 30, 60])("silent for %s s", (ttlSeconds) => {
    expect(runRule(rule, variant((p) => void (p.geoDns.ttlSeconds = ttlSeconds)))).toEqual([]);
  });
});
