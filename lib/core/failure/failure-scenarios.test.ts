import { describe, expect, test } from "vitest";
import type { Plan } from "@/lib/schemas/plan";
import type { RegionId, Rtt } from "../analysis/types";
import { sizePlan } from "../sizing";
import { extraRegion, sshOnly, withCockroach, withRegion, withRegions } from "../sizing/test-fixtures";
import { BLUEPRINT_TEMPLATE } from "../templates/blueprint";
import { failureScenarios } from "./failure-scenarios";

const scenariosOf = (plan: Plan, rtt?: (a: RegionId, b: RegionId) => Rtt) => failureScenarios(plan, sizePlan(plan), rtt);
const cockroachOf = (plan: Plan) => scenariosOf(plan).map((s) => [s.region, s.cockroach.isQuorumKept, s.cockroach.votersLost, s.cockroach.votersTotal]);

const [east1, east2, west2] = BLUEPRINT_TEMPLATE.regions;
if (!east1 || !east2 || !west2) throw new Error("template changed");

describe("the template (REGION survival, primary us-east-1, secondary us-east-2)", () => {
  const scenarios = scenariosOf(BLUEPRINT_TEMPLATE);

  test("one scenario per region, in plan order; quorum kept everywhere (2+2+1)", () => {
    expect(cockroachOf(BLUEPRINT_TEMPLATE)).toEqual([
      ["aws:us-east-1", true, 2, 5],
      ["aws:us-east-2", true, 2, 5],
      ["aws:us-west-2", true, 1, 5],
    ]);
  });

  test("users go to the surviving regions, nearest first, and the survivors have capacity", () => {
    expect(scenarios.map((s) => [s.region, s.teleport.usersGoTo, s.teleport.hasCapacity])).toEqual([
      ["aws:us-east-1", ["aws:us-east-2", "aws:us-west-2"], true],
      ["aws:us-east-2", ["aws:us-east-1", "aws:us-west-2"], true],
      ["aws:us-west-2", ["aws:us-east-2", "aws:us-east-1"], true],
    ]);
  });

  test("explanations say why, with their source", () => {
    const [first] = scenarios;
    expect(first?.cockroach.explanation).toBe(
      "With REGION survival the Teleport databases have 5 voters (CockroachDB docs: Multi-region survival goals): the primary region holds 2 of them and its leases " +
        "move to the secondary region aws:us-east-2. Losing aws:us-east-1 leaves 3 of 5, a majority, so the backend keeps accepting reads and writes.",
    );
    expect(first?.teleport.explanation).toMatch(/^GeoDNS health checks on \/v1\/webapi\/ping take aws:us-east-1 out of DNS and its users reach aws:us-east-2 \([\d.]+ ms away\), then aws:us-west-2/);
    expect(first?.teleport.explanation).toContain("The survivors' 4 proxy and 4 auth pods carry the whole load of 10,000 SSH-node equivalents.");
  });
});

describe("ZONE survival", () => {
  const plan = withCockroach({ survivalGoal: "zone" });

  test("losing the primary loses quorum; other regions hold only non-voters", () => {
    expect(cockroachOf(plan)).toEqual([
      ["aws:us-east-1", false, 3, 3],
      ["aws:us-east-2", true, 0, 3],
      ["aws:us-west-2", true, 0, 3],
    ]);
  });

  test("the primary's explanation says the backend stops until the region returns", () => {
    const [primary] = scenariosOf(plan);
    expect(primary?.cockroach.explanation).toContain("With ZONE survival all 3 voters of teleport_backend and teleport_audit live in the primary region aws:us-east-1");
    expect(primary?.cockroach.explanation).toContain("accept no reads or writes until the region returns");
    expect(primary?.teleport.explanation).toContain("Teleport cannot serve requests until CockroachDB regains quorum");
  });
});

