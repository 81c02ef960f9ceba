import type { MarkerPlace } from "./marker-layout";
import type { View } from "./use-zoom-pan";
import styles from "./map.module.css";

const screen = (p: MarkerPlace, view: View): [number, number] => [p.x * view.k + view.x + p.dx, p.y * view.k + view.y + p.dy];

/**
 * Arrows from a failed region to the regions that take its users (nearest first), curved so
 * they do not hide the latency lines. Drawn in screen space so arrowheads keep their size.
 */
export function FailureArrows({ from, to, view }: { from: MarkerPlace; to: MarkerPlace[]; view: View }) {
  const [x1, y1] = screen(from, view);
  return (
    <g aria-hidden="true" className={styles.failureArrows}>
      <defs>
        <marker id="failover-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 Z" fill="#5b2a86" />
        </marker>
      </defs>
      {to.map((target) => {
        const [x2, y2] = screen(target, view);
        const length = Math.hypot(x2 - x1, y2 - y1) || 1;
        // Stop short of the target marker; bend to the left by a fifth of the length.
        const shorten = Math.min(16, length / 3);
        const ex = x2 - ((x2 - x1) / length) * shorten;
        const ey = y2 - ((y2 - y1) / length) * shorten;
        const bend = length * 0.2;
        const cx = (x1 + ex) / 2 + ((y1 - ey) / length) * bend;
        const cy = (y1 + ey) / 2 - ((x1 - ex) / length) * bend;
        return (
          <g key={target.region.id}>
            <path d={`M${x1},${y1} Q${cx},${cy} ${ex},${ey}`} markerEnd="url(#failover-arrow)" />
          </g>
        );
      })}
    </g>
  );
}
