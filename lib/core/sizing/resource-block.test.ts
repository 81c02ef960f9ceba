import { expect, test } from "vitest";
import { overrideBlock, resourceBlock } from "./resource-block";

test.each([
  [2, 8, false, { requests: { cpu: "2", memory: "8Gi" }, limits: { memory: "8Gi" } }],
  [2, 8, true, { requests: { cpu: "2", memory: "8Gi" }, limits: { memory: "8Gi", cpu: "2" } }],
  // The static policy pins whole CPUs only: a fractional request keeps no CPU limit.
  [1.5, 6, true, { requests: { cpu: "1500m", memory: "6Gi" }, limits: { memory: "6Gi" } }],
  [0.5, 0.5, false, { requests: { cpu: "500m", memory: "512Mi" }, limits: { memory: "512Mi" } }],
])("resourceBlock(%d vCPU, %d GiB, static CPU manager %s)", (vcpu, memory, hasStaticCpuManager, expected) => {
  expect(resourceBlock(vcpu, memory, hasStaticCpuManager)).toEqual(expected);
});

test.each([
  // A missing memory limit stays missing: the manifests carry the plan's block and the rule flags it.
  [{ requests: { cpu: "2", memory: "8Gi" } }, { requests: { cpu: "2", memory: "8Gi" }, limits: {} }],
  [{ requests: { cpu: "2", memory: "8Gi" }, limits: { cpu: "1" } }, { requests: { cpu: "2", memory: "8Gi" }, limits: { cpu: "1" } }],
  [{ requests: { cpu: "2", memory: "8Gi" }, limits: { memory: "4Gi" } }, { requests: { cpu: "2", memory: "8Gi" }, limits: { memory: "4Gi" } }],
])("overrideBlock keeps the plan's values", (override, expected) => {
  expect(overrideBlock(override)).toEqual(expected);
});
