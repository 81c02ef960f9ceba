import { describe, expect, test } from "vitest";
import type { Plan } from "@/lib/schemas/plan";
import { BLUEPRINT_TEMPLATE } from "../templates/blueprint";
import { sizePlan } from "./size-plan";
import { authPodCapacity, proxyPodCapacity } from "./teleport-capacity";
import { designLoadShare } from "./teleport-sizing";
import { extraRegion, sshOnly, withRegion, withRegions, withWorkload } from "./test-fixtures";

const [east1, east2, west2] = BLUEPRINT_TEMPLATE.regions;
if (!east1 || !east2 || !west2) throw new Error("template changed");
const euWest1 = extraRegion("aws:eu-west-1", ["eu-west-1a", "eu-west-1b", "eu-west-1c"]);

const twoTeleport = withRegion(2, { runsTeleport: false });
const oneTeleport = withRegion(1, { runsTeleport: false }, twoTeleport);
const fourTeleport = withRegions([east1, east2, west2, euWest1]);

describe("the N−1 rule", () => {
  test.each([
    [1, 1],
    [2, 1],
    [3, 1 / 2],
    [4, 1 / 3],
  ])("%d Teleport regions: each carries %d of the load", (regions, share) => {
    expect(designLoadShare(regions)).toBe(share);
  });

  test.each<[string, Plan, number, string[]]>([
    ["1 Teleport region", oneTeleport, 1, ["aws:us-east-1"]],
    ["2 Teleport regions", twoTeleport, 1, ["aws:us-east-1", "aws:us-east-2"]],
    ["3 Teleport regions", BLUEPRINT_TEMPLATE, 1 / 2, ["aws:us-east-1", "aws:us-east-2", "aws:us-west-2"]],
    ["4 Teleport regions", fourTeleport, 1 / 3, ["aws:us-east-1", "aws:us-east-2", "aws:us-west-2", "aws:eu-west-1"]],
  ])("%s: designLoadShare %d", (_name, plan, share, regions) => {
    const { teleport } = sizePlan(plan);
    expect(teleport.designLoadShare).toBe(share);
    expect(teleport.regions).toEqual(regions);
  });
});

describe("pods per region from the scaling table", () => {
  test.each<[string, Plan, { auth: number; proxy: number; proxyMemory: number }]>([
    ["template: 5,000 per region", BLUEPRINT_TEMPLATE, { auth: 2, proxy: 2, proxyMemory: 8 }],
    ["2 Teleport regions at 10,000: 10,000 per region", twoTeleport, { auth: 2, proxy: 2, proxyMemory: 8 }],
    ["3 regions at 20,001: 10,001 per region needs 16 GiB proxies", sshOnly(20_001), { auth: 2, proxy: 2, proxyMemory: 16 }],
    ["3 regions at 100,000: 50,000 per region", sshOnly(100_000), { auth: 2, proxy: 2, proxyMemory: 16 }],
    ["3 regions at 120,000: 60,000 per region", sshOnly(120_000), { auth: 3, proxy: 3, proxyMemory: 16 }],
    ["2 regions at 100,000: 100,000 per region", sshOnly(100_000, twoTeleport), { auth: 4, proxy: 4, proxyMemory: 16 }],
    ["4 regions at 100,000: 33,334 per region", sshOnly(100_000, fourTeleport), { auth: 2, proxy: 2, proxyMemory: 16 }],
    ["1 region at 60,000", sshOnly(60_000, oneTeleport), { auth: 3, proxy: 3, proxyMemory: 16 }],
    // 30,000 sessions: 68,000 equivalents (34,000 per region) but 1,500 session starts/s per region ⇒ 3 auth pods.
    ["session starts add auth pods", withWorkload({ concurrentSessions: 30_000 }), { auth: 3, proxy: 2, proxyMemory: 16 }],
  ])("%s", (_name, plan, expected) => {
    const { teleport } = sizePlan(plan);
    expect({ auth: teleport.authPodsPerRegion, proxy: teleport.proxyPodsPerRegion, proxyMemory: teleport.proxy.memoryGiB }).toEqual(expected);
    expect(teleport.auth).toEqual({ vcpu: 8, memoryGiB: 16 });
    expect(teleport.proxy.vcpu).toBe(4);
  });

  test("the plan's replicas are deployed, not the recommendation", () => {
    const plan = withRegion(0, { authReplicas: 5, proxyReplicas: 1 }, sshOnly(120_000));
    const sizing = sizePlan(plan);
    expect(sizing.teleport.authPodsPerRegion).toBe(3);
    expect(sizing.regions[0]?.groups.map((g) => [g.component, g.pods])).toEqual([
      ["cockroachdb", 3],
      ["teleport-auth", 5],
      ["teleport-proxy", 1],
    ]);
  });

  test("the explanation states the share and the recommendation", () => {
    const { teleport } = sizePlan(BLUEPRINT_TEMPLATE);
    expect(teleport.explanation).toContain("With 3 Teleport regions each must carry 1/2 of the load when one region fails");
    expect(teleport.explanation).toContain("Recommended per region: 2 proxy pods of 4 vCPU / 8 GiB and 2 auth pods of 8 vCPU / 16 GiB");
  });
});

describe("per-pod capacity", () => {
  test.each([
    ["auth at the table's size", authPodCapacity(8, 16), { equivalents: 25_000, sessionStartsPerSecond: 500, concurrentLogins: 1_000 }],
    ["auth at half the CPU", authPodCapacity(4, 16), { equivalents: 12_500, sessionStartsPerSecond: 250, concurrentLogins: 500 }],
    ["auth larger than the table", authPodCapacity(16, 32), { equivalents: 25_000, sessionStartsPerSecond: 500, concurrentLogins: 1_000 }],
  ])("%s", (_name, capacity, expected) => {
    expect(capacity).toEqual(expected);
  });

  test.each([
    [4, 8, 5_000],
    [4, 16, 25_000],
    [2, 16, 12_500],
    [4, 4, 2_500],
    [8, 32, 25_000],
  ])("proxy of %d vCPU / %d GiB carries %d equivalents", (vcpu, memory, equivalents) => {
    expect(proxyPodCapacity(vcpu, memory).equivalents).toBe(equivalents);
  });
});
