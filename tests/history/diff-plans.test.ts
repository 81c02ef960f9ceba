import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { diffPlans, type PlanChange } from "@/lib/core/history";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import type { Plan } from "@/lib/schemas/plan";
import { blueprintWith, GCP_EUROPE_WEST1, regionOf } from "./fixtures";

const WAIVER = { findingId: "cockroach-below-production", reason: "Staging cluster: one node per zone is enough.", waivedAt: "2026-03-01T09:00:00.000Z" };

const cases: [string, Plan, PlanChange[]][] = [
  ["the same plan", blueprintWith(), []],
  [
    "a GCP region added, the secondary moved to it, one pod CIDR and agent_connection_count changed",
    blueprintWith((p) => {
      p.regions.push(structuredClone(GCP_EUROPE_WEST1));
      p.cockroachdb.secondaryRegion = "gcp:europe-west1";
      regionOf(p, "aws:us-west-2").kubernetes.podCidr = "10.28.0.0/16";
      p.teleport.proxyPeering.agentConnectionCount = 3;
    }),
    [
      { path: "teleport.proxyPeering.agentConnectionCount", label: "Proxy peering agent_connection_count", kind: "changed", before: 2, after: 3 },
      { path: "cockroachdb.secondaryRegion", label: "Secondary region", kind: "changed", before: "aws:us-east-2", after: "gcp:europe-west1" },
      { path: "regions[aws:us-west-2].kubernetes.podCidr", label: "Pod CIDR of aws:us-west-2", kind: "changed", before: "10.18.0.0/16", after: "10.28.0.0/16" },
      { path: "regions[gcp:europe-west1]", label: "Region gcp:europe-west1", kind: "added", after: GCP_EUROPE_WEST1 },
    ],
  ],
  ["regions reordered", blueprintWith((p) => p.regions.reverse()), []],
  ["zones reordered", blueprintWith((p) => p.regions.forEach((r) => r.zones.reverse())), []],
  [
    "a region removed",
    blueprintWith((p) => {
      p.regions = p.regions.filter((r) => r.id !== "aws:us-west-2");
    }),
    [{ path: "regions[aws:us-west-2]", label: "Region aws:us-west-2", kind: "removed", before: regionOf(BLUEPRINT_TEMPLATE, "aws:us-west-2") }],
  ],
  [
    "one zone swapped for another, listed by zone name",
    blueprintWith((p) => {
      regionOf(p, "aws:us-east-1").zones = ["us-east-1d", "us-east-1a", "us-east-1b"];
    }),
    [
      { path: "regions[aws:us-east-1].zones[us-east-1c]", label: "Zone us-east-1c of aws:us-east-1", kind: "removed", before: "us-east-1c" },
      { path: "regions[aws:us-east-1].zones[us-east-1d]", label: "Zone us-east-1d of aws:us-east-1", kind: "added", after: "us-east-1d" },
    ],
  ],
  [
    "a waiver added",
    blueprintWith((p) => p.waivers.push(WAIVER)),
    [{ path: "waivers[cockroach-below-production]", label: "Waiver for cockroach-below-production", kind: "added", after: WAIVER }],
  ],
  [
    "the secondary region cleared",
    blueprintWith((p) => {
      p.cockroachdb.secondaryRegion = null;
    }),
    [{ path: "cockroachdb.secondaryRegion", label: "Secondary region", kind: "changed", before: "aws:us-east-2", after: null }],
  ],
  [
    "a resources override added: walked to its leaves",
    blueprintWith((p) => {
      regionOf(p, "aws:us-east-2").resources = { teleportProxy: { requests: { cpu: "2", memory: "4Gi" }, limits: { memory: "4Gi" } } };
    }),
    [
      { path: "regions[aws:us-east-2].resources.teleportProxy.requests.cpu", label: "Teleport proxy CPU request of aws:us-east-2", kind: "added", after: "2" },
      { path: "regions[aws:us-east-2].resources.teleportProxy.requests.memory", label: "Teleport proxy memory request of aws:us-east-2", kind: "added", after: "4Gi" },
      { path: "regions[aws:us-east-2].resources.teleportProxy.limits.memory", label: "Teleport proxy memory limit of aws:us-east-2", kind: "added", after: "4Gi" },
    ],
  ],
  [
    "TLS switched from a secret to cert-manager",
    blueprintWith((p) => {
      p.teleport.tls = { mode: "cert-manager", issuerName: "letsencrypt", issuerKind: "ClusterIssuer" };
    }),
    [
      { path: "teleport.tls.mode", label: "TLS mode", kind: "changed", before: "existing-secret", after: "cert-manager" },
      { path: "teleport.tls.issuerName", label: "cert-manager issuer name", kind: "added", after: "letsencrypt" },
      { path: "teleport.tls.issuerKind", label: "cert-manager issuer kind", kind: "added", after: "ClusterIssuer" },
      { path: "teleport.tls.secretName", label: "TLS secret name", kind: "removed", before: "proxy-cert" },
    ],
  ],
  [
    "fields in several sections, listed in schema order",
    blueprintWith((p) => {
      p.connectivity.cockroachPortOpen = false;
      p.geoDns.ttlSeconds = 300;
      regionOf(p, "aws:us-east-1").runsTeleport = false;
      p.cockroachdb.nodesPerZone = 3;
      p.teleport.workload.sshNodes = 20_000;
    }),
    [
      { path: "teleport.workload.sshNodes", label: "SSH nodes", kind: "changed", before: 10_000, after: 20_000 },
      { path: "cockroachdb.nodesPerZone", label: "CockroachDB nodes per zone", kind: "changed", before: 1, after: 3 },
      { path: "regions[aws:us-east-1].runsTeleport", label: "Runs Teleport in aws:us-east-1", kind: "changed", before: true, after: false },
      { path: "geoDns.ttlSeconds", label: "GeoDNS record TTL (seconds)", kind: "changed", before: 60, after: 300 },
      { path: "connectivity.cockroachPortOpen", label: "CockroachDB port 26257 open between regions", kind: "changed", before: true, after: false },
    ],
  ],
];

