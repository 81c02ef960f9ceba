import { describe, expect, test } from "vitest";
import { memoryLimitRule as rule } from "./memory-limit";
import { brief, runRule, variant } from "./test-support";

const FIELDS_0_COCKROACH = ["regions.0.resources.cockroach.limits.memory", "regions.0.resources.cockroach.requests.memory"];

describe("memory-limit", () => {
  test.each([
    ["no memory limit", { requests: { cpu: "2", memory: "8Gi" } }, "warning"],
    ["a limit above the request", { requests: { cpu: "2", memory: "8Gi" }, limits: { memory: "12Gi" } }, "warning"],
    ["a limit below the request, which Kubernetes refuses", { requests: { cpu: "2", memory: "8Gi" }, limits: { memory: "4Gi" } }, "critical"],
  ] as const)("fires: %s", (_, cockroach, severity) => {
    const plan = variant((p) => void (p.regions[0]!.resources = { cockroach: structuredClone(cockroach) }));
    expect(brief(runRule(rule, plan))).toEqual([{ id: "memory-limit:aws:us-east-1:cockroachdb", severity, fields: FIELDS_0_COCKROACH }]);
  });

  test("names the component and region", () => {
    const plan = variant((p) => void (p.regions[2]!.resources = { teleportAuth: { requests: { cpu: "8", memory: "16Gi" } } }));
    const [finding] = runRule(rule, plan);
    expect(finding?.id).toBe("memory-limit:aws:us-west-2:teleport-auth");
    expect(finding?.title).toBe("Teleport Auth in aws:us-west-2 has no memory limit");
  });

  test.each([
    ["the template (planner sizing sets limit = request)", variant()],
    ["an override with an equal limit in other units", variant((p) => void (p.regions[0]!.resources = { cockroach: { requests: { cpu: "2", memory: "8Gi" }, limits: { memory: "8192Mi" } } }))],
  ])("silent: %s", (_, plan) => {
    expect(runRule(rule, plan)).toEqual([]);
  });
});
