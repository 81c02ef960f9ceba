import "@/tests/helpers/fast-check-seed";
import fc from "fast-check";
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

const box = (o: { dx: number; dy: number }, sx: number, sy: number, w: number) => ({ x: sx + o.dx, y: sy + o.dy, w, h: 15 });
const intersects = (a: { x: number; y: number; w: number; h: number }, b: typeof a) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe("labels never overlap (issue 13, world zoom)", () => {
  test("two regions on the same spot: the second label stacks beside the first instead of covering it", () => {
    const items = [
      { id: "aws:us-east-1", sx: 300, sy: 150, w: 100 },
      { id: "azure:eastus", sx: 301, sy: 151, w: 100 },
    ];
    const { offsets } = placeRegionLabels(items, []);
    const [a, b] = items.map((i) => box(offsets.get(i.id)!, i.sx, i.sy, i.w));
    expect(intersects(a!, b!)).toBe(false);
  });

  test("a crowd with room for fewer labels than regions: the primary's and secondary's stay, the last plain region's goes", () => {
    // 14 markers on one spot in a corner: at most the spots around it that lie inside the map are free.
    const items = Array.from({ length: 14 }, (_, i) => ({ id: `r${i}`, sx: 20, sy: 20, w: 120, priority: i === 12 ? 0 : i === 13 ? 1 : 2 }));
    const { offsets, boxes } = placeRegionLabels(items, []);
    expect(offsets.has("r12")).toBe(true);
    expect(offsets.has("r13")).toBe(true);
    expect(offsets.has("r11")).toBe(false);
    expect(boxes.length).toBe(offsets.size);
    for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(intersects(a, b)).toBe(false);
  });

  test("an RTT label never sits on a region label: it moves along its line, or is left out", () => {
    const regionLabel = { x: 380, y: 190, w: 60, h: 15 };
    const points: [number, number][] = [[400, 200], [300, 200], [500, 200]];
    expect(placeLineLabels([{ key: "a|b", points, w: 40 }], [], [regionLabel]).get("a|b")).toEqual([300, 200]);
    expect(placeLineLabels([{ key: "a|b", points: [[400, 200]], w: 40 }], [], [regionLabel]).has("a|b")).toBe(false);
  });

  test("any set of region and RTT labels: every drawn label lies inside the map and clear of every other", () => {
    const region = fc.record({ sx: fc.integer({ min: -50, max: MAP_WIDTH + 50 }), sy: fc.integer({ min: -50, max: MAP_HEIGHT + 50 }), w: fc.integer({ min: 30, max: 160 }), priority: fc.integer({ min: 0, max: 2 }) });
    const line = fc.record({ points: fc.array(fc.tuple(fc.integer({ min: -100, max: MAP_WIDTH + 100 }), fc.integer({ min: -100, max: MAP_HEIGHT + 100 })), { minLength: 1, maxLength: 7 }), w: fc.integer({ min: 20, max: 60 }) });
    fc.assert(
      fc.property(fc.array(region, { maxLength: 12 }), fc.array(line, { maxLength: 30 }), (regions, lines) => {
        const items = regions.map((r, i) => ({ ...r, id: `r${i}` }));
        const { offsets, boxes } = placeRegionLabels(items, []);
        const drawn = items.flatMap((r) => (offsets.has(r.id) ? [box(offsets.get(r.id)!, r.sx, r.sy, r.w)] : []));
        const order = (a: { x: number; y: number }, b: { x: number; y: number }) => a.x - b.x || a.y - b.y;
        expect([...drawn].sort(order)).toEqual([...boxes].sort(order));
        const positions = placeLineLabels(lines.map((l, i) => ({ ...l, key: `l${i}` })), [], boxes);
        for (const [i, l] of lines.entries()) {
          const at = positions.get(`l${i}`);
          if (at) drawn.push({ x: at[0] - l.w / 2, y: at[1] - 7, w: l.w, h: 14 });
        }
        for (const b of drawn) expect(b.x >= 0 && b.y >= 0 && b.x + b.w <= MAP_WIDTH && b.y + b.h <= MAP_HEIGHT).toBe(true);
        for (const [i, a] of drawn.entries()) for (const b of drawn.slice(i + 1)) expect(intersects(a, b)).toBe(false);
      }),
    );
  });
});

describe("RTT labels and markers", () => {
  test("an RTT label never sits under a planned marker: it moves along its line", () => {
    const marker = { x: 388, y: 188, w: 24, h: 24 };
    const points: [number, number][] = [[400, 200], [300, 200]];
    expect(placeLineLabels([{ key: "a|b", points, w: 40 }], [marker]).get("a|b")).toEqual([300, 200]);
  });
});