describe("diffPlans", () => {
  test.each(cases)("blueprint → %s", (_name, after, expected) => {
    expect(diffPlans(BLUEPRINT_TEMPLATE, after)).toEqual(expected);
  });

  test("a waiver's reason edited is one field of that waiver", () => {
    const before = blueprintWith((p) => p.waivers.push(WAIVER));
    const after = blueprintWith((p) => p.waivers.push({ ...WAIVER, reason: "Accepted until the production cut-over." }));
    expect(diffPlans(before, after)).toEqual([
      {
        path: "waivers[cockroach-below-production].reason",
        label: "Reason of the waiver for cockroach-below-production",
        kind: "changed",
        before: WAIVER.reason,
        after: "Accepted until the production cut-over.",
      },
    ]);
  });

  test("the order of an object's keys does not change the result", () => {
    const after = blueprintWith((p) => {
      p.teleport.version = "18.11.0";
      p.teleport.clusterName = "teleport.example.com";
    });
    const shuffled: Plan = { ...after, teleport: Object.fromEntries(Object.entries(after.teleport).reverse()) as Plan["teleport"] };
    expect(diffPlans(BLUEPRINT_TEMPLATE, shuffled).map((c) => c.path)).toEqual(["teleport.clusterName", "teleport.version"]);
  });

  test("any order of regions and zones gives no change", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 3, maxLength: 3 }), fc.array(fc.nat(), { minLength: 3, maxLength: 3 }), (regionKeys, zoneKeys) => {
        const shuffle = <T>(items: T[], keys: number[]) => items.map((item, i) => ({ item, key: keys[i] ?? 0 })).sort((a, b) => a.key - b.key).map((x) => x.item);
        const after = structuredClone(BLUEPRINT_TEMPLATE);
        after.regions = shuffle(after.regions, regionKeys).map((r) => ({ ...r, zones: shuffle(r.zones, zoneKeys) }));
        expect(diffPlans(BLUEPRINT_TEMPLATE, after)).toEqual([]);
      }),
    );
  });

  test.each(cases.filter(([, , expected]) => expected.length > 0))("diffing back mirrors the change: %s", (_name, after) => {
    const mirror = (c: PlanChange): PlanChange => {
      const kind = c.kind === "added" ? "removed" : c.kind === "removed" ? "added" : "changed";
      const out: PlanChange = { path: c.path, label: c.label, kind };
      if (c.after !== undefined) out.before = c.after;
      if (c.before !== undefined) out.after = c.before;
      return out;
    };
    const byPath = (a: PlanChange, b: PlanChange) => (a.path < b.path ? -1 : 1);
    expect(diffPlans(after, BLUEPRINT_TEMPLATE).sort(byPath)).toEqual(diffPlans(BLUEPRINT_TEMPLATE, after).map(mirror).sort(byPath));
  });
});
