"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import type { Sizing } from "@/lib/core/analysis/types";
import type { SizingAfterFailure } from "@/lib/core/failure";
import { COMPONENT_LABEL, formatNumber } from "@/components/sizing/format";
import { COMPONENTS, regionRows, type Metric, type Row } from "./region-rows";
import { AXIS_LABEL_STYLE, AXIS_TICK, CHART_COLORS, CHART_MARGIN, ChartFrame, LegendItem } from "./chart-frame";
import styles from "./charts.module.css";

const HEIGHT = 240;

function StackedBars({ rows, metric, unit }: { rows: Row[]; metric: Metric; unit: string }) {
  // Region codes are long: past three bars they are slanted so they do not run into each other.
  const isCrowded = rows.length > 3;
  return (
    <BarChart data={rows} margin={CHART_MARGIN} accessibilityLayer={false}>
      <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" vertical={false} />
      <XAxis
        dataKey="region"
        interval={0}
        tick={isCrowded ? { ...AXIS_TICK, fontSize: 11, angle: -35, textAnchor: "end" } : AXIS_TICK}
        height={isCrowded ? 64 : 30}
      />
      <YAxis
        tick={AXIS_TICK}
        width={52}
        allowDecimals={false}
        label={{ value: unit, angle: -90, position: "insideLeft", offset: 8, style: AXIS_LABEL_STYLE }}
      />
      <Tooltip isAnimationActive={false} formatter={(v) => `${formatNumber(Number(v))} ${unit}`} />
      {COMPONENTS.map((component) => (
        <Bar
          key={component}
          dataKey={(row: Row) => row[metric][component]}
          name={COMPONENT_LABEL[component]}
          stackId={metric}
          fill={CHART_COLORS[component]}
          stroke="#ffffff"
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}

/** "… every region needs 42 vCPU." or "… us-east-1 needs the most (48 vCPU)." */
function summaryOf(rows: readonly Row[], metric: Metric, unit: string): string {
  if (rows.length === 0) return "No regions.";
  const total = (row: Row) => COMPONENTS.reduce((sum, c) => sum + row[metric][c], 0);
  const most = Math.max(...rows.map(total));
  const heaviest = rows.filter((r) => total(r) === most).map((r) => r.region);
  const amount = `${formatNumber(most)} ${unit}`;
  const tail =
    heaviest.length === rows.length ? `every region needs ${amount}` : `${heaviest.join(", ")} need${heaviest.length === 1 ? "s" : ""} the most (${amount})`;
  return `Requested per region, stacked by component: ${tail}.`;
}

/**
 * Two stacked bar charts side by side (vCPU, memory) sharing one legend and one data table.
 * During a drill (`after`), only the regions still running.
 */
export function RegionResourcesChart({ sizing, after = null }: { sizing: Sizing; after?: SizingAfterFailure | null }) {
  const rows = regionRows(after ? { ...sizing, regions: after.regions } : sizing);
  const suffix = after ? ` after losing ${after.region}` : "";
  const legend = (
    <>
      {COMPONENTS.map((c) => (
        <LegendItem key={c} color={CHART_COLORS[c]} label={`${COMPONENT_LABEL[c]} (${["bottom", "middle", "top"][COMPONENTS.indexOf(c)]})`} />
      ))}
    </>
  );
  const table = {
    columns: ["Region", ...COMPONENTS.flatMap((c) => [`${COMPONENT_LABEL[c]} vCPU`, `${COMPONENT_LABEL[c]} memory (GiB)`])],
    rows: rows.map((r) => [r.region, ...COMPONENTS.flatMap((c) => [formatNumber(r.vcpu[c]), formatNumber(r.mem[c])])]),
  };
  return (
    <div className={styles.pair}>
      <ChartFrame title={`vCPU per region${suffix}`} summary={summaryOf(rows, "vcpu", "vCPU")} height={HEIGHT} table={table} legend={legend} testId="chart-region-vcpu">
        <StackedBars rows={rows} metric="vcpu" unit="vCPU" />
      </ChartFrame>
      <ChartFrame title={`Memory per region (GiB)${suffix}`} summary={summaryOf(rows, "mem", "GiB")} height={HEIGHT} table={table} testId="chart-region-memory">
        <StackedBars rows={rows} metric="mem" unit="GiB" />
      </ChartFrame>
    </div>
  );
}
