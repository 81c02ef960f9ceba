import { describe, expect, test } from "vitest";
import type { RegionId, Rtt } from "@/lib/core/analysis/types";
import { analyzePlan } from "@/lib/core/analyze";
import { latencyMatrix } from "@/lib/core/latency";
import type { SizingPoint } from "@/lib/core/sizing";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import { firstScaleOut } from "./curve-points";
import { buildCells } from "./heat-cells";
import { heatColor, heatTextColor } from "./heat-scale";
import { regionRows } from "./region-rows";

describe("buildCells", () => {
  test("a row-major grid with the ordered pairs and an empty diagonal", () => {
    const ids: RegionId[] = ["aws:us-east-1", "aws:eu-west-1"];
    const latency: Rtt[] = latencyMatrix(ids);
    const cells = buildCells(ids, latency);
    expect(cells.map((c) => [c.x, c.y, c.from, c.to, c.rtt === null])).toEqual([
      [0, 0, "aws:us-east-1", "aws:us-east-1", true],
      [1, 0, "aws:us-east-1", "aws:eu-west-1", false],
      [0, 1, "aws:eu-west-1", "aws:us-east-1", false],
      [1, 1, "aws:eu-west-1", "aws:eu-west-1", true],
    ]);
    expect(cells[1]?.rtt).toEqual(latency.find((r) => r.from === "aws:us-east-1" && r.to === "aws:eu-west-1"));
  });
});

describe("heat scale", () => {
  test.each([
    [0, "rgb(227 237 251)", "#17202b"],
    [250, "rgb(13 47 102)", "#ffffff"],
    [900, "rgb(13 47 102)", "#ffffff"],
  ])("%d ms", (ms, fill, text) => {
    expect(heatColor(ms)).toBe(fill);
    expect(heatTextColor(ms)).toBe(text);
  });
});

const point = (sshNodes: number, vcpuPerNode: number, nodesPerZone: number): SizingPoint => ({
  sshNodes,
  vcpuPerNode,
  memoryGiBPerNode: vcpuPerNode * 4,
  nodesPerZone,
  cockroachNodes: nodesPerZone * 9,
  cockroachVcpuTotal: 0,
  teleportVcpuTotal: 0,
  totalVcpu: 0,
  totalMemoryGiB: 0,
});

describe("firstScaleOut", () => {
  test.each([
    ["no points", [], null],
    ["one node per zone throughout", [point(1000, 2, 1), point(100_000, 16, 1)], null],
    ["the first point with more nodes per zone", [point(1000, 2, 1), point(80_000, 16, 1), point(85_000, 10, 2), point(100_000, 12, 2)], 85_000],
  ] as const)("%s", (_name, points, expected) => {
    expect(firstScaleOut(points)?.sshNodes ?? null).toBe(expected);
  });
});

describe("regionRows", () => {
  test("each region's components add up to the core's region totals", () => {
    const { sizing } = analyzePlan(BLUEPRINT_TEMPLATE);
    const rows = regionRows(sizing);
    expect(rows.map((r) => r.region)).toEqual(["us-east-1", "us-east-2", "us-west-2"]);
    rows.forEach((row, i) => {
      const totals = sizing.regions[i]!.totals;
      expect(Object.values(row.vcpu).reduce((a, b) => a + b, 0)).toBe(totals.vcpu);
      expect(Object.values(row.mem).reduce((a, b) => a + b, 0)).toBe(totals.memoryGiB);
    });
  });
});
