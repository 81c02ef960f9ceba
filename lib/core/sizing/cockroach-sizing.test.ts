import { describe, expect, test } from "vitest";
import type { Plan } from "@/lib/schemas/plan";
import { BLUEPRINT_TEMPLATE } from "../templates/blueprint";
import { sizePlan } from "./size-plan";
import { SIZING_SOURCES } from "./sources";
import { extraRegion, sshOnly, withCockroach, withRegion, withRegions, withWorkload } from "./test-fixtures";

const [east1, east2, west2] = BLUEPRINT_TEMPLATE.regions;
if (!east1 || !east2 || !west2) throw new Error("template changed");
const euWest1 = extraRegion("aws:eu-west-1", ["eu-west-1a", "eu-west-1b", "eu-west-1c"]);

describe("the blueprint's reference point", () => {
  const sizing = sizePlan(BLUEPRINT_TEMPLATE);

  test("10,000 SSH nodes on 3 regions × 3 zones × 1 node ⇒ 2 vCPU / 8 GiB, 9 nodes", () => {
    expect(sizing.cockroach).toMatchObject({
      vcpuPerNode: 2,
      memoryGiBPerNode: 8,
      nodesPerZoneRecommended: 1,
      nodesPerZonePlanned: 1,
      totalNodes: 9,
      storagePerNodeGiB: 100,
      storageNeededPerNodeGiB: 49,
      iopsPerNode: 1_000,
      throughputMBpsPerNode: 60,
    });
  });

  test("every region's CockroachDB pods carry the blueprint's resources block", () => {
    for (const region of sizing.regions) {
      const group = region.groups.find((g) => g.component === "cockroachdb");
      expect(group).toEqual({
        component: "cockroachdb",
        pods: 3,
        vcpuPerPod: 2,
        memoryGiBPerPod: 8,
        storageGiBPerPod: 100,
        resources: { requests: { cpu: "2", memory: "8Gi" }, limits: { memory: "8Gi" } },
        isOverride: false,
      });
    }
  });

  test("the explanation and sources name the blueprint", () => {
    expect(sizing.cockroach.explanation).toContain("10,000 SSH nodes on 3 regions × 3 zones × 1 node need 2 vCPU / 8 GiB per node");
    expect(sizing.cockroach.sources).toContainEqual(SIZING_SOURCES.blueprintCockroachSizing);
  });
});

describe("other workloads and topologies", () => {
  test.each<[string, Plan, { vcpu: number; memory: number; nodesPerZone: number }]>([
    ["no workload", sshOnly(0), { vcpu: 2, memory: 8, nodesPerZone: 1 }],
    ["1,000 SSH nodes", sshOnly(1_000), { vcpu: 2, memory: 8, nodesPerZone: 1 }],
    ["10,000 SSH nodes", sshOnly(10_000), { vcpu: 2, memory: 8, nodesPerZone: 1 }],
    ["10,001 SSH nodes", sshOnly(10_001), { vcpu: 4, memory: 16, nodesPerZone: 1 }],
    ["20,000 SSH nodes", sshOnly(20_000), { vcpu: 4, memory: 16, nodesPerZone: 1 }],
    ["50,000 SSH nodes", sshOnly(50_000), { vcpu: 10, memory: 40, nodesPerZone: 1 }],
    ["80,000 SSH nodes: the 16 vCPU ceiling", sshOnly(80_000), { vcpu: 16, memory: 64, nodesPerZone: 1 }],
    ["80,001 SSH nodes: a second node per zone", sshOnly(80_001), { vcpu: 10, memory: 40, nodesPerZone: 2 }],
    ["100,000 SSH nodes", sshOnly(100_000), { vcpu: 10, memory: 40, nodesPerZone: 2 }],
    ["160,000 SSH nodes", sshOnly(160_000), { vcpu: 16, memory: 64, nodesPerZone: 2 }],
    ["200,000 SSH nodes", sshOnly(200_000), { vcpu: 14, memory: 56, nodesPerZone: 3 }],
    ["10,000 SSH nodes and 600 other resources", withWorkload({ desktops: 350 }), { vcpu: 4, memory: 16, nodesPerZone: 1 }],
    ["10,000 SSH nodes and 1,500 concurrent sessions", withWorkload({ concurrentSessions: 1_500 }), { vcpu: 4, memory: 16, nodesPerZone: 1 }],
    ["101 logins/s and nothing else", withWorkload({ loginsPerSecond: 101 }, sshOnly(0)), { vcpu: 4, memory: 16, nodesPerZone: 1 }],
    ["2 CockroachDB regions (6 zones) at 10,000", withRegion(2, { runsCockroach: false }), { vcpu: 4, memory: 16, nodesPerZone: 1 }],
    ["4 CockroachDB regions (12 zones) at 10,000", withRegions([east1, east2, west2, euWest1]), { vcpu: 2, memory: 8, nodesPerZone: 1 }],
    [
      "3 regions × 1 zone at 50,000",
      sshOnly(50_000, withRegions([{ ...east1, zones: ["us-east-1a"] }, { ...east2, zones: ["us-east-2a"] }, { ...west2, zones: ["us-west-2a"] }])),
      { vcpu: 16, memory: 64, nodesPerZone: 2 },
    ],
  ])("%s", (_name, plan, expected) => {
    const { cockroach } = sizePlan(plan);
    expect({ vcpu: cockroach.vcpuPerNode, memory: cockroach.memoryGiBPerNode, nodesPerZone: cockroach.nodesPerZoneRecommended }).toEqual(expected);
  });
});