describe("two CockroachDB regions", () => {
  const plan = withRegion(2, { runsCockroach: false });

  test("REGION survival is refused; the primary's loss loses quorum, the others keep it", () => {
    expect(cockroachOf(plan)).toEqual([
      ["aws:us-east-1", false, 3, 3],
      ["aws:us-east-2", true, 0, 3],
      ["aws:us-west-2", true, 0, 3],
    ]);
    const [primary, , teleportOnly] = scenariosOf(plan);
    expect(primary?.cockroach.explanation).toMatch(/^The plan asks for REGION survival, but CockroachDB refuses it with 2 database regions/);
    expect(teleportOnly?.cockroach.explanation).toContain("aws:us-west-2 runs no CockroachDB nodes");
  });
});

describe("more regions", () => {
  const euWest1 = extraRegion("aws:eu-west-1", ["eu-west-1a", "eu-west-1b", "eu-west-1c"]);

  test("4 regions with a secondary: the others lose at most 1 voter", () => {
    expect(cockroachOf(withRegions([east1, east2, west2, euWest1]))).toEqual([
      ["aws:us-east-1", true, 2, 5],
      ["aws:us-east-2", true, 2, 5],
      ["aws:us-west-2", true, 1, 5],
      ["aws:eu-west-1", true, 1, 5],
    ]);
  });

  test("3 regions without a secondary: a non-primary region may hold 2 of the floating voters", () => {
    expect(cockroachOf(withCockroach({ secondaryRegion: null }))).toEqual([
      ["aws:us-east-1", true, 2, 5],
      ["aws:us-east-2", true, 2, 5],
      ["aws:us-west-2", true, 2, 5],
    ]);
    expect(scenariosOf(withCockroach({ secondaryRegion: null }))[2]?.cockroach.explanation).toContain("Losing aws:us-west-2 leaves at least 3 of 5, a majority");
  });
});

describe("Teleport capacity", () => {
  test("120,000 SSH nodes with 2 proxies per region: two survivors carry 100,000", () => {
    const scenarios = scenariosOf(sshOnly(120_000));
    expect(scenarios.map((s) => s.teleport.hasCapacity)).toEqual([false, false, false]);
    expect(scenarios[0]?.teleport.explanation).toContain(
      "The survivors' 4 proxy and 4 auth pods fall short of the whole load: proxies carry about 100,000 of the 120,000 SSH-node equivalents; auth pods carry about 100,000 of the 120,000 SSH-node equivalents.",
    );
  });

  test("raising the replicas to the recommendation restores capacity", () => {
    const regions = BLUEPRINT_TEMPLATE.regions.map((r) => ({ ...r, authReplicas: 3, proxyReplicas: 3 }));
    const plan = sshOnly(120_000, withRegions(regions));
    expect(scenariosOf(plan).map((s) => s.teleport.hasCapacity)).toEqual([true, true, true]);
  });

  test("the only Teleport region fails: nobody to take its users", () => {
    const plan = withRegion(1, { runsTeleport: false }, withRegion(2, { runsTeleport: false }));
    const [only, dbOnly] = scenariosOf(plan);
    expect(only?.teleport).toEqual({
      usersGoTo: [],
      hasCapacity: false,
      explanation: "aws:us-east-1 is the plan's only Teleport region: when it fails no Teleport region is left to take its users.",
    });
    expect(dbOnly?.teleport).toMatchObject({ usersGoTo: [], hasCapacity: true });
    expect(dbOnly?.teleport.explanation).toBe("aws:us-east-2 runs no Teleport pods, so no users move. The Teleport regions keep their planned capacity.");
  });

  test("survivors are ordered by the RTT function given", () => {
    const fake = (a: RegionId, b: RegionId): Rtt => ({ from: a, to: b, rttMs: b === "aws:us-west-2" ? 5 : 50, kind: "estimated" });
    expect(scenariosOf(BLUEPRINT_TEMPLATE, fake)[0]?.teleport.usersGoTo).toEqual(["aws:us-west-2", "aws:us-east-2"]);
  });
});
