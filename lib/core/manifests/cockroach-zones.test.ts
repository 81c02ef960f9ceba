import { describe, expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { bundleContext } from "@/lib/core/bundle/context";
import { REGIONS } from "@/lib/core/catalog";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import { PlanSchema, type Plan, type PlanRegion } from "@/lib/schemas/plan";
import { region } from "@/tests/bundle/fixtures";
import { cockroachRegionValues } from "./cockroach-values";
import { cockroachReleases, joinAddresses, zoneLabelValue } from "./cockroach-zones";

function planWith(regions: PlanRegion[], change: (p: Plan) => void = () => {}): Plan {
  const plan = structuredClone(BLUEPRINT_TEMPLATE);
  plan.regions = regions;
  plan.cockroachdb = { ...plan.cockroachdb, primaryRegion: regions[0]!.id, secondaryRegion: regions[1]?.id ?? null };
  change(plan);
  return PlanSchema.parse(plan);
}

const aws = region("aws:us-east-1", ["us-east-1a", "us-east-1b", "us-east-1c"], 16);
const gcp = region("gcp:us-east4", ["us-east4-a", "us-east4-b", "us-east4-c"], 17);
const azure = region("azure:eastus2", ["1", "2", "3"], 18);
/** azure:westus has no availability zones in the catalog; the plan still names one "zone". */
const azureNoZones = region("azure:westus", ["1"], 19);

describe("one release per zone", () => {
  test.each([
    ["aws:us-east-1", "us-east-1b", "us-east-1b"],
    ["gcp:us-east4", "us-east4-a", "us-east4-a"],
    ["azure:eastus2", "2", "eastus2-2"],
  ])("%s zone %s carries the node label topology.kubernetes.io/zone=%s", (id, zone, label) => {
    expect(zoneLabelValue(id, zone)).toBe(label);
  });

  test("enterprise: region=<code>,zone=<zone label>, nodes per zone in each release", () => {
    const plan = planWith([aws, gcp, azure], (p) => (p.cockroachdb.nodesPerZone = 2));
    expect(cockroachReleases(plan, plan.regions[2]!)).toEqual([
      { release: "cockroachdb-eastus2-1", zone: "1", zoneLabel: "eastus2-1", locality: "region=eastus2,zone=eastus2-1", replicas: 2 },
      { release: "cockroachdb-eastus2-2", zone: "2", zoneLabel: "eastus2-2", locality: "region=eastus2,zone=eastus2-2", replicas: 2 },
      { release: "cockroachdb-eastus2-3", zone: "3", zoneLabel: "eastus2-3", locality: "region=eastus2,zone=eastus2-3", replicas: 2 },
    ]);
  });

  test("core keeps the region as the top tier zone= (blueprint) and adds the zone as az=", () => {
    const plan = planWith([aws, gcp, azure], (p) => {
      p.cockroachdb.licence = "core";
      p.cockroachdb.survivalGoal = "zone";
    });
    expect(cockroachReleases(plan, plan.regions[0]!).map((r) => r.locality)).toEqual([
      "zone=us-east-1,az=us-east-1a",
      "zone=us-east-1,az=us-east-1b",
      "zone=us-east-1,az=us-east-1c",
    ]);
  });

  test("a region without availability zones keeps one release, with the region tier only and every node", () => {
    const plan = planWith([aws, gcp, { ...azureNoZones, zones: ["1", "2"] }], (p) => (p.cockroachdb.nodesPerZone = 2));
    expect(cockroachReleases(plan, plan.regions[2]!)).toEqual([{ release: "cockroachdb-westus", zone: null, zoneLabel: null, locality: "region=westus", replicas: 4 }]);
    const ctx = bundleContext(plan, analyzePlan(plan));
    const [only] = cockroachRegionValues(ctx, ctx.databaseRegions[2]!);
    expect(only?.values.statefulset).not.toHaveProperty("nodeSelector");
    expect(only?.values.conf).toMatchObject({ locality: "region=westus" });
  });

  test("every release of the catalog is a DNS label short enough for a StatefulSet, and unique", () => {
    const plan = planWith([aws, gcp]);
    const names = REGIONS.flatMap((r) => cockroachReleases(plan, { ...aws, id: r.id as PlanRegion["id"], zones: r.zones.length ? r.zones : ["1"] }).map((x) => x.release));
    // StatefulSet pods get the label controller-revision-hash=<name>-<10 characters>, at most 63: names up to 52.
    expect(names.filter((n) => !/^[a-z]([a-z0-9-]{0,50}[a-z0-9])?$/.test(n))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("values of a zone release", () => {
  test("pinned to its zone, spread over hosts, the chart's budget, named after the release", () => {
    const plan = planWith([aws, gcp, azure]);
    const ctx = bundleContext(plan, analyzePlan(plan));
    const values = cockroachRegionValues(ctx, ctx.databaseRegions[1]!).map((v) => v.values);
    expect(values.map((v) => v.fullnameOverride)).toEqual(["cockroachdb-us-east4-a", "cockroachdb-us-east4-b", "cockroachdb-us-east4-c"]);
    expect(values[1]).toMatchObject({
      conf: { locality: "region=us-east4,zone=us-east4-b" },
      statefulset: {
        replicas: 1,
        budget: { maxUnavailable: 1 },
        nodeSelector: { "topology.kubernetes.io/zone": "us-east4-b" },
        topologySpreadConstraints: { maxSkew: 1, topologyKey: "kubernetes.io/hostname", whenUnsatisfiable: "ScheduleAnyway" },
      },
    });
  });
});

describe("conf.join", () => {
  const ns = (r: PlanRegion, n: string): PlanRegion => ({ ...r, kubernetes: { ...r.kubernetes, cockroachNamespace: n } });

  test("one node per zone: pod 0 of each of the first three zones of every region", () => {
    const plan = planWith([ns(aws, "a"), ns(azure, "z")]);
    expect(joinAddresses(plan)).toEqual([
      "cockroachdb-us-east-1a-0.cockroachdb-us-east-1a.a",
      "cockroachdb-us-east-1b-0.cockroachdb-us-east-1b.a",
      "cockroachdb-us-east-1c-0.cockroachdb-us-east-1c.a",
      "cockroachdb-eastus2-1-0.cockroachdb-eastus2-1.z",
      "cockroachdb-eastus2-2-0.cockroachdb-eastus2-2.z",
      "cockroachdb-eastus2-3-0.cockroachdb-eastus2-3.z",
    ]);
  });

  test("two zones with two nodes each: zone by zone, then the second pod, three per region", () => {
    const plan = planWith([ns({ ...aws, zones: ["us-east-1a", "us-east-1b"] }, "a"), ns(gcp, "g")], (p) => (p.cockroachdb.nodesPerZone = 2));
    expect(joinAddresses(plan).slice(0, 3)).toEqual([
      "cockroachdb-us-east-1a-0.cockroachdb-us-east-1a.a",
      "cockroachdb-us-east-1b-0.cockroachdb-us-east-1b.a",
      "cockroachdb-us-east-1a-1.cockroachdb-us-east-1a.a",
    ]);
  });

  test("a region without zones joins through its one release; regions without CockroachDB add nothing", () => {
    const plan = planWith([ns(aws, "a"), ns(azureNoZones, "w"), { ...gcp, runsCockroach: false }]);
    expect(joinAddresses(plan).slice(3)).toEqual(["cockroachdb-westus-0.cockroachdb-westus.w"]);
  });
});
