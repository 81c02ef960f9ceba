import { describe, expect, it } from "vitest";
import { planOver } from "@/bench/plans";
import { setPrimaryRegion } from "@/lib/core/plan-edit";
import { keepUnchangedRoles, regionRoles } from "./region-roles";

describe("keepUnchangedRoles", () => {
  const plan = planOver(["aws:us-east-1", "aws:us-west-2", "gcp:europe-west1"]);

  it("reuses the previous object of every region whose roles are equal, and only those", () => {
    const before = regionRoles(plan);
    const after = keepUnchangedRoles(regionRoles(setPrimaryRegion(plan, "gcp:europe-west1")), before);
    expect(after.get("aws:us-west-2")).toBe(before.get("aws:us-west-2"));
    expect(after.get("aws:us-east-1")).not.toBe(before.get("aws:us-east-1"));
    expect(after.get("gcp:europe-west1")).toEqual({ isTeleport: true, isPrimary: true, isSecondary: false, isOtherDatabase: false });
    expect(after.get("aws:us-east-1")).toEqual({ isTeleport: true, isPrimary: false, isSecondary: false, isOtherDatabase: true });
  });

  it("keeps new regions as computed and leaves removed ones out", () => {
    const before = regionRoles(planOver(["aws:us-east-1", "aws:us-west-2"]));
    const after = keepUnchangedRoles(regionRoles(plan), before);
    expect([...after.keys()]).toEqual(["aws:us-east-1", "aws:us-west-2", "gcp:europe-west1"]);
    expect(after.get("gcp:europe-west1")).toEqual({ isTeleport: true, isPrimary: false, isSecondary: false, isOtherDatabase: true });
  });
});
