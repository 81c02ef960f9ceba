import { describe, expect, test } from "vitest";
import type { PlanRegion } from "@/lib/schemas/plan";
import { variant } from "../rules/test-support";
import { connectionBudget } from "./connection-budget";
import { sizePlan } from "./size-plan";

const own = (r: PlanRegion) => r;

describe("connectionBudget", () => {
  test("the template: 6 vCPU per region serve 24 connections, 2 Auth pods get a pool of 7 each", () => {
    const plan = variant();
    expect(connectionBudget(plan, sizePlan(plan), own)[0]).toEqual({
      region: "aws:us-east-1",
      vcpu: 6,
      budget: 24,
      clients: ["aws:us-east-1"],
      authPods: 2,
      poolMaxConns: 7,
      perPod: 12,
      total: 24,
      fits: true,
    });
  });

  test.each([
    // [nodes per zone, Auth pods, pool per pod, fits]
    [1, 2, 7, true], // 24 / 2 = 12 − 1 − 4
    [1, 3, 4, false], // 24 / 3 = 8 − 5 = 3: below the minimum
    [4, 2, 20, true], // 96 / 2 = 48 − 5 = 43, capped at the blueprint's 20
    [1, 4, 4, false], // 24 / 4 = 6 − 5 = 1: below the minimum, written as 4 and flagged
  ])("%i node(s) per zone, %i Auth pods → pool %i", (nodesPerZone, authPods, pool, fits) => {
    const plan = variant((p) => {
      p.cockroachdb.nodesPerZone = nodesPerZone;
      p.regions[0]!.authReplicas = authPods;
    });
    const [first] = connectionBudget(plan, sizePlan(plan), own);
    expect({ pool: first!.poolMaxConns, fits: first!.fits }).toEqual({ pool, fits });
  });

  test("a Teleport-only region counts against the database region it is mapped to", () => {
    const plan = variant((p) => {
      p.regions[2]!.runsCockroach = false;
      p.cockroachdb.secondaryRegion = null;
    });
    const toEast2 = (r: PlanRegion) => (r.runsCockroach ? r : plan.regions[1]);
    const budgets = connectionBudget(plan, sizePlan(plan), toEast2);
    expect(budgets.map((b) => [b.region, b.clients, b.authPods, b.poolMaxConns])).toEqual([
      ["aws:us-east-1", ["aws:us-east-1"], 2, 19],
      ["aws:us-east-2", ["aws:us-east-2", "aws:us-west-2"], 4, 7],
    ]);
  });
});
