import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { type Plan, PlanSchema } from "@/lib/schemas/plan";
import { analyzePlan } from "../analyze";
import { BLUEPRINT_TEMPLATE } from "../templates/blueprint";
import { RULES } from "./index";
import { runRule, variant } from "./test-support";

/** Random edits of the template that touch every input some rule reads. */
const planArbitrary = fc
  .record({
    edition: fc.constantFrom("enterprise", "community"),
    teleportVersion: fc.constantFrom("15.4.0", "16.5.5", "17.4.5", "18.10.0"),
    licence: fc.constantFrom("enterprise", "enterprise-free", "trial", "core"),
    cockroachVersion: fc.constantFrom("23.2.0", "24.2.9", "24.3.0", "26.2.1"),
    survivalGoal: fc.constantFrom("zone", "region"),
    hasSecondary: fc.boolean(),
    proxyPeering: fc.boolean(),
    agentConnectionCount: fc.integer({ min: 1, max: 3 }),
    trustedClusters: fc.boolean(),
    ttl: fc.constantFrom(30, 60, 120, 600),
    healthCheck: fc.constantFrom("off", "/v1/webapi/ping", "/healthz"),
    storageKind: fc.constantFrom("s3", "gcs", "azure-blob", "minio"),
    storageFlags: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    bucketPrefix: fc.constantFrom("teleport-sessions", "Teleport_Sessions", "ab"),
    connectivity: fc.constantFrom("vpc-peering", "global-vpc", "cilium-cluster-mesh", "service-mesh"),
    ports: fc.array(fc.boolean(), { minLength: 2, maxLength: 2 }),
    sshNodes: fc.constantFrom(100, 10_000, 200_000),
    regions: fc.array(
      fc.record({
        runsTeleport: fc.boolean(),
        runsCockroach: fc.boolean(),
        zones: fc.integer({ min: 1, max: 3 }),
        podOctet: fc.integer({ min: 16, max: 18 }),
        overlay: fc.boolean(),
        staticCpu: fc.boolean(),
        storage: fc.constantFrom("ssd", "hdd", "unknown"),
        replicas: fc.integer({ min: 1, max: 3 }),
        cpuLimit: fc.constantFrom(undefined, "2", "1500m"),
        namespace: fc.constantFrom("teleport", "Teleport", "cockroachdb"),
      }),
      { minLength: 3, maxLength: 3 },
    ),
  })
  .map((r): unknown => {
    const p = structuredClone(BLUEPRINT_TEMPLATE) as Plan;
    Object.assign(p.teleport, { edition: r.edition, version: r.teleportVersion, trustedClusters: r.trustedClusters });
    p.teleport.proxyPeering = { enabled: r.proxyPeering, agentConnectionCount: r.agentConnectionCount };
    p.teleport.workload.sshNodes = r.sshNodes;
    Object.assign(p.cockroachdb, { licence: r.licence, version: r.cockroachVersion, survivalGoal: r.survivalGoal });
    if (!r.hasSecondary) p.cockroachdb.secondaryRegion = null;
    p.geoDns = { ...p.geoDns, ttlSeconds: r.ttl, healthCheck: { enabled: r.healthCheck !== "off", path: r.healthCheck === "off" ? "/v1/webapi/ping" : r.healthCheck } };
    const [versioning, deleteMarkers, autoCleanup, accessPoint] = r.storageFlags;
    Object.assign(p.objectStorage, { kind: r.storageKind, bucketPrefix: r.bucketPrefix, versioning, deleteMarkerReplication: deleteMarkers, autoCleanup, multiRegionAccessPoint: accessPoint });
    p.connectivity = { kind: r.connectivity, proxyPeeringPortOpen: r.ports[0]!, cockroachPortOpen: r.ports[1]! };
    r.regions.forEach((edit, i) => {
      const region = p.regions[i]!;
      Object.assign(region, { runsTeleport: edit.runsTeleport, runsCockroach: edit.runsCockroach, zones: region.zones.slice(0, edit.zones), proxyReplicas: edit.replicas, authReplicas: edit.replicas });
      Object.assign(region.kubernetes, {
        podCidr: `10.${edit.podOctet}.0.0/16`,
        podNetworking: edit.overlay ? "overlay" : "native",
        staticCpuManager: edit.staticCpu,
        teleportNamespace: edit.namespace,
        cockroachNamespace: edit.namespace === "teleport" ? region.kubernetes.cockroachNamespace : edit.namespace,
      });
      region.storageClass = { ...region.storageClass, type: edit.storage };
      if (edit.cpuLimit) region.resources = { cockroach: { requests: { cpu: "2", memory: "8Gi" }, limits: { cpu: edit.cpuLimit, memory: "8Gi" } } };
    });
    return p;
  })
  .map((candidate) => PlanSchema.safeParse(candidate))
  .filter((result) => result.success)
  .map((result) => result.data as Plan);

/** True when the dot path names a field of the plan schema (optional override fields included). */
function isPlanPath(plan: Plan, path: string): boolean {
  const [top, index, ...rest] = path.split(".");
  if (top === "regions") {
    if (index === undefined) return true;
    return Number(index) < plan.regions.length && rest.length > 0;
  }
  return top !== undefined && top in plan && top !== "schemaVersion";
}

describe("RULES", () => {
  test("rule ids are unique kebab-case names", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test("on the template only cockroach-below-production speaks", () => {
    const plan = variant();
    const speaking = RULES.filter((rule) => runRule(rule, plan).length > 0).map((r) => r.id);
    expect(speaking).toEqual(["cockroach-below-production"]);
  });

  test("every finding of a random plan is well formed, and analysis is deterministic", () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        const analysis = analyzePlan(plan);
        const ids = analysis.findings.map((f) => f.id);
        expect(new Set(ids).size).toBe(ids.length);
        const regionIds = new Set(plan.regions.map((r) => r.id));
        for (const f of analysis.findings) {
          expect(f.id === f.ruleId || f.id.startsWith(`${f.ruleId}:`)).toBe(true);
          expect(RULES.some((r) => r.id === f.ruleId)).toBe(true);
          expect(f.fields.length).toBeGreaterThan(0);
          for (const field of f.fields) expect(isPlanPath(plan, field), `${f.id}: ${field}`).toBe(true);
          for (const region of f.regions) expect(regionIds.has(region), `${f.id}: ${region}`).toBe(true);
          expect(f.title.length).toBeGreaterThan(0);
          expect(f.explanation.length).toBeGreaterThan(0);
          expect(f.fix.length).toBeGreaterThan(0);
          expect(f.source.title.length).toBeGreaterThan(0);
          expect(f.explanation).not.toMatch(/undefined|NaN|\[object Object\]/);
        }
        const counted = analysis.summary.critical + analysis.summary.warning + analysis.summary.info + analysis.summary.waived;
        expect(counted).toBe(analysis.findings.length);
        expect(analyzePlan(structuredClone(plan))).toEqual(analysis);
      }),
      { numRuns: 150, seed: 20260701 },
    );
  });
});
