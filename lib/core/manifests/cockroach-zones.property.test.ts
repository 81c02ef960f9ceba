import fc from "fast-check";
import { expect, test } from "vitest";
import { REGIONS } from "@/lib/core/catalog";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import type { Plan, PlanRegion } from "@/lib/schemas/plan";
import { region } from "@/tests/bundle/fixtures";
import { cockroachReleases, joinAddresses, zoneLabelValue } from "./cockroach-zones";

/** Catalog regions with zones: any subset of their zones (in catalog order) is a valid plan's. */
const ZONED = REGIONS.filter((r) => r.zones.length > 0);

const planArbitrary = fc
  .record({
    picks: fc.uniqueArray(
      fc.record({ index: fc.nat({ max: ZONED.length - 1 }), mask: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), runsCockroach: fc.boolean() }),
      { minLength: 2, maxLength: 5, selector: (p) => p.index },
    ),
    nodesPerZone: fc.integer({ min: 1, max: 4 }),
    isCore: fc.boolean(),
  })
  .map(({ picks, nodesPerZone, isCore }): Plan => {
    const plan = structuredClone(BLUEPRINT_TEMPLATE);
    plan.cockroachdb = { ...plan.cockroachdb, nodesPerZone, licence: isCore ? "core" : "enterprise" };
    plan.regions = picks.map((p, i): PlanRegion => {
      const catalog = ZONED[p.index]!;
      const chosen = catalog.zones.filter((_, z) => p.mask[z % 6]);
      const zones = chosen.length > 0 ? chosen : [catalog.zones[0]!];
      return region(catalog.id as PlanRegion["id"], zones, 16 + i, { runsCockroach: p.runsCockroach || i === 0 });
    });
    return plan;
  });

test("every zone gets one release of nodesPerZone pods with its zone in the locality; names are unique", () => {
  fc.assert(
    fc.property(planArbitrary, (plan) => {
      const all = plan.regions.flatMap((r) => cockroachReleases(plan, r));
      expect(new Set(all.map((r) => r.release)).size).toBe(all.length);
      for (const r of plan.regions) {
        const code = r.id.slice(r.id.indexOf(":") + 1);
        const releases = cockroachReleases(plan, r);
        expect(releases.map((x) => x.zoneLabel)).toEqual(r.zones.map((z) => zoneLabelValue(r.id, z)));
        expect(releases.every((x) => x.replicas === plan.cockroachdb.nodesPerZone)).toBe(true);
        const [top, tier] = plan.cockroachdb.licence === "core" ? ["zone", "az"] : ["region", "zone"];
        expect(releases.map((x) => x.locality)).toEqual(releases.map((x) => `${top}=${code},${tier}=${x.zoneLabel}`));
      }
    }),
    { numRuns: 200 },
  );
});

test("conf.join: per database region min(3, nodes) existing pods over min(3, zones) zones, regions in plan order", () => {
  fc.assert(
    fc.property(planArbitrary, (plan) => {
      const join = joinAddresses(plan);
      const databases = plan.regions.filter((r) => r.runsCockroach);
      let offset = 0;
      for (const r of databases) {
        const expected = Math.min(3, plan.cockroachdb.nodesPerZone * r.zones.length);
        const own = join.slice(offset, offset + expected);
        offset += expected;
        const releases = new Map(cockroachReleases(plan, r).map((x) => [x.release, x.replicas]));
        for (const address of own) {
          const [pod, release, ns] = address.split(".");
          expect(ns).toBe(r.kubernetes.cockroachNamespace);
          expect(releases.has(release!), address).toBe(true);
          expect(Number(pod!.slice(release!.length + 1))).toBeLessThan(releases.get(release!)!);
        }
        expect(new Set(own.map((a) => a.split(".")[1])).size).toBe(Math.min(3, r.zones.length));
      }
      expect(offset).toBe(join.length);
    }),
    { numRuns: 200 },
  );
});
