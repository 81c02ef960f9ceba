import { describe, expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { bundleContext } from "@/lib/core/bundle/context";
import { variant } from "@/lib/core/rules/test-support";
import type { Plan } from "@/lib/schemas/plan";
import { cockroachRegionValues } from "./cockroach-values";

const conf = (plan: Plan) => {
  const ctx = bundleContext(plan, analyzePlan(plan));
  return cockroachRegionValues(ctx, ctx.databaseRegions[0]!)[0]!.values.conf as Record<string, unknown>;
};

describe("CockroachDB --max-offset", () => {
  test("a multi-region cluster runs with max-offset 250ms", () => {
    expect(conf(variant())["max-offset"]).toBe("250ms");
  });

  test("a single database region keeps the default (no max-offset key)", () => {
    const plan = variant((p) => {
      p.regions[1]!.runsCockroach = false;
      p.regions[2]!.runsCockroach = false;
      p.cockroachdb.secondaryRegion = null;
    });
    expect(conf(plan)).not.toHaveProperty("max-offset");
  });

  test("CockroachDB core (regions declared as zones, no multi-region SQL) keeps the default", () => {
    expect(conf(variant((p) => void (p.cockroachdb.licence = "core")))).not.toHaveProperty("max-offset");
  });
});
