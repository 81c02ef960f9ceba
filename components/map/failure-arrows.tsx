import { geoInterpolate } from "d3-geo";
import type { MarkerPlace } from "./marker-layout";
import { MAP_WIDTH, projectPoint } from "./projection";
import type { View } from "./use-zoom-pan";
import styles from "./map.module.css";

const SAMPLES = 48;

/**
 * The great-circle way from one marker to another as screen-space polylines: the same (shortest)
 * way round the globe as the latency lines, which d3-geo draws as great-circle arcs cut at the
 * antimeridian. A jump of more than half the map's width between samples is that cut: the line
 * continues from the other edge. Marker fan-out offsets blend from start to end.
 */
export function greatCircleScreen(from: MarkerPlace, to: MarkerPlace, view: View): [number, number][][] {
  const interpolate = geoInterpolate([from.region.lon, from.region.lat], [to.region.lon, to.region.lat]);
  const parts: [number, number][][] = [[]];
  let previousX: number | null = null;
  for (let i = 0; i <= SAMPLES; i += 1) {
    const t = i / SAMPLES;
    const [lon, lat] = interpolate(t);
    const [mx, my] = projectPoint(lon, lat);
    if (previousX !== null && Math.abs(mx - previousX) > MAP_WIDTH / 2) parts.push([]);
    previousX = mx;
    const dx = from.dx + (to.dx - from.dx) * t;
    const dy = from.dy + (to.dy - from.dy) * t;
    parts[parts.length - 1]?.push([mx * view.k + view.x + dx, my * view.k + view.y + dy]);
  }
  return parts.filter((p) => p.length > 1);
}

/** Drops the points of the last part within `gap` px of its end, so the arrowhead stops short of the marker. */
function stopShort(parts: [number, number][][], gap: number): [number, number][][] {
  const last = parts[parts.length - 1];
  const end = last?.[last.length - 1];
  if (!last || !end) return parts;
  const kept = last.filter((p, i) => i === 0 || Math.hypot(p[0] - end[0], p[1] - end[1]) >= gap);
  return [...parts.slice(0, -1), kept.length > 1 ? kept : last.slice(0, 2)];
}

const pathOf = (parts: [number, number][][]) =>
  parts.map((part) => part.map(([x, y], i) => `${i === 0 ? "M" : "L"}${x.toFixed(1)},${y.toFixed(1)}`).join(" ")).join(" ");

/**
 * Arrows from a failed region to the regions that take its users (nearest first), along the
 * great circle like the latency lines. Drawn in screen space so arrowheads keep their size.
 */
export function FailureArrows({ from, to, view }: { from: MarkerPlace; to: MarkerPlace[]; view: View }) {
  return (
    <g aria-hidden="true" className={styles.failureArrows} data-testid="failure-arrows">
      <defs>
        <marker id="failover-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 Z" fill="#5b2a86" />
        </marker>
      </defs>
      {to.map((target) => (
        <path key={target.region.id} d={pathOf(stopShort(greatCircleScreen(from, target, view), 14))} markerEnd="url(#failover-arrow)" data-to={target.region.id} />
      ))}
    </g>
  );
}
