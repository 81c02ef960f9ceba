import { describe, expect, test } from "vitest";
import { teleportFarFromPrimaryRule as rule } from "./teleport-far-from-primary";
import { brief, moveRegion, runRule, variant } from "./test-support";

describe("teleport-far-from-primary", () => {
  test("fires per Teleport region more than 100 ms from the primary", () => {
    const plan = variant((p) => moveRegion(p, 2, "aws:ap-northeast-1"));
    const findings = runRule(rule, plan);
    expect(brief(findings)).toEqual([
      { id: "teleport-far-from-primary:aws:ap-northeast-1", severity: "warning", fields: ["regions.2.runsTeleport", "cockroachdb.primaryRegion"] },
    ]);
    expect(findings[0]?.regions).toEqual(["aws:ap-northeast-1", "aws:us-east-1"]);
    expect(findings[0]?.explanation).toContain("#49365");
  });

  test.each([
    ["the template (us-west-2 is 64 ms from us-east-1)", variant()],
    ["a far region that runs no Teleport", variant((p) => {
      moveRegion(p, 2, "aws:ap-northeast-1");
      p.regions[2]!.runsTeleport = false;
    })],
    ["eu-central-1 at 93 ms, under the threshold", variant((p) => moveRegion(p, 2, "aws:eu-central-1"))],
  ])("silent: %s", (_, plan) => {
    expect(runRule(rule, plan)).toEqual([]);
  });
});
