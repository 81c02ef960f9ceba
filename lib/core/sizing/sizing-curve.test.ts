import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { BLUEPRINT_TEMPLATE } from "../templates/blueprint";
import { DEFAULT_CURVE_SSH_NODES, sizingCurve } from "./sizing-curve";
import { withRegion } from "./test-fixtures";

describe("sizingCurve", () => {
  test("the template topology from 1,000 to 100,000 SSH nodes", () => {
    expect(sizingCurve(BLUEPRINT_TEMPLATE, [1_000, 10_000, 20_000, 50_000, 100_000])).toEqual([
      { sshNodes: 1_000, vcpuPerNode: 2, memoryGiBPerNode: 8, nodesPerZone: 1, cockroachNodes: 9, cockroachVcpuTotal: 18, teleportVcpuTotal: 72, totalVcpu: 90, totalMemoryGiB: 216 },
      { sshNodes: 10_000, vcpuPerNode: 2, memoryGiBPerNode: 8, nodesPerZone: 1, cockroachNodes: 9, cockroachVcpuTotal: 18, teleportVcpuTotal: 72, totalVcpu: 90, totalMemoryGiB: 216 },
      { sshNodes: 20_000, vcpuPerNode: 4, memoryGiBPerNode: 16, nodesPerZone: 1, cockroachNodes: 9, cockroachVcpuTotal: 36, teleportVcpuTotal: 72, totalVcpu: 108, totalMemoryGiB: 288 },
      { sshNodes: 50_000, vcpuPerNode: 10, memoryGiBPerNode: 40, nodesPerZone: 1, cockroachNodes: 9, cockroachVcpuTotal: 90, teleportVcpuTotal: 72, totalVcpu: 162, totalMemoryGiB: 552 },
      { sshNodes: 100_000, vcpuPerNode: 10, memoryGiBPerNode: 40, nodesPerZone: 2, cockroachNodes: 18, cockroachVcpuTotal: 180, teleportVcpuTotal: 72, totalVcpu: 252, totalMemoryGiB: 912 },
    ]);
  });

  test("uses the plan's topology: 2 Teleport regions carry the whole load each", () => {
    const [point] = sizingCurve(withRegion(2, { runsTeleport: false }), [100_000]);
    // 100,000 per region ⇒ 4 auth (8 vCPU) and 4 proxy (4 vCPU) pods in each of 2 regions.
    expect(point?.teleportVcpuTotal).toBe(2 * (4 * 8 + 4 * 4));
  });

  test("the default SSH-node counts run from 1,000 to 100,000", () => {
    expect(DEFAULT_CURVE_SSH_NODES[0]).toBe(1_000);
    expect(DEFAULT_CURVE_SSH_NODES.at(-1)).toBe(100_000);
    expect(DEFAULT_CURVE_SSH_NODES).toHaveLength(21);
  });

  test("never decreasing in SSH nodes (property)", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 500_000 }), { minLength: 2, maxLength: 30 }), (counts) => {
        const points = sizingCurve(BLUEPRINT_TEMPLATE, [...counts].sort((a, b) => a - b));
        for (let i = 1; i < points.length; i++) {
          const [prev, next] = [points[i - 1], points[i]];
          if (!prev || !next) throw new Error("missing point");
          expect(next.totalVcpu).toBeGreaterThanOrEqual(prev.totalVcpu);
          expect(next.totalMemoryGiB).toBeGreaterThanOrEqual(prev.totalMemoryGiB);
          expect(next.cockroachNodes).toBeGreaterThanOrEqual(prev.cockroachNodes);
          expect(next.cockroachVcpuTotal).toBeGreaterThanOrEqual(prev.cockroachVcpuTotal);
          expect(next.teleportVcpuTotal).toBeGreaterThanOrEqual(prev.teleportVcpuTotal);
          expect(next.vcpuPerNode).toBeLessThanOrEqual(16);
        }
      }),
      { numRuns: 200 },
    );
  });
});
