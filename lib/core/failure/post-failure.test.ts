import { describe, expect, test } from "vitest";
import { analyzePlan } from "../analyze";
import { extraRegion, sshOnly, withCockroach, withRegion, withRegions } from "../sizing/test-fixtures";
import { BLUEPRINT_TEMPLATE } from "../templates/blueprint";
import { gradeFailure } from "./failure-grade";

const [east1, , west2] = BLUEPRINT_TEMPLATE.regions;
if (!east1 || !west2) throw new Error("template changed");
const sydney = extraRegion("aws:ap-southeast-2", ["ap-southeast-2a", "ap-southeast-2b", "ap-southeast-2c"]);
/** The plan: primary us-east-1, secondary ap-southeast-2, and us-west-2 for the fifth voter. */
const sydneyPlan = withCockroach({ secondaryRegion: "aws:ap-southeast-2" }, withRegions([east1, sydney, west2]));
const afterOf = (plan = sydneyPlan) => analyzePlan(plan).failures.map((f) => f.after);

describe("primary us-east-1, secondary ap-southeast-2 (REGION survival)", () => {
  const [primary, secondary, third] = afterOf();

  test("losing the primary moves the leases to Sydney and US writes wait for it", () => {
    expect(primary?.leaseholderRegion).toBe("aws:ap-southeast-2");
    expect(primary?.writeLatency?.commitMs).toBe(141);
    expect(primary?.writeLatency?.perGateway).toEqual([
      { region: "aws:ap-southeast-2", writeMs: 141, beforeMs: 263.8, reason: "holds the leases now: commit only (141 ms)" },
      { region: "aws:us-west-2", writeMs: 282, beforeMs: 128.2, reason: "round trip to the leaseholder in aws:ap-southeast-2 (141 ms) + commit (141 ms)" },
    ]);
    expect(primary?.writeLatency?.explanation).toMatch(/^The leases move from aws:us-east-1 to aws:ap-southeast-2\. /);
  });

  test("the primary's loss is graded degraded, naming the slowest-hit region", () => {
    expect(primary?.grade).toBe("degraded");
    expect(primary?.gradeReason).toBe("Degraded: writes from aws:us-west-2 take 282 ms instead of 128.2 ms (2.2×).");
  });

  test("users of the failed region go to the survivors, nearest first, with their RTT", () => {
    expect(primary?.usersMoveTo).toEqual([
      { region: "aws:us-west-2", rttMs: 64.1 },
      { region: "aws:ap-southeast-2", rttMs: 199.7 },
    ]);
  });

  test("losing the secondary keeps the leases and the writes as they were: fine", () => {
    expect(secondary?.leaseholderRegion).toBe("aws:us-east-1");
    expect(secondary?.writeLatency?.worstMs).toBe(128.2);
    expect(secondary?.grade).toBe("fine");
  });

  test("losing the fifth voter's region makes every commit cross the Pacific: degraded", () => {
    expect(third?.leaseholderRegion).toBe("aws:us-east-1");
    expect(third?.writeLatency?.commitMs).toBe(199.7);
    expect(third?.grade).toBe("degraded");
  });
});

describe("other plans", () => {
  test("ZONE survival: the primary's loss is down, with no leaseholder and no write latency", () => {
    const [primary, other] = afterOf(withCockroach({ survivalGoal: "zone" }));
    expect(primary).toMatchObject({ grade: "down", leaseholderRegion: null, writeLatency: null });
    expect(primary?.gradeReason).toMatch(/^Down: CockroachDB loses quorum/);
    expect(other?.grade).toBe("fine");
    expect(other?.writeLatency?.commitMs).toBe(1.5);
  });

  test("no secondary region: the leases go to the surviving database region nearest the primary", () => {
    const [primary] = afterOf(withCockroach({ secondaryRegion: null }));
    expect(primary?.leaseholderRegion).toBe("aws:us-east-2");
  });

  test("the only Teleport region fails: down", () => {
    const plan = withRegion(1, { runsTeleport: false }, withRegion(2, { runsTeleport: false }));
    const [only] = afterOf(plan);
    expect(only?.grade).toBe("down");
    expect(only?.gradeReason).toBe("Down: no Teleport region is left to serve users.");
  });

  test("short of capacity is degraded even when writes keep their speed", () => {
    const [, , west] = afterOf(sshOnly(120_000));
    expect(west?.grade).toBe("degraded");
    expect(west?.gradeReason).toContain("the surviving Teleport regions are short of capacity");
  });
});

describe("gradeFailure thresholds", () => {
  const base = { isQuorumKept: true, hasCapacity: true, isTeleportLeft: true };
  test("doubling a small figure by less than 20 ms stays fine", () => {
    expect(gradeFailure({ ...base, writes: [{ region: "a", beforeMs: 1.5, afterMs: 15 }] }).grade).toBe("fine");
  });
  test("+20 ms without doubling stays fine; doubling and +20 ms is degraded", () => {
    expect(gradeFailure({ ...base, writes: [{ region: "a", beforeMs: 100, afterMs: 150 }] }).grade).toBe("fine");
    expect(gradeFailure({ ...base, writes: [{ region: "a", beforeMs: 20, afterMs: 40 }] }).grade).toBe("degraded");
  });
  test("a tenfold rise is degraded, and the reason says so", () => {
    expect(gradeFailure({ ...base, writes: [{ region: "aws:us-east-2", beforeMs: 15, afterMs: 150 }] }).gradeReason).toBe(
      "Degraded: writes from aws:us-east-2 take 150 ms instead of 15 ms (10×).",
    );
  });
});
