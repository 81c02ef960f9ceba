"use client";

import { Scatter, ScatterChart, Tooltip, XAxis, YAxis, usePlotArea, type TooltipContentProps } from "recharts";
import type { Rtt } from "@/lib/core/analysis/types";
import { getRegion } from "@/lib/core/catalog";
import { AXIS_LABEL_STYLE, AXIS_TICK, CHART_COLORS, ChartFrame, LegendItem } from "./chart-frame";
import { buildCells, type Cell } from "./heat-cells";
import { heatColor, heatTextColor } from "./heat-scale";
import styles from "./charts.module.css";

const HEIGHT = 340;

const code = (id: string) => getRegion(id)?.code ?? id;
const cellText = (rtt: Rtt | null) => (rtt === null ? "—" : `${rtt.kind === "estimated" ? "≈" : ""}${Math.round(rtt.rttMs)}`);

/** Recharts has no heat map: each pair is a scatter point drawn as a square filling its grid slot. */
function HeatCell(props: { cx?: number; cy?: number; payload?: Cell; count: number }) {
  const plot = usePlotArea();
  const { cx, cy, payload } = props;
  if (!plot || cx === undefined || cy === undefined || !payload) return null;
  const w = plot.width / props.count;
  const h = plot.height / props.count;
  const rtt = payload.rtt;
  const isEstimated = rtt?.kind === "estimated";
  return (
    <g>
      <rect
        x={cx - w / 2 + 1}
        y={cy - h / 2 + 1}
        width={Math.max(0, w - 2)}
        height={Math.max(0, h - 2)}
        fill={rtt ? heatColor(rtt.rttMs) : "#eef1f5"}
        stroke={isEstimated ? CHART_COLORS.axis : "none"}
        strokeDasharray={isEstimated ? "4 3" : undefined}
        strokeWidth={1.5}
      />
      <text x={cx} y={cy} textAnchor="middle" dominantBaseline="central" fontSize={Math.min(13, w / 4)} fill={rtt ? heatTextColor(rtt.rttMs) : CHART_COLORS.axis}>
        {cellText(rtt)}
      </text>
    </g>
  );
}

function HeatTooltip({ active, payload }: TooltipContentProps) {
  const cell = active ? (payload?.[0]?.payload as Cell | undefined) : undefined;
  if (!cell || !cell.rtt) return null;
  return (
    <div className={styles.tooltip}>
      {cell.from} → {cell.to}: {cell.rtt.rttMs} ms ({cell.rtt.kind})
    </div>
  );
}

/** Round-trip times between the plan's regions; estimated pairs are dashed and marked ≈. */
export function LatencyHeatmap({ regionIds, latency }: { regionIds: readonly string[]; latency: readonly Rtt[] }) {
  const n = regionIds.length;
  const cells = buildCells(regionIds, latency);
  const offDiagonal = cells.filter((c) => c.from !== c.to && c.rtt);
  const worst = offDiagonal.reduce<Cell | null>((w, c) => (w?.rtt && c.rtt && w.rtt.rttMs >= c.rtt.rttMs ? w : c), null);
  const estimated = offDiagonal.filter((c) => c.rtt?.kind === "estimated").length;
  const summary =
    n < 2 || !worst?.rtt
      ? "Add a second region to see round-trip times."
      : `Round-trip times between ${n} regions; the farthest pair is ${worst.from} and ${worst.to} at ${Math.round(worst.rtt.rttMs)} ms. ` +
        `${offDiagonal.length - estimated} of ${offDiagonal.length} directed pairs are measured, ${estimated} estimated from distance.`;
  const ticks = regionIds.map((_, i) => i);
  const isCrowded = n > 4;
  return (
    <ChartFrame
      title="Latency between regions (round trip, ms)"
      summary={summary}
      height={HEIGHT}
      maxWidth={HEIGHT + 200}
      testId="chart-latency"
      table={{
        columns: ["From region", ...regionIds.map((id) => `To ${id} (ms)`)],
        rows: regionIds.map((from, y) => [from, ...cells.filter((c) => c.y === y).map((c) => (c.rtt ? `${c.rtt.rttMs} (${c.rtt.kind})` : "—"))]),
      }}
      legend={
        <>
          <LegendItem color={heatColor(10)} label="near (light)" />
          <LegendItem color={heatColor(240)} label="far, 250 ms and more (dark)" />
          <LegendItem color={CHART_COLORS.axis} label="≈ and dashed border: estimated from distance; plain: measured" pattern="dashed" />
        </>
      }
    >
      <ScatterChart margin={{ top: 8, right: 12, bottom: isCrowded ? 24 : 20, left: 8 }} accessibilityLayer={false}>
        <XAxis
          type="number"
          dataKey="x"
          domain={[-0.5, n - 0.5]}
          ticks={ticks}
          interval={0}
          tickFormatter={(i: number) => code(regionIds[i] ?? "")}
          tick={isCrowded ? { ...AXIS_TICK, fontSize: 11, angle: -30, textAnchor: "end" } : AXIS_TICK}
          height={isCrowded ? 72 : 30}
          tickLine={false}
          axisLine={false}
          label={{ value: "To region", position: "insideBottom", offset: -16, style: AXIS_LABEL_STYLE }}
        />
        <YAxis
          type="number"
          dataKey="y"
          reversed
          domain={[-0.5, n - 0.5]}
          ticks={ticks}
          interval={0}
          width={104}
          tickFormatter={(i: number) => code(regionIds[i] ?? "")}
          tick={AXIS_TICK}
          tickLine={false}
          axisLine={false}
          label={{ value: "From region", angle: -90, position: "insideLeft", offset: 0, style: AXIS_LABEL_STYLE }}
        />
        <Tooltip content={HeatTooltip} cursor={false} isAnimationActive={false} />
        <Scatter data={cells} shape={<HeatCell count={n} />} isAnimationActive={false} />
      </ScatterChart>
    </ChartFrame>
  );
}
