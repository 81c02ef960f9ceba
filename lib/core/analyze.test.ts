import { describe, expect, test } from "vitest";
import type { Plan } from "@/lib/schemas/plan";
import { analyzePlan } from "./analyze";
import { variant } from "./rules/test-support";
import { BLUEPRINT_TEMPLATE } from "./templates/blueprint";

const WAIVED_AT = "2026-07-01T12:00:00.000Z";

/** Five findings across all severities. */
const faulty = (edit: (plan: Plan) => void = () => {}) =>
  variant((p) => {
    p.teleport.edition = "community";
    p.objectStorage.deleteMarkerReplication = false;
    p.geoDns.ttlSeconds = 120;
    edit(p);
  });

describe("analyzePlan", () => {
  test("the blueprint template has no critical or warning findings", () => {
    const analysis = analyzePlan(BLUEPRINT_TEMPLATE);
    expect(analysis.findings.map((f) => [f.severity, f.id])).toEqual([["info", "cockroach-below-production"]]);
    expect(analysis.summary).toEqual({ critical: 0, warning: 0, info: 1, waived: 0, worst: "info" });
  });

  test("sorts by severity, then id, and counts each severity", () => {
    const analysis = analyzePlan(faulty());
    expect(analysis.findings.map((f) => [f.severity, f.id])).toEqual([
      ["critical", "community-edition:cockroachdb-backend"],
      ["critical", "community-edition:proxy-peering"],
      ["warning", "object-storage-delete-markers"],
      ["info", "cockroach-below-production"],
      ["info", "geodns-ttl"],
    ]);
    expect(analysis.summary).toEqual({ critical: 2, warning: 1, info: 2, waived: 0, worst: "critical" });
  });

  test("a waiver keeps the finding, marks it and moves it from its severity count to waived", () => {
    const plan = faulty((p) => {
      p.waivers = [{ findingId: "community-edition:proxy-peering", reason: "Peering is decided later.", waivedAt: WAIVED_AT }];
    });
    const analysis = analyzePlan(plan);
    const waived = analysis.findings.filter((f) => f.waiver);
    expect(waived.map((f) => [f.id, f.waiver])).toEqual([["community-edition:proxy-peering", { reason: "Peering is decided later.", waivedAt: WAIVED_AT }]]);
    expect(analysis.findings).toHaveLength(5);
    expect(analysis.summary).toEqual({ critical: 1, warning: 1, info: 2, waived: 1, worst: "critical" });
  });

  test.each([
    [["community-edition:cockroachdb-backend", "community-edition:proxy-peering"], { critical: 0, warning: 1, info: 2, waived: 2, worst: "warning" }],
    [
      ["community-edition:cockroachdb-backend", "community-edition:proxy-peering", "object-storage-delete-markers"],
      { critical: 0, warning: 0, info: 2, waived: 3, worst: "info" },
    ],
    [
      ["community-edition:cockroachdb-backend", "community-edition:proxy-peering", "object-storage-delete-markers", "cockroach-below-production", "geodns-ttl"],
      { critical: 0, warning: 0, info: 0, waived: 5, worst: null },
    ],
    [["community-edition", "geodns-ttl:extra", "no-such-finding"], { critical: 2, warning: 1, info: 2, waived: 0, worst: "critical" }],
  ] as const)("waiving %j gives %j", (ids, summary) => {
    const plan = faulty((p) => {
      p.waivers = ids.map((findingId) => ({ findingId, reason: "Accepted.", waivedAt: WAIVED_AT }));
    });
    expect(analyzePlan(plan).summary).toEqual(summary);
  });

  test("the last of two waivers for one finding wins", () => {
    const plan = faulty((p) => {
      p.waivers = [
        { findingId: "geodns-ttl", reason: "First reason.", waivedAt: WAIVED_AT },
        { findingId: "geodns-ttl", reason: "Second reason.", waivedAt: "2026-07-02T12:00:00.000Z" },
      ];
    });
    const ttl = analyzePlan(plan).findings.find((f) => f.id === "geodns-ttl");
    expect(ttl?.waiver).toEqual({ reason: "Second reason.", waivedAt: "2026-07-02T12:00:00.000Z" });
  });

  test("is deterministic and leaves the plan untouched", () => {
    const plan = faulty();
    const before = structuredClone(plan);
    const first = analyzePlan(plan);
    expect(analyzePlan(structuredClone(plan))).toEqual(first);
    expect(JSON.stringify(analyzePlan(plan))).toBe(JSON.stringify(first));
    expect(plan).toEqual(before);
  });

  test("returns the matrix, write latency, failures and sizing for the plan's regions", () => {
    const analysis = analyzePlan(BLUEPRINT_TEMPLATE);
    expect(analysis.latency.map((r) => `${r.from}>${r.to}`)).toEqual([
      "aws:us-east-1>aws:us-east-2",
      "aws:us-east-1>aws:us-west-2",
      "aws:us-east-2>aws:us-east-1",
      "aws:us-east-2>aws:us-west-2",
      "aws:us-west-2>aws:us-east-1",
      "aws:us-west-2>aws:us-east-2",
    ]);
    expect(analysis.failures.map((f) => f.region)).toEqual(["aws:us-east-1", "aws:us-east-2", "aws:us-west-2"]);
    expect(analysis.writeLatency.perGateway.map((g) => g.region)).toEqual(["aws:us-east-1", "aws:us-east-2", "aws:us-west-2"]);
    expect(analysis.writeLatency.survivalGoal).toBe("region");
    expect(analysis.sizing.regions.map((r) => r.region)).toEqual(["aws:us-east-1", "aws:us-east-2", "aws:us-west-2"]);
  });
});