describe("planned nodes per zone", () => {
  test("fewer planned nodes than recommended: each pod covers its zone, above the ceiling", () => {
    const sizing = sizePlan(sshOnly(100_000));
    expect(sizing.cockroach).toMatchObject({ vcpuPerNode: 10, nodesPerZoneRecommended: 2, nodesPerZonePlanned: 1, totalNodes: 9 });
    const group = sizing.regions[0]?.groups.find((g) => g.component === "cockroachdb");
    expect(group).toMatchObject({ pods: 3, vcpuPerPod: 20, memoryGiBPerPod: 80 });
  });

  test("more planned nodes than recommended: smaller pods, never under 2 vCPU", () => {
    const sizing = sizePlan(withCockroach({ nodesPerZone: 2 }, sshOnly(50_000)));
    expect(sizing.cockroach).toMatchObject({ vcpuPerNode: 10, nodesPerZoneRecommended: 1, nodesPerZonePlanned: 2, totalNodes: 18 });
    expect(sizing.regions[0]?.groups[0]).toMatchObject({ component: "cockroachdb", pods: 6, vcpuPerPod: 6, memoryGiBPerPod: 24 });
    const small = sizePlan(withCockroach({ nodesPerZone: 3 }));
    expect(small.regions[0]?.groups[0]).toMatchObject({ pods: 9, vcpuPerPod: 2, memoryGiBPerPod: 8 });
  });
});

describe("storage and disk", () => {
  test("storage need grows with the workload and divides over the planned nodes", () => {
    expect(sizePlan(sshOnly(50_000)).cockroach.storageNeededPerNodeGiB).toBe(245);
    expect(sizePlan(withCockroach({ nodesPerZone: 2 }, sshOnly(50_000))).cockroach.storageNeededPerNodeGiB).toBe(123);
    expect(sizePlan(sshOnly(0)).cockroach.storageNeededPerNodeGiB).toBe(10);
  });

  test("IOPS and throughput follow the planned pod: 500 IOPS and 30 MB/s per vCPU", () => {
    expect(sizePlan(sshOnly(50_000)).cockroach).toMatchObject({ iopsPerNode: 5_000, throughputMBpsPerNode: 300 });
  });
});

describe("belowProduction", () => {
  test("the template: testing-size pods and small volumes, each with its source", () => {
    const notes = sizePlan(BLUEPRINT_TEMPLATE).cockroach.belowProduction;
    expect(notes.map((n) => n.source)).toEqual([SIZING_SOURCES.cockroachHardware, SIZING_SOURCES.cockroachKubernetesLimits, SIZING_SOURCES.cockroachHardware]);
    expect(notes[0]?.message).toBe("CockroachDB pods get 2 vCPU: CockroachDB recommends at least 8 vCPU per node and strongly recommends no fewer than 4.");
    expect(notes[2]?.message).toContain("Volumes of 100 GiB are below CockroachDB's 320 GiB per vCPU (640 GiB for 2 vCPU)");
  });

  test("50,000 SSH nodes on 100 GiB gp3 volumes: volume too small, gp3 defaults too low", () => {
    const notes = sizePlan(sshOnly(50_000)).cockroach.belowProduction;
    expect(notes.map((n) => n.message)).toEqual([
      "Volumes of 100 GiB are below CockroachDB's 320 GiB per vCPU (3,200 GiB for 10 vCPU). Less is acceptable when capacity needs are small; the estimate for this workload is 245 GiB per node.",
      "Volumes of 100 GiB are below the estimated 245 GiB per node that keeps used capacity under 80% for this workload.",
      "gp3's default 3,000 IOPS and 125 MiB/s are below the 5,000 IOPS and 300 MB/s a 10 vCPU node needs; the proposed StorageClass provisions them explicitly.",
    ]);
  });

  test("no gp3 note outside AWS", () => {
    const gcp = (r: typeof east1, id: string, zones: string[]) => ({ ...r, id, zones });
    const plan = sshOnly(
      50_000,
      withCockroach(
        { primaryRegion: "gcp:europe-west1", secondaryRegion: "gcp:europe-west3", storagePerNodeGiB: 4_000 },
        withRegions([
          gcp(east1, "gcp:europe-west1", ["europe-west1-b", "europe-west1-c", "europe-west1-d"]),
          gcp(east2, "gcp:europe-west3", ["europe-west3-a", "europe-west3-b", "europe-west3-c"]),
          gcp(west2, "gcp:europe-west4", ["europe-west4-a", "europe-west4-b", "europe-west4-c"]),
        ]),
      ),
    );
    expect(sizePlan(plan).cockroach.belowProduction).toEqual([]);
  });

  test("an override below 4 GiB per vCPU is named with its regions", () => {
    const override = { requests: { cpu: "4", memory: "8Gi" }, limits: { memory: "8Gi" } };
    const plan = withRegion(1, { resources: { cockroach: override } }, withRegion(2, { resources: { cockroach: override } }));
    const messages = sizePlan(plan).cockroach.belowProduction.map((n) => n.message);
    expect(messages).toContain("In aws:us-east-2, aws:us-west-2 (resources override): CockroachDB pods get 4 vCPU, below CockroachDB's recommended minimum of 8 vCPU per node.");
    expect(messages).toContain(
      "In aws:us-east-2, aws:us-west-2 (resources override): CockroachDB pods get 2 GiB of memory per vCPU; CockroachDB recommends 4 GiB per vCPU and calls 2 GiB per vCPU suitable for testing only.",
    );
  });
});
