import { describe, expect, test } from "vitest";
import { placeLineLabels, placeRegionLabels } from "./label-layout";
import { MAP_HEIGHT, MAP_WIDTH } from "./projection";

describe("labels are never cut by the map's edge", () => {
  test("a region at the right edge puts its label to the left", () => {
    const { offsets } = placeRegionLabels([{ id: "aws:ap-southeast-2", sx: MAP_WIDTH - 20, sy: 200, w: 90 }], []);
    const offset = offsets.get("aws:ap-southeast-2")!;
    expect(MAP_WIDTH - 20 + offset.dx).toBeGreaterThanOrEqual(0);
    expect(MAP_WIDTH - 20 + offset.dx + 90).toBeLessThanOrEqual(MAP_WIDTH);
  });

  test("a region at the top-left corner keeps its label inside", () => {
    const { offsets } = placeRegionLabels([{ id: "x", sx: 4, sy: 4, w: 60 }], []);
    const o = offsets.get("x")!;
    expect(4 + o.dx).toBeGreaterThanOrEqual(0);
    expect(4 + o.dy).toBeGreaterThanOrEqual(0);
  });

  test("an RTT label takes the middle when it is visible", () => {
    const points: [number, number][] = [[400, 200], [300, 200], [500, 200]];
    expect(placeLineLabels([{ key: "a|b", points, w: 40 }], []).get("a|b")).toEqual([400, 200]);
  });

  test("an RTT label moves to the visible part of its line when the middle is off the map", () => {
    const points: [number, number][] = [[MAP_WIDTH + 50, 200], [MAP_WIDTH + 120, 200], [MAP_WIDTH - 100, 200]];
    expect(placeLineLabels([{ key: "a|b", points, w: 40 }], []).get("a|b")).toEqual([MAP_WIDTH - 100, 200]);
  });

  test("no visible spot: no label rather than a cut one", () => {
    const points: [number, number][] = [[-200, MAP_HEIGHT + 100]];
    expect(placeLineLabels([{ key: "a|b", points, w: 40 }], []).has("a|b")).toBe(false);
  });
});
