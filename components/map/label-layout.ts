/**
 * Greedy placement of the map's text so labels do not sit on each other: each label tries a few
 * positions around its anchor and takes the one that overlaps least with markers and labels
 * placed before it. Screen-space pixels throughout; ~12 region labels and ~66 RTT labels at most.
 */
import { MAP_HEIGHT, MAP_WIDTH } from "./projection";

export type Box = { x: number; y: number; w: number; h: number };
export type Offset = { dx: number; dy: number };

/** Approximate width of 11 px bold system-font text; exact metrics are not worth a DOM measure. */
export const textWidth = (text: string, px = 11) => text.length * px * 0.6 + 4;

const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

/** The map's visible area: a label partly outside it is cut by the map's edge. */
const FRAME: Box = { x: 0, y: 0, w: MAP_WIDTH, h: MAP_HEIGHT };
/** A pixel cut by the edge costs more than a pixel overlapping another label: cut text cannot be read at all. */
const OUTSIDE_WEIGHT = 20;

function cost(box: Box, obstacles: readonly Box[]): number {
  const outside = box.w * box.h - overlap(box, FRAME);
  return obstacles.reduce((sum, o) => sum + overlap(box, o), 0) + OUTSIDE_WEIGHT * outside;
}

function best(candidates: readonly Box[], obstacles: readonly Box[]): Box {
  let chosen = candidates[0]!;
  let chosenCost = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const c = cost(candidate, obstacles);
    if (c < chosenCost) {
      chosen = candidate;
      chosenCost = c;
      if (c === 0) break;
    }
  }
  return chosen;
}

export const markerBox = (sx: number, sy: number, r = 12): Box => ({ x: sx - r, y: sy - r, w: 2 * r, h: 2 * r });

/** Region labels (code and role badges in one row) around their markers: right, left, above, below. */
export function placeRegionLabels(items: readonly { id: string; sx: number; sy: number; w: number }[], obstacles: readonly Box[]): { offsets: Map<string, Offset>; boxes: Box[] } {
  const placed: Box[] = [];
  const offsets = new Map<string, Offset>();
  const h = 15;
  for (const { id, sx, sy, w } of items) {
    const candidates: Box[] = [
      { x: sx + 15, y: sy - h / 2, w, h },
      { x: sx - 15 - w, y: sy - h / 2, w, h },
      { x: sx - w / 2, y: sy - 16 - h, w, h },
      { x: sx - w / 2, y: sy + 16, w, h },
      { x: sx + 12, y: sy - 12 - h, w, h },
      { x: sx + 12, y: sy + 12, w, h },
      { x: sx - 12 - w, y: sy - 12 - h, w, h },
      { x: sx - 12 - w, y: sy + 12, w, h },
    ];
    const box = best(candidates, [...obstacles, ...placed]);
    placed.push(box);
    offsets.set(id, { dx: box.x - sx, dy: box.y - sy });
  }
  return { offsets, boxes: placed };
}

/** RTT labels along their arcs: the middle first, then further along, then beside the middle. */
export function placeLineLabels(items: readonly { key: string; points: readonly [number, number][]; w: number }[], obstacles: readonly Box[]): Map<string, [number, number]> {
  const placed: Box[] = [];
  const out = new Map<string, [number, number]>();
  const h = 14;
  for (const { key, points, w } of items) {
    const candidates: Box[] = points.map(([x, y]) => ({ x: x - w / 2, y: y - h / 2, w, h }));
    const [mx, my] = points[0] ?? [0, 0];
    candidates.push({ x: mx - w / 2, y: my - h / 2 - 13, w, h }, { x: mx - w / 2, y: my - h / 2 + 13, w, h });
    const box = best(candidates, [...obstacles, ...placed]);
    // No visible part of the line can carry its label: leave it out rather than draw it cut.
    if (overlap(box, FRAME) < box.w * box.h) continue;
    placed.push(box);
    out.set(key, [box.x + w / 2, box.y + h / 2]);
  }
  return out;
}
