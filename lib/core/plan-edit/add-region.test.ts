import { describe, expect, test } from "vitest";
import { getRegionOrThrow } from "@/lib/core/catalog";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import { PlanSchema, type Plan } from "@/lib/schemas/plan";
import { addRegion, blankPlan, nextFreeCidrs, toggleRegion } from "./index";

const add = (plan: Plan, ...ids: string[]) => ids.reduce((p, id) => addRegion(p, getRegionOrThrow(id)), plan);

describe("addRegion", () => {
  test("the first region of a blank plan gets the first CIDRs, three catalog zones and becomes primary", () => {
    const plan = add(blankPlan(), "gcp:europe-west1");
    expect(plan.regions).toEqual([
      {
        id: "gcp:europe-west1",
        zones: ["europe-west1-b", "europe-west1-c", "europe-west1-d"],
        runsTeleport: true,
        runsCockroach: true,
        kubernetes: {
          clusterName: "teleport-europe-west1",
          teleportNamespace: "teleport",
          cockroachNamespace: "europe-west1",
          podCidr: "10.16.0.0/16",
          serviceCidr: "172.16.0.0/16",
          podNetworking: "native",
          staticCpuManager: false,
          ciliumClusterId: 1,
        },
        proxyReplicas: 2,
        authReplicas: 2,
        storageClass: { name: "cockroachdb-ssd", type: "ssd" },
      },
    ]);
    expect(plan.cockroachdb.primaryRegion).toBe("gcp:europe-west1");
    expect(plan.cockroachdb.secondaryRegion).toBeNull();
  });

  test("the second region becomes secondary and the plan is valid", () => {
    const plan = add(blankPlan(), "aws:eu-west-1", "aws:eu-central-1");
    expect(plan.cockroachdb).toMatchObject({ primaryRegion: "aws:eu-west-1", secondaryRegion: "aws:eu-central-1" });
    expect(plan.regions.map((r) => [r.kubernetes.podCidr, r.kubernetes.serviceCidr])).toEqual([
      ["10.16.0.0/16", "172.16.0.0/16"],
      ["10.17.0.0/16", "172.17.0.0/16"],
    ]);
    expect(PlanSchema.safeParse(plan).success).toBe(true);
  });

  test("a third region keeps the roles and takes the CIDRs after the template's", () => {
    const plan = add(BLUEPRINT_TEMPLATE, "aws:eu-west-1");
    expect(plan.cockroachdb).toMatchObject({ primaryRegion: "aws:us-east-1", secondaryRegion: "aws:us-east-2" });
    expect(plan.regions.at(-1)?.kubernetes).toMatchObject({ podCidr: "10.19.0.0/16", serviceCidr: "172.19.0.0/16" });
  });

  test.each([
    // A hand-edited pod range that swallows 10.16-10.19 pushes the new pod range to 10.20.
    ["10.16.0.0/14", "172.16.0.0/16", "10.20.0.0/16", "172.17.0.0/16"],
    // A service range in 172.16.0.0/12 that covers all 16 slots moves services to the 10/8 tail.
    ["10.16.0.0/16", "172.16.0.0/12", "10.17.0.0/16", "10.255.0.0/16"],
    // Malformed ranges cannot collide with anything.
    ["not-a-cidr", "172.16.0.0/16", "10.16.0.0/16", "172.17.0.0/16"],
  ])("next free CIDRs after pod %s / service %s are %s / %s", (pod, service, nextPod, nextService) => {
    const base = add(blankPlan(), "aws:us-east-1");
    const plan: Plan = { ...base, regions: base.regions.map((r) => ({ ...r, kubernetes: { ...r.kubernetes, podCidr: pod, serviceCidr: service } })) };
    expect(nextFreeCidrs(plan)).toEqual({ podCidr: nextPod, serviceCidr: nextService });
  });

  test.each([
    ["azure:westeurope", ["1", "2", "3"]],
    ["azure:australiacentral", ["australiacentral"]],
    ["aws:ap-northeast-1", ["ap-northeast-1a", "ap-northeast-1c", "ap-northeast-1d"]],
  ])("zones of %s are %j", (id, zones) => {
    expect(add(blankPlan(), id).regions[0]?.zones).toEqual(zones);
  });

  test("adding a region twice changes nothing; toggling removes it", () => {
    const once = add(blankPlan(), "aws:us-east-1");
    expect(add(once, "aws:us-east-1")).toBe(once);
    expect(toggleRegion(once, "aws:us-east-1").regions).toEqual([]);
    expect(toggleRegion(blankPlan(), "aws:nowhere-1")).toEqual(blankPlan());
  });
});
