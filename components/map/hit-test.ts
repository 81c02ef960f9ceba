/**
 * Which marker a click means. Markers have a click area larger than their shape (13 px around a
 * planned marker, 8 px around the others) so they are easy to hit, and at world zoom many of
 * those areas overlap a neighbour's: the topmost one used to win, so clicking the centre of AWS
 * Frankfurt added GCP europe-west4. The click is resolved from the pointer instead: the markers
 * whose click area holds it are the candidates; the pointer on a marker's own shape (nearer its
 * centre than to any other candidate's by a clear margin) acts on that marker; otherwise the
 * person chooses from the candidates, nearest first.
 */
export type HitMarker = { id: string; sx: number; sy: number; isPlanned: boolean };

export type HitResult = { kind: "none" } | { kind: "act"; id: string } | { kind: "choose"; ids: string[] };

/** Radii in viewBox px, as drawn by region-marker.tsx. */
export const hitRadius = (m: HitMarker) => (m.isPlanned ? 13 : 8);
export const shapeRadius = (m: HitMarker) => (m.isPlanned ? 7 : 4.5);
/** The nearest candidate wins outright only when the next one is at least this much farther. */
const CLEAR_MARGIN = 3;

export function resolveClick(markers: readonly HitMarker[], px: number, py: number): HitResult {
  const candidates = markers
    .map((m) => ({ m, d: Math.hypot(m.sx - px, m.sy - py) }))
    .filter(({ m, d }) => d <= hitRadius(m))
    .sort((a, b) => a.d - b.d || (a.m.id < b.m.id ? -1 : 1));
  const [first, second] = candidates;
  if (!first) return { kind: "none" };
  if (!second) return { kind: "act", id: first.m.id };
  if (first.d <= shapeRadius(first.m) && second.d - first.d >= CLEAR_MARGIN) return { kind: "act", id: first.m.id };
  return { kind: "choose", ids: candidates.map(({ m }) => m.id) };
}
