import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { Workload } from "@/lib/schemas/plan";
import { BLUEPRINT_TEMPLATE } from "../templates/blueprint";
import { backendLoad } from "./backend-load";

const ZERO: Workload = { sshNodes: 0, kubernetesClusters: 0, databases: 0, applications: 0, desktops: 0, concurrentSessions: 0, loginsPerSecond: 0 };

describe("backendLoad", () => {
  test("the template's workload is exactly the blueprint's 10,000 SSH nodes", () => {
    expect(backendLoad(BLUEPRINT_TEMPLATE.teleport.workload).equivalents).toBe(10_000);
  });

  test.each<[string, Partial<Workload>, number]>([
    ["nothing", {}, 0],
    ["SSH nodes only", { sshNodes: 12_345 }, 12_345],
    ["other resources within the allowance", { sshNodes: 10_000, databases: 500 }, 10_000],
    ["other resources above the allowance", { sshNodes: 10_000, kubernetesClusters: 300, desktops: 300 }, 10_100],
    ["other resources without SSH nodes", { applications: 2_000 }, 2_000],
    ["sessions above the allowance count twice", { sshNodes: 10_000, concurrentSessions: 1_500 }, 11_000],
    ["logins above the allowance count 100 times", { sshNodes: 10_000, loginsPerSecond: 60 }, 11_000],
    ["logins alone", { loginsPerSecond: 100 }, 10_000],
  ])("%s", (_name, workload, equivalents) => {
    expect(backendLoad({ ...ZERO, ...workload }).equivalents).toBe(equivalents);
  });

  test("never decreases when any field grows (property)", () => {
    const field = fc.integer({ min: 0, max: 200_000 });
    const workload = fc.record({
      sshNodes: field,
      kubernetesClusters: field,
      databases: field,
      applications: field,
      desktops: field,
      concurrentSessions: field,
      loginsPerSecond: fc.integer({ min: 0, max: 5_000 }),
    });
    const key = fc.constantFrom<keyof Workload>("sshNodes", "kubernetesClusters", "databases", "applications", "desktops", "concurrentSessions", "loginsPerSecond");
    fc.assert(
      fc.property(workload, key, fc.integer({ min: 1, max: 50_000 }), (w, k, delta) => {
        const grown = { ...w, [k]: w[k] + delta };
        expect(backendLoad(grown).equivalents).toBeGreaterThanOrEqual(backendLoad(w).equivalents);
      }),
    );
  });
});
