import { describe, expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { summarizeChange, type ChangeSummary } from "@/lib/core/history";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import type { Plan } from "@/lib/schemas/plan";
import { blueprintWith, GCP_EUROPE_WEST1, regionOf } from "./fixtures";

const revision = (plan: Plan) => ({ plan, analysis: analyzePlan(plan) });
const WAIVER = { findingId: "cockroach-below-production", reason: "Staging cluster: one node per zone is enough.", waivedAt: "2026-03-01T09:00:00.000Z" };
const BLUEPRINT_TOTALS = { vcpu: 90, memoryGiB: 216, storageGiB: 900, pods: 21 };

type Expected = Pick<ChangeSummary, "line" | "regionsAdded" | "regionsRemoved" | "rolesMoved"> & {
  delta: ChangeSummary["sizing"]["delta"];
  opened: string[];
  resolved: [id: string, isWaived: boolean][];
  changes: string[];
};

const NONE = { regionsAdded: [], regionsRemoved: [], rolesMoved: [], opened: [], resolved: [] };
const NO_DELTA = { vcpu: 0, memoryGiB: 0, storageGiB: 0, pods: 0 };

const cases: [string, Plan, Plan, Expected][] = [
  [
    "a GCP region added as the secondary, a pod CIDR and agent_connection_count changed",
    BLUEPRINT_TEMPLATE,
    blueprintWith((p) => {
      p.regions.push(structuredClone(GCP_EUROPE_WEST1));
      p.cockroachdb.secondaryRegion = "gcp:europe-west1";
      regionOf(p, "aws:us-west-2").kubernetes.podCidr = "10.28.0.0/16";
      p.teleport.proxyPeering.agentConnectionCount = 3;
    }),
    {
      ...NONE,
      line: "Added gcp:europe-west1; secondary moved aws:us-east-2 → gcp:europe-west1; +30 vCPU, +72 GiB memory, +300 GiB storage; 2 findings opened",
      regionsAdded: ["gcp:europe-west1"],
      rolesMoved: [{ role: "cockroach-secondary", region: "gcp:europe-west1", from: "aws:us-east-2", to: "gcp:europe-west1" }],
      delta: { vcpu: 30, memoryGiB: 72, storageGiB: 300, pods: 7 },
      opened: ["cockroach-primary-secondary-distance", "cockroach-clock-sources"],
      changes: ["teleport.proxyPeering.agentConnectionCount", "cockroachdb.secondaryRegion", "regions[aws:us-west-2].kubernetes.podCidr", "regions[gcp:europe-west1]"],
    },
  ],
  ["nothing changed", BLUEPRINT_TEMPLATE, blueprintWith(), { ...NONE, line: "No changes", delta: NO_DELTA, changes: [] }],
  ["regions and zones reordered", BLUEPRINT_TEMPLATE, blueprintWith((p) => p.regions.reverse().forEach((r) => r.zones.reverse())), { ...NONE, line: "No changes", delta: NO_DELTA, changes: [] }],
  [
    "primary and secondary swapped",
    BLUEPRINT_TEMPLATE,
    blueprintWith((p) => {
      p.cockroachdb.primaryRegion = "aws:us-east-2";
      p.cockroachdb.secondaryRegion = "aws:us-east-1";
    }),
    {
      ...NONE,
      line: "Primary moved aws:us-east-1 → aws:us-east-2; secondary moved aws:us-east-2 → aws:us-east-1",
      rolesMoved: [
        { role: "cockroach-primary", region: "aws:us-east-2", from: "aws:us-east-1", to: "aws:us-east-2" },
        { role: "cockroach-secondary", region: "aws:us-east-1", from: "aws:us-east-2", to: "aws:us-east-1" },
      ],
      delta: NO_DELTA,
      changes: ["cockroachdb.primaryRegion", "cockroachdb.secondaryRegion"],
    },
  ],
  [
    "a region removed",
    BLUEPRINT_TEMPLATE,
    blueprintWith((p) => {
      p.regions = p.regions.filter((r) => r.id !== "aws:us-west-2");
    }),
    {
      ...NONE,
      line: "Removed aws:us-west-2; \u221218 vCPU, \u221224 GiB memory, \u2212300 GiB storage; 1 finding opened",
      regionsRemoved: ["aws:us-west-2"],
      delta: { vcpu: -18, memoryGiB: -24, storageGiB: -300, pods: -7 },
      opened: ["cockroach-region-count"],
      changes: ["regions[aws:us-west-2]"],
    },
  ],
  [
    "a region stops running Teleport",
    BLUEPRINT_TEMPLATE,
    blueprintWith((p) => {
      regionOf(p, "aws:us-west-2").runsTeleport = false;
    }),
    {
      ...NONE,
      line: "Teleport stopped in aws:us-west-2; \u221224 vCPU, \u221248 GiB memory",
      rolesMoved: [{ role: "teleport", region: "aws:us-west-2", change: "stopped" }],
      delta: { vcpu: -24, memoryGiB: -48, storageGiB: 0, pods: -4 },
      changes: ["regions[aws:us-west-2].runsTeleport"],
    },
  ],
  [
    "the secondary region cleared",
    BLUEPRINT_TEMPLATE,
    blueprintWith((p) => {
      p.cockroachdb.secondaryRegion = null;
    }),
    {
      ...NONE,
      line: "Secondary moved aws:us-east-2 → none; 1 finding opened",
      rolesMoved: [{ role: "cockroach-secondary", region: "aws:us-east-2", from: "aws:us-east-2", to: null }],
      delta: NO_DELTA,
      opened: ["cockroach-secondary-region"],
      changes: ["cockroachdb.secondaryRegion"],
    },
  ],
  [
    "two findings fixed",
    blueprintWith((p) => {
      p.objectStorage.deleteMarkerReplication = false;
      p.geoDns.healthCheck.enabled = false;
    }),
    BLUEPRINT_TEMPLATE,
    {
      ...NONE,
      line: "2 findings resolved",
      delta: NO_DELTA,
      resolved: [
        ["geodns-health-check", false],
        ["object-storage-delete-markers", false],
      ],
      changes: ["objectStorage.deleteMarkerReplication", "geoDns.healthCheck.enabled"],
    },
  ],
  [
    "a finding waived counts as resolved",
    BLUEPRINT_TEMPLATE,
    blueprintWith((p) => p.waivers.push(WAIVER)),
    { ...NONE, line: "1 finding resolved", delta: NO_DELTA, resolved: [["cockroach-below-production", true]], changes: ["waivers[cockroach-below-production]"] },
  ],
  [
    "a waiver withdrawn re-opens its finding",
    blueprintWith((p) => p.waivers.push(WAIVER)),
    BLUEPRINT_TEMPLATE,
    { ...NONE, line: "1 finding opened", delta: NO_DELTA, opened: ["cockroach-below-production"], changes: ["waivers[cockroach-below-production]"] },
  ],
  [
    "one setting with no other effect is named",
    BLUEPRINT_TEMPLATE,
    blueprintWith((p) => {
      regionOf(p, "aws:us-west-2").kubernetes.podCidr = "10.28.0.0/16";
    }),
    { ...NONE, line: "Pod CIDR of aws:us-west-2: 10.18.0.0/16 → 10.28.0.0/16", delta: NO_DELTA, changes: ["regions[aws:us-west-2].kubernetes.podCidr"] },
  ],
  [
    "several settings with no other effect are counted",
    BLUEPRINT_TEMPLATE,
    blueprintWith((p) => {
      regionOf(p, "aws:us-west-2").kubernetes.podCidr = "10.28.0.0/16";
      p.teleport.proxyPeering.agentConnectionCount = 3;
    }),
    { ...NONE, line: "2 settings changed", delta: NO_DELTA, changes: ["teleport.proxyPeering.agentConnectionCount", "regions[aws:us-west-2].kubernetes.podCidr"] },
  ],
  [
    "CockroachDB sizing grown",
    BLUEPRINT_TEMPLATE,
    blueprintWith((p) => {
      p.cockroachdb.nodesPerZone = 3;
    }),
    { ...NONE, line: "+36 vCPU, +144 GiB memory, +1,800 GiB storage", delta: { vcpu: 36, memoryGiB: 144, storageGiB: 1800, pods: 18 }, changes: ["cockroachdb.nodesPerZone"] },
  ],
];

describe("summarizeChange", () => {
  test.each(cases)("%s", (_name, before, after, expected) => {
    const summary = summarizeChange(revision(before), revision(after));
    expect(summary.line).toBe(expected.line);
    expect(summary.regionsAdded).toEqual(expected.regionsAdded);
    expect(summary.regionsRemoved).toEqual(expected.regionsRemoved);
    expect(summary.rolesMoved).toEqual(expected.rolesMoved);
    expect(summary.sizing.delta).toEqual(expected.delta);
    expect(summary.findingsOpened.map((f) => f.id)).toEqual(expected.opened);
    expect(summary.findingsResolved.map((f) => [f.id, f.isWaived])).toEqual(expected.resolved);
    expect(summary.changes.map((c) => c.path)).toEqual(expected.changes);
  });

  test("the first revision: everything is new, nothing is diffed", () => {
    expect(summarizeChange(null, revision(BLUEPRINT_TEMPLATE))).toEqual({
      regionsAdded: ["aws:us-east-1", "aws:us-east-2", "aws:us-west-2"],
      regionsRemoved: [],
      rolesMoved: [],
      sizing: { before: NO_DELTA, after: BLUEPRINT_TOTALS, delta: BLUEPRINT_TOTALS },
      findingsOpened: [{ id: "cockroach-below-production", title: "CockroachDB nodes are below CockroachDB's production recommendations", severity: "info" }],
      findingsResolved: [],
      changes: [],
      line: "First revision",
    });
  });

  test("findings carry their title and severity", () => {
    const after = blueprintWith((p) => {
      p.cockroachdb.secondaryRegion = null;
    });
    expect(summarizeChange(revision(BLUEPRINT_TEMPLATE), revision(after)).findingsOpened).toEqual([
      { id: "cockroach-secondary-region", title: "No CockroachDB secondary region", severity: "warning" },
    ]);
  });

  test("sizing keeps both totals", () => {
    const summary = summarizeChange(revision(BLUEPRINT_TEMPLATE), revision(blueprintWith((p) => p.regions.push(structuredClone(GCP_EUROPE_WEST1)))));
    expect(summary.sizing.before).toEqual(BLUEPRINT_TOTALS);
    expect(summary.sizing.after).toEqual({ vcpu: 120, memoryGiB: 288, storageGiB: 1200, pods: 28 });
  });

  test("fractional deltas carry no floating-point dust", () => {
    const base = revision(BLUEPRINT_TEMPLATE);
    const withVcpu = (vcpu: number) => ({ ...base, analysis: { ...base.analysis, sizing: { ...base.analysis.sizing, totals: { ...BLUEPRINT_TOTALS, vcpu } } } });
    const summary = summarizeChange(withVcpu(0.1), withVcpu(0.4));
    expect(summary.sizing.delta.vcpu).toBe(0.3);
    expect(summary.line).toBe("+0.3 vCPU");
  });
});
