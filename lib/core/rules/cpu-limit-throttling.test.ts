import { describe, expect, test } from "vitest";
import { cpuLimitThrottlingRule as rule } from "./cpu-limit-throttling";
import { brief, runRule, variant } from "./test-support";

describe("cpu-limit-throttling", () => {
  test.each([
    [
      "a CPU limit without the static CPU manager",
      variant((p) => void (p.regions[1]!.resources = { cockroach: { requests: { cpu: "2", memory: "8Gi" }, limits: { cpu: "2", memory: "8Gi" } } })),
      [{ id: "cpu-limit-throttling:aws:us-east-2:cockroachdb", severity: "critical", fields: ["regions.1.resources.cockroach.limits.cpu", "regions.1.kubernetes.staticCpuManager"] }],
    ],
    [
      "static CPU manager with a fractional CPU limit",
      variant((p) => {
        p.regions[0]!.kubernetes.staticCpuManager = true;
        p.regions[0]!.resources = { teleportProxy: { requests: { cpu: "1500m", memory: "8Gi" }, limits: { cpu: "1500m", memory: "8Gi" } } };
      }),
      [{ id: "cpu-limit-throttling:aws:us-east-1:teleport-proxy", severity: "critical", fields: ["regions.0.resources.teleportProxy.limits.cpu", "regions.0.kubernetes.staticCpuManager"] }],
    ],
    [
      "static CPU manager with a CPU limit above the request",
      variant((p) => {
        p.regions[2]!.kubernetes.staticCpuManager = true;
        p.regions[2]!.resources = { teleportAuth: { requests: { cpu: "4", memory: "16Gi" }, limits: { cpu: "8", memory: "16Gi" } } };
      }),
      [{ id: "cpu-limit-throttling:aws:us-west-2:teleport-auth", severity: "critical", fields: ["regions.2.resources.teleportAuth.limits.cpu", "regions.2.kubernetes.staticCpuManager"] }],
    ],
  ])("fires: %s", (_, plan, expected) => {
    expect(brief(runRule(rule, plan))).toEqual(expected);
  });

  test.each([
    ["the template (no CPU limits)", variant()],
    ["static CPU manager on, planner sizing (whole-CPU limits equal to requests)", variant((p) => p.regions.forEach((r) => (r.kubernetes.staticCpuManager = true)))],
    [
      "static CPU manager with a Guaranteed override (8Gi = 8192Mi)",
      variant((p) => {
        p.regions[0]!.kubernetes.staticCpuManager = true;
        p.regions[0]!.resources = { cockroach: { requests: { cpu: "4", memory: "8Gi" }, limits: { cpu: "4000m", memory: "8192Mi" } } };
      }),
    ],
  ])("silent: %s", (_, plan) => {
    expect(runRule(rule, plan)).toEqual([]);
  });
});
