import { describe, expect, test } from "vitest";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import { blankPlan, planDifferences, removeRegion, summarizePlan, validatePlan } from "./index";

describe("planDifferences", () => {
  test("regions are compared by id, not by position", () => {
    const reordered = { ...BLUEPRINT_TEMPLATE, regions: [...BLUEPRINT_TEMPLATE.regions].reverse() };
    expect(planDifferences(BLUEPRINT_TEMPLATE, reordered)).toEqual([]);
  });
  test("a changed field is listed with both values; a removed region is one difference", () => {
    const mine = removeRegion({ ...BLUEPRINT_TEMPLATE, geoDns: { ...BLUEPRINT_TEMPLATE.geoDns, ttlSeconds: 30 } }, "aws:us-west-2");
    const diff = planDifferences(BLUEPRINT_TEMPLATE, mine);
    expect(diff).toEqual([
      { path: "regions[aws:us-west-2]", theirs: "in the plan", mine: "—" },
      { path: "geoDns.ttlSeconds", theirs: "60", mine: "30" },
    ]);
  });
});

describe("summarizePlan and validatePlan", () => {
  test("summary of the template", () => {
    expect(summarizePlan(BLUEPRINT_TEMPLATE)).toEqual({
      regions: ["aws:us-east-1", "aws:us-east-2", "aws:us-west-2"],
      primaryRegion: "aws:us-east-1",
      secondaryRegion: "aws:us-east-2",
      survivalGoal: "region",
      waivers: 0,
    });
  });
  test("a blank plan is invalid with a path for each problem", () => {
    const result = validatePlan(blankPlan());
    expect(result.isValid).toBe(false);
    expect(result.issues.map((i) => i.path)).toEqual(expect.arrayContaining(["regions", "cockroachdb.primaryRegion"]));
  });
  test("the template is valid", () => {
    expect(validatePlan(BLUEPRINT_TEMPLATE)).toMatchObject({ isValid: true, issues: [] });
  });
});
