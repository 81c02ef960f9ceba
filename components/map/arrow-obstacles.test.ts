import { describe, expect, test } from "vitest";
import { arrowObstacles } from "./arrow-obstacles";
import { placeRegionLabels } from "./label-layout";
import { markerPlaces } from "./marker-layout";
import { fitView } from "./use-zoom-pan";

const place = (id: string) => markerPlaces().byId.get(id)!;
// The designer's opening view of the blueprint template: fitted to its three regions.
const view = fitView(["aws:us-east-1", "aws:us-east-2", "aws:us-west-2"].map((id) => [place(id).x, place(id).y] as [number, number]));
const screen = (id: string) => {
  const p = place(id);
  return { sx: p.x * view.k + view.x + p.dx, sy: p.y * view.k + view.y + p.dy };
};
const hits = (box: { x: number; y: number; w: number; h: number }, obstacles: { x: number; y: number; w: number; h: number }[]) =>
  obstacles.some((o) => box.x < o.x + o.w && o.x < box.x + box.w && box.y < o.y + o.h && o.y < box.y + box.h);

describe("drill arrows as label obstacles", () => {
  test("no failed region, no obstacles", () => {
    expect(arrowObstacles(undefined, [place("aws:us-west-2")], view)).toEqual([]);
  });

  test("the arrow from us-east-1 arrives at us-west-2 from the east: its label moves off the arrow", () => {
    const arrows = arrowObstacles(place("aws:us-east-1"), [place("aws:us-west-2")], view);
    expect(arrows.length).toBeGreaterThan(0);
    const { sx, sy } = screen("aws:us-west-2");
    const item = { id: "aws:us-west-2", sx, sy, w: 90 };
    // Without the arrow the label takes the right-hand spot, on the arrow's way in.
    const right = placeRegionLabels([item], []).offsets.get(item.id)!;
    expect(hits({ x: sx + right.dx, y: sy + right.dy, w: 90, h: 15 }, arrows)).toBe(true);
    const moved = placeRegionLabels([item], arrows).offsets.get(item.id)!;
    expect(hits({ x: sx + moved.dx, y: sy + moved.dy, w: 90, h: 15 }, arrows)).toBe(false);
  });
});
