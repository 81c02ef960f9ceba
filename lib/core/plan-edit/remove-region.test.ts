import { describe, expect, test } from "vitest";
import { getRegionOrThrow } from "@/lib/core/catalog";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import type { Plan } from "@/lib/schemas/plan";
import { addRegion, mentionsRegion, removeRegion, setPrimaryRegion, setSecondaryRegion, unwaiveFinding, waiveFinding } from "./index";

const NOW = new Date("2025-01-02T03:04:05.000Z");
const withEurope: Plan = addRegion(BLUEPRINT_TEMPLATE, getRegionOrThrow("aws:eu-west-1"));

describe("removeRegion", () => {
  test.each([
    // [removed, primary after, secondary after]
    ["aws:us-east-1", "aws:us-east-2", "aws:us-west-2"], // secondary promoted; the nearest remaining becomes secondary
    ["aws:us-east-2", "aws:us-east-1", "aws:us-west-2"], // Oregon (~3,700 km) is nearer to N. Virginia than Dublin (~5,500 km)
    ["aws:us-west-2", "aws:us-east-1", "aws:us-east-2"], // roles untouched
    ["aws:eu-west-1", "aws:us-east-1", "aws:us-east-2"],
  ])("removing %s leaves primary %s and secondary %s", (removed, primary, secondary) => {
    const plan = removeRegion(withEurope, removed);
    expect(plan.regions.map((r) => r.id)).not.toContain(removed);
    expect(plan.regions).toHaveLength(3);
    expect(plan.cockroachdb).toMatchObject({ primaryRegion: primary, secondaryRegion: secondary });
  });

  test("removing the last CockroachDB regions empties the roles", () => {
    const one = removeRegion(removeRegion(BLUEPRINT_TEMPLATE, "aws:us-east-1"), "aws:us-east-2");
    expect(one.cockroachdb).toMatchObject({ primaryRegion: "aws:us-west-2", secondaryRegion: null });
    expect(removeRegion(one, "aws:us-west-2").cockroachdb).toMatchObject({ primaryRegion: "", secondaryRegion: null });
  });

  test("waivers that name the removed region are dropped, others stay", () => {
    let plan = waiveFinding(BLUEPRINT_TEMPLATE, "cidr-overlap:aws:us-east-1:aws:us-east-2", "Peered later", NOW);
    plan = waiveFinding(plan, "zone-count:aws:us-west-2", "Accepted", NOW);
    plan = waiveFinding(plan, "licence", "Accepted", NOW);
    expect(removeRegion(plan, "aws:us-east-2").waivers.map((w) => w.findingId)).toEqual(["zone-count:aws:us-west-2", "licence"]);
  });

  test("removing a region that is not planned returns the same plan", () => {
    expect(removeRegion(BLUEPRINT_TEMPLATE, "gcp:europe-west1")).toBe(BLUEPRINT_TEMPLATE);
  });
});

describe("roles", () => {
  test("setting the secondary as primary swaps the two", () => {
    expect(setPrimaryRegion(BLUEPRINT_TEMPLATE, "aws:us-east-2").cockroachdb).toMatchObject({ primaryRegion: "aws:us-east-2", secondaryRegion: "aws:us-east-1" });
  });
  test("a region without CockroachDB starts running it when it becomes secondary", () => {
    const plan: Plan = { ...BLUEPRINT_TEMPLATE, regions: BLUEPRINT_TEMPLATE.regions.map((r) => (r.id === "aws:us-west-2" ? { ...r, runsCockroach: false } : r)) };
    const next = setSecondaryRegion(plan, "aws:us-west-2");
    expect(next.cockroachdb.secondaryRegion).toBe("aws:us-west-2");
    expect(next.regions.find((r) => r.id === "aws:us-west-2")?.runsCockroach).toBe(true);
  });
  test("setting the primary as secondary swaps, and null clears", () => {
    expect(setSecondaryRegion(BLUEPRINT_TEMPLATE, "aws:us-east-1").cockroachdb).toMatchObject({ primaryRegion: "aws:us-east-2", secondaryRegion: "aws:us-east-1" });
    expect(setSecondaryRegion(BLUEPRINT_TEMPLATE, null).cockroachdb.secondaryRegion).toBeNull();
  });
});

describe("waivers", () => {
  test("waive then unwaive", () => {
    const waived = waiveFinding(BLUEPRINT_TEMPLATE, "licence", "  Core is fine for the lab  ", NOW);
    expect(waived.waivers).toEqual([{ findingId: "licence", reason: "Core is fine for the lab", waivedAt: "2025-01-02T03:04:05.000Z" }]);
    expect(unwaiveFinding(waived, "licence").waivers).toEqual([]);
  });
  test.each([
    ["x:gcp:us-east1", "gcp:us-east1", true],
    ["x:gcp:us-east11", "gcp:us-east1", false],
    ["x:gcp:us-east11,gcp:us-east1", "gcp:us-east1", true],
    ["licence", "aws:us-east-1", false],
  ])("%s mentions %s: %s", (findingId, regionId, expected) => {
    expect(mentionsRegion(findingId, regionId)).toBe(expected);
  });
});
