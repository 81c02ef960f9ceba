import { describe, expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { bundleContext } from "@/lib/core/bundle/context";
import { getRegionOrThrow } from "@/lib/core/catalog";
import { ciliumValues } from "@/lib/core/manifests/cilium-values";
import { addRegion, removeRegion } from "@/lib/core/plan-edit";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import { PlanSchema, type Plan } from "@/lib/schemas/plan";
import { ciliumClusterIds, lowestFreeCiliumClusterId, pinCiliumClusterIds } from "./cilium-cluster-id";

/** The blueprint as a plan saved before cluster ids were kept: no region stores one. */
function storedBeforeIds(): Plan {
  const plan = structuredClone(BLUEPRINT_TEMPLATE);
  for (const region of plan.regions) delete region.kubernetes.ciliumClusterId;
  return plan;
}

const idsOf = (plan: Plan) => Object.fromEntries(ciliumClusterIds(plan.regions));
const withIds = (...ids: (number | undefined)[]): Plan => {
  const plan = storedBeforeIds();
  ids.forEach((id, i) => {
    const region = plan.regions[i];
    if (region && id !== undefined) region.kubernetes.ciliumClusterId = id;
  });
  return plan;
};
const valuesId = (plan: Plan, index: number) => {
  const region = plan.regions[index];
  if (!region) throw new Error(`no region ${index}`);
  const values = ciliumValues(bundleContext(plan, analyzePlan(plan)), region) as { cluster: { id: number } };
  return values.cluster.id;
};

describe("Cilium cluster ids", () => {
  test("a plan saved before ids were kept loads, and its regions get their 1-based positions as before", () => {
    const plan = PlanSchema.parse(storedBeforeIds());
    expect(idsOf(plan)).toEqual({ "aws:us-east-1": 1, "aws:us-east-2": 2, "aws:us-west-2": 3 });
    expect([0, 1, 2].map((i) => valuesId(plan, i))).toEqual([1, 2, 3]);
  });

  test("a stored id wins over the position, in the plan and in the Cilium values", () => {
    const plan = PlanSchema.parse(withIds(7, undefined, 42));
    expect(idsOf(plan)).toEqual({ "aws:us-east-1": 7, "aws:us-east-2": 2, "aws:us-west-2": 42 });
    expect([0, 1, 2].map((i) => valuesId(plan, i))).toEqual([7, 2, 42]);
  });

  test.each([
    ["two stored ids alike", withIds(5, 5, undefined), 1, "Cilium cluster id 5 is already aws:us-east-1's"],
    ["a stored id equal to another region's position", withIds(undefined, 1, undefined), 1, "Cilium cluster id 1 is already aws:us-east-1's"],
    ["a position equal to an earlier stored id", withIds(3, undefined, undefined), 2, "Cilium cluster id 3 is already aws:us-east-1's"],
  ])("the schema refuses duplicates: %s", (_name, plan, index, message) => {
    const result = PlanSchema.safeParse(plan);
    expect(result.success).toBe(false);
    const issues = result.error?.issues.map((i) => ({ path: i.path, message: i.message.slice(0, message.length) }));
    expect(issues).toEqual([{ path: ["regions", index, "kubernetes", "ciliumClusterId"], message }]);
  });

  test.each([0, 256, 1.5])("the schema refuses the id %s (Cilium's range is 1 to 255)", (id) => {
    const result = PlanSchema.safeParse(withIds(id));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path)).toEqual([["regions", 0, "kubernetes", "ciliumClusterId"]]);
  });

  test.each([1, 255])("the schema accepts the id %s", (id) => {
    expect(PlanSchema.safeParse(withIds(id, 100, 200)).success).toBe(true);
  });

  test("the lowest free id skips stored and derived ids alike", () => {
    expect(lowestFreeCiliumClusterId(storedBeforeIds().regions)).toBe(4);
    expect(lowestFreeCiliumClusterId(withIds(4, 5, 1).regions)).toBe(2);
    expect(lowestFreeCiliumClusterId([])).toBe(1);
  });

  test("pinning writes the effective ids and keeps stored ones", () => {
    expect(pinCiliumClusterIds(withIds(undefined, 9, undefined).regions).map((r) => r.kubernetes.ciliumClusterId)).toEqual([1, 9, 3]);
  });
});

describe("Cilium cluster ids across designer edits", () => {
  const region = (id: string) => getRegionOrThrow(id);

  test("removing the first region of an old plan keeps the others' ids; the next region takes the freed id", () => {
    const plan = removeRegion(storedBeforeIds(), "aws:us-east-1");
    expect(idsOf(plan)).toEqual({ "aws:us-east-2": 2, "aws:us-west-2": 3 });
    expect(idsOf(PlanSchema.parse(addRegion(plan, region("aws:eu-west-1"))))).toEqual({ "aws:us-east-2": 2, "aws:us-west-2": 3, "aws:eu-west-1": 1 });
  });

  test("a new region gets the lowest free id, reusing a removed region's id, and ids survive reordering", () => {
    let plan = addRegion(BLUEPRINT_TEMPLATE, region("gcp:europe-west1"));
    expect(idsOf(plan)).toEqual({ "aws:us-east-1": 1, "aws:us-east-2": 2, "aws:us-west-2": 3, "gcp:europe-west1": 4 });
    plan = removeRegion(plan, "aws:us-east-2");
    plan = { ...plan, regions: [...plan.regions].reverse() };
    plan = addRegion(plan, region("azure:westeurope"));
    expect(idsOf(PlanSchema.parse(plan))).toEqual({ "gcp:europe-west1": 4, "aws:us-west-2": 3, "aws:us-east-1": 1, "azure:westeurope": 2 });
  });

  test("adding a region to an old plan writes the existing ids down unchanged", () => {
    const plan = addRegion(storedBeforeIds(), region("aws:eu-west-1"));
    expect(plan.regions.map((r) => r.kubernetes.ciliumClusterId)).toEqual([1, 2, 3, 4]);
  });
});
