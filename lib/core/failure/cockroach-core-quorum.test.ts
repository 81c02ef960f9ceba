import { expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import { coreCockroachOutcome } from "./cockroach-core-quorum";

const core = () => ({ ...structuredClone(BLUEPRINT_TEMPLATE), cockroachdb: { ...BLUEPRINT_TEMPLATE.cockroachdb, licence: "core" as const, survivalGoal: "zone" as const, secondaryRegion: null } });

test("core over three regions: one replica each, losing any region keeps 2 of 3 (issue 10: not ZONE survival's 3 voters in the primary)", () => {
  const scenarios = analyzePlan(core()).failures;
  expect(scenarios.map((s) => [s.region, s.cockroach.isQuorumKept, s.cockroach.votersLost, s.cockroach.votersTotal])).toEqual([
    ["aws:us-east-1", true, 1, 3],
    ["aws:us-east-2", true, 1, 3],
    ["aws:us-west-2", true, 1, 3],
  ]);
  expect(scenarios[0]!.cockroach.explanation).toMatch(/^CockroachDB core has no survival goals; the zone configuration pins one of the 3 replicas to each of the 3 database regions/);
});

test("core over two regions: the third replica can share a region, so losing one can lose quorum", () => {
  expect(coreCockroachOutcome(["aws:us-east-1", "aws:us-east-2"], "aws:us-east-1")).toMatchObject({ isQuorumKept: false, votersLost: 2, votersTotal: 3 });
  expect(coreCockroachOutcome(["aws:us-east-1", "aws:us-east-2"], "aws:us-west-2")).toMatchObject({ isQuorumKept: true, votersLost: 0 });
});

test("core over four regions: 5 replicas, at most 2 in one region, quorum kept", () => {
  expect(coreCockroachOutcome(["a:1", "a:2", "a:3", "a:4"], "a:2")).toMatchObject({ isQuorumKept: true, votersLost: 2, votersTotal: 5 });
});
