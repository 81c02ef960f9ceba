import { memo } from "react";
import { geoInterpolate } from "d3-geo";
import type { Rtt } from "@/lib/core/analysis/types";
import { getRegion } from "@/lib/core/catalog";
import { latencyBand } from "./latency-bands";
import { arcPath, projectPoint } from "./projection";
import type { View } from "./use-zoom-pan";
import styles from "./map.module.css";

export type MapLine = {
  key: string;
  rtt: Rtt;
  d: string;
  /** Candidate label spots along the arc, in map coordinates, the middle first. */
  along: [number, number][];
  colour: string;
  isEstimated: boolean;
  text: string;
};

const LABEL_SPOTS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78];

/** One line per unordered pair of planned regions, from the latency matrix (both directions carry the same RTT). */
export function mapLines(latency: Rtt[]): MapLine[] {
  return latency
    .filter((rtt) => rtt.from < rtt.to)
    .flatMap((rtt) => {
      const a = getRegion(rtt.from);
      const b = getRegion(rtt.to);
      if (!a || !b) return [];
      const interpolate = geoInterpolate([a.lon, a.lat], [b.lon, b.lat]);
      const isEstimated = rtt.kind === "estimated";
      const ms = Math.max(1, Math.round(rtt.rttMs));
      return [
        {
          key: `${rtt.from}|${rtt.to}`,
          rtt,
          d: arcPath([a.lon, a.lat], [b.lon, b.lat]),
          along: LABEL_SPOTS.map((t) => {
            const [lon, lat] = interpolate(t);
            return projectPoint(lon, lat);
          }),
          colour: latencyBand(rtt.rttMs).colour,
          isEstimated,
          // "≈" marks an estimate in the label too, so the dash is not the only signal.
          text: `${isEstimated ? "≈" : ""}${ms} ms`,
        },
      ];
    });
}

/** Great-circle arcs in map coordinates; drawn inside the zoomed group with non-scaling strokes. */
export const LatencyArcs = memo(function LatencyArcs({ lines, failedRegion }: { lines: MapLine[]; failedRegion: string | null }) {
  return (
    <g aria-hidden="true">
      {lines.map((line) => {
        const isDown = failedRegion !== null && (line.rtt.from === failedRegion || line.rtt.to === failedRegion);
        return (
          <path
            key={line.key}
            d={line.d}
            className={styles.latencyLine}
            stroke={isDown ? "#9aa3ad" : line.colour}
            strokeDasharray={line.isEstimated ? "6 4" : undefined}
            strokeOpacity={isDown ? 0.5 : 0.9}
            vectorEffect="non-scaling-stroke"
          />
        );
      })}
    </g>
  );
});

/** RTT labels placed along their arcs (see label-layout), in screen space so text keeps its size when zooming. */
export function LatencyLabels({ lines, positions }: { lines: MapLine[]; positions: Map<string, [number, number]> }) {
  return (
    <g aria-hidden="true" className={styles.latencyLabels}>
      {lines.map((line) => {
        const at = positions.get(line.key);
        if (!at) return null;
        return (
          <text key={line.key} x={at[0]} y={at[1]} textAnchor="middle" dy="0.35em" fill={line.colour} data-map-label={line.key}>
            {line.text}
          </text>
        );
      })}
    </g>
  );
}

export const toScreen = ([x, y]: [number, number], view: View): [number, number] => [x * view.k + view.x, y * view.k + view.y];
