import { greatCircleScreen } from "./failure-arrows";
import type { Box } from "./label-layout";
import type { MarkerPlace } from "./marker-layout";
import type { View } from "./use-zoom-pan";

/** How far from either end of a drill arrow (px) its line counts against a label spot. */
const REACH = 70;
const PAD = 3;

/**
 * The stretches of the drill's arrows near their markers, as boxes that region labels avoid where
 * they can (soft obstacles in label-layout.ts): the arrowhead ends beside the target marker,
 * exactly where its label would otherwise go (the 1440×900 drill screenshot had the arrow to
 * us-west-2 running through "us-west-2").
 */
export function arrowObstacles(from: MarkerPlace | undefined, to: readonly MarkerPlace[], view: View): Box[] {
  if (!from) return [];
  return to.flatMap((target) => {
    const parts = greatCircleScreen(from, target, view);
    const start = parts[0]?.[0];
    const end = parts.at(-1)?.at(-1);
    if (!start || !end) return [];
    const isNear = ([x, y]: [number, number]) => Math.hypot(x - end[0], y - end[1]) <= REACH || Math.hypot(x - start[0], y - start[1]) <= REACH;
    return parts.flatMap((part) =>
      part.slice(1).flatMap((b, i) => {
        const a = part[i]!;
        if (!isNear(a) && !isNear(b)) return [];
        const x = Math.min(a[0], b[0]) - PAD;
        const y = Math.min(a[1], b[1]) - PAD;
        return [{ x, y, w: Math.abs(a[0] - b[0]) + 2 * PAD, h: Math.abs(a[1] - b[1]) + 2 * PAD }];
      }),
    );
  });
}
