/**
 * Placement of the map's text so that no two labels overlap and none is cut by the map's edge
 * (issue 13). Each label tries a few spots around its anchor and takes the free one (inside the
 * map, clear of every label placed before it) that covers fewest markers; RTT labels keep clear
 * of planned markers altogether. A label with no free spot is left out rather than drawn over
 * another one, lowest priority first:
 * - region labels go first, the CockroachDB primary, then the secondary, then plan order; a
 *   hidden region label's code and roles stay in its marker's tooltip and the region list;
 * - RTT labels go after every region label, in line order; a hidden RTT stays in the latency
 *   heat map and the write-latency panel.
 * Screen-space pixels throughout; ~12 region labels and ~66 RTT labels at most.
 */
import { MAP_HEIGHT, MAP_WIDTH } from "./projection";
import { textWidth } from "./text-width";

export { textWidth };
export type Box = { x: number; y: number; w: number; h: number };
export type Offset = { dx: number; dy: number };

/** Pixels kept clear between two labels, so glyph overhang never makes neighbours touch. */
const GAP = 2;

const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));
const isInside = (b: Box) => b.x >= 0 && b.y >= 0 && b.x + b.w <= MAP_WIDTH && b.y + b.h <= MAP_HEIGHT;
const clearOf = (b: Box, labels: readonly Box[]) => {
  const padded = { x: b.x - GAP, y: b.y - GAP, w: b.w + 2 * GAP, h: b.h + 2 * GAP };
  return labels.every((l) => overlap(padded, l) === 0);
};

/** The first free candidate covering the fewest soft obstacles (markers); null when none is free. */
function bestFree(candidates: readonly Box[], markers: readonly Box[], labels: readonly Box[]): Box | null {
  let chosen: Box | null = null;
  let chosenCost = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    if (!isInside(candidate) || !clearOf(candidate, labels)) continue;
    const c = markers.reduce((sum, m) => sum + overlap(candidate, m), 0);
    if (c < chosenCost) {
      chosen = candidate;
      chosenCost = c;
      if (c === 0) break;
    }
  }
  return chosen;
}

export const markerBox = (sx: number, sy: number, r = 12): Box => ({ x: sx - r, y: sy - r, w: 2 * r, h: 2 * r });

export type RegionLabelItem = { id: string; sx: number; sy: number; w: number; /** Lower goes first; equal keeps the given order. */ priority?: number };

const LABEL_H = 15;

/** Spots around a marker: right, left, above, below, the four corners, then stacked beside it. */
function regionCandidates(sx: number, sy: number, w: number): Box[] {
  const h = LABEL_H;
  const beside = [0, -1, 1, -2, 2].flatMap((row) => [
    { x: sx + 15, y: sy - h / 2 + row * (h + GAP + 1), w, h },
    { x: sx - 15 - w, y: sy - h / 2 + row * (h + GAP + 1), w, h },
  ]);
  return [
    ...beside.slice(0, 2),
    { x: sx - w / 2, y: sy - 16 - h, w, h },
    { x: sx - w / 2, y: sy + 16, w, h },
    { x: sx + 12, y: sy - 12 - h, w, h },
    { x: sx + 12, y: sy + 12, w, h },
    { x: sx - 12 - w, y: sy - 12 - h, w, h },
    { x: sx - 12 - w, y: sy + 12, w, h },
    ...beside.slice(2),
  ];
}

/** Region labels (code and role badges in one row) around their markers; `boxes` are the ones drawn. */
export function placeRegionLabels(items: readonly RegionLabelItem[], markers: readonly Box[]): { offsets: Map<string, Offset>; boxes: Box[] } {
  const placed: Box[] = [];
  const offsets = new Map<string, Offset>();
  const ordered = items.map((item, index) => ({ item, index })).sort((a, b) => (a.item.priority ?? 0) - (b.item.priority ?? 0) || a.index - b.index);
  for (const { item } of ordered) {
    const box = bestFree(regionCandidates(item.sx, item.sy, item.w), markers, placed);
    if (!box) continue;
    placed.push(box);
    offsets.set(item.id, { dx: box.x - item.sx, dy: box.y - item.sy });
  }
  return { offsets, boxes: placed };
}

/**
 * RTT labels along their arcs: the middle first, then further along, then beside the middle.
 * `labels` (the region labels), the RTT labels placed before and the planned `markers` are all
 * kept clear: markers are drawn above the RTT text, so one under a marker could not be read.
 */
export function placeLineLabels(
  items: readonly { key: string; points: readonly [number, number][]; w: number }[],
  markers: readonly Box[],
  labels: readonly Box[] = [],
): Map<string, [number, number]> {
  const placed: Box[] = [...labels, ...markers];
  const out = new Map<string, [number, number]>();
  const h = 14;
  for (const { key, points, w } of items) {
    const candidates: Box[] = points.map(([x, y]) => ({ x: x - w / 2, y: y - h / 2, w, h }));
    const [mx, my] = points[0] ?? [0, 0];
    candidates.push({ x: mx - w / 2, y: my - h / 2 - 13, w, h }, { x: mx - w / 2, y: my - h / 2 + 13, w, h });
    const box = bestFree(candidates, [], placed);
    if (!box) continue;
    placed.push(box);
    out.set(key, [box.x + w / 2, box.y + h / 2]);
  }
  return out;
}
