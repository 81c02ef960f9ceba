"use client";

import { useMemo, useRef } from "react";
import { CartesianGrid, Line, LineChart, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { CockroachSizing } from "@/lib/core/analysis/types";
import { curveSshNodes, curveTicks, sizingCurve, type SizingPoint } from "@/lib/core/sizing";
import type { Plan } from "@/lib/schemas/plan";
import { firstScaleOut } from "./curve-points";
import { AXIS_LABEL_STYLE, AXIS_TICK, CHART_COLORS, CHART_MARGIN, ChartFrame, LegendItem } from "./chart-frame";

const HEIGHT = 300;
const thousands = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
const count = (n: number) => n.toLocaleString("en-US");

function summaryOf(points: readonly SizingPoint[], scaleOut: SizingPoint | null): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return "No sizing points.";
  const growth = `Recommended CockroachDB vCPU per node grows from ${first.vcpuPerNode} at ${count(first.sshNodes)} SSH nodes`;
  return scaleOut
    ? `${growth} until ${count(scaleOut.sshNodes)} SSH nodes, where nodes are added instead: ${last.nodesPerZone} per zone of ${last.vcpuPerNode} vCPU at ${count(last.sshNodes)}.`
    : `${growth} to ${last.vcpuPerNode} at ${count(last.sshNodes)} with ${last.nodesPerZone} node${last.nodesPerZone === 1 ? "" : "s"} per zone throughout.`;
}

/**
 * The curve for the plan being edited. The draft can be invalid for a moment (the dashboard then
 * shows the last valid analysis); if the core cannot size it, the last curve stays on screen.
 */
function useCurve(plan: Plan): SizingPoint[] {
  const last = useRef<SizingPoint[]>([]);
  return useMemo(() => {
    try {
      last.current = sizingCurve(plan, curveSshNodes(plan.teleport.workload.sshNodes));
    } catch {
      // keep the previous curve
    }
    return last.current;
  }, [plan]);
}

/** A drill's surviving plan (lib/core/failure/sizing-after-failure.ts) and the region it lost. */
export type Survivors = { plan: Plan; region: string };

/**
 * How this topology's recommended CockroachDB nodes grow with SSH nodes (the core's sizingCurve),
 * over a range that always includes the plan's workload (curveSshNodes), with the plan as saved
 * ("as planned": the per-node size the manifests carry) marked next to the recommendation.
 */
export function SizingCurveChart({ plan, cockroach, survivors = null }: { plan: Plan; cockroach: CockroachSizing; survivors?: Survivors | null }) {
  // During a drill the curve is the surviving topology's: its zones carry the whole workload.
  const points = useCurve(survivors?.plan ?? plan);
  const scaleOut = firstScaleOut(points);
  const planNodes = plan.teleport.workload.sshNodes;
  const atPlan = survivors ? points.find((p) => p.sshNodes === planNodes) : undefined;
  const ticks = curveTicks(points.map((p) => p.sshNodes));
  const top = ticks[ticks.length - 1] ?? 100_000;
  const maxNodesPerZone = Math.max(1, cockroach.nodesPerZonePlanned, ...points.map((p) => p.nodesPerZone));
  const planned = `As planned: ${cockroach.plannedVcpuPerNode} vCPU / ${cockroach.plannedMemoryGiBPerNode} GiB per node, ${cockroach.nodesPerZonePlanned} per zone`;
  const recommended = atPlan
    ? `recommended for the surviving zones: ${atPlan.vcpuPerNode} vCPU / ${atPlan.memoryGiBPerNode} GiB per node, ${atPlan.nodesPerZone} per zone`
    : `recommended: ${cockroach.vcpuPerNode} vCPU / ${cockroach.memoryGiBPerNode} GiB per node, ${cockroach.nodesPerZoneRecommended} per zone`;
  const range = `1,000 to ${count(points.at(-1)?.sshNodes ?? 100_000)}`;
  return (
    <ChartFrame
      title={survivors ? `CockroachDB sizing as SSH nodes grow, after losing ${survivors.region} (${range})` : `CockroachDB sizing as SSH nodes grow (${range})`}
      summary={`${summaryOf(points, scaleOut)} This plan at ${count(planNodes)} SSH nodes: ${planned}; ${recommended}.`}
      height={HEIGHT}
      testId="chart-sizing-curve"
      table={{
        columns: ["SSH nodes", "vCPU per node", "Memory per node (GiB)", "Nodes per zone", "CockroachDB nodes", "Total vCPU"],
        rows: points.map((p) => [count(p.sshNodes), p.vcpuPerNode, p.memoryGiBPerNode, p.nodesPerZone, p.cockroachNodes, p.totalVcpu]),
      }}
      legend={
        <>
          <LegendItem color={CHART_COLORS.cockroachdb} label="Recommended vCPU per node (left axis, solid)" />
          <LegendItem color={CHART_COLORS["teleport-proxy"]} label="Recommended nodes per zone (right axis, dashed)" pattern="dashed" />
          {scaleOut ? <LegendItem color={CHART_COLORS.reference} label={`Nodes added from ${count(scaleOut.sshNodes)} SSH nodes`} pattern="dashed" /> : null}
          <LegendItem color={CHART_COLORS.plan} label={`This plan: ${count(planNodes)} SSH nodes. ${planned} (dot); ${recommended}`} />
        </>
      }
    >
      <LineChart data={points} margin={CHART_MARGIN} accessibilityLayer={false}>
        <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="sshNodes"
          domain={[0, top]}
          ticks={ticks}
          tickFormatter={thousands}
          tick={AXIS_TICK}
          label={{ value: "SSH nodes", position: "insideBottom", offset: -16, style: AXIS_LABEL_STYLE }}
        />
        <YAxis
          yAxisId="vcpu"
          allowDecimals={false}
          tick={AXIS_TICK}
          width={48}
          label={{ value: "vCPU per node", angle: -90, position: "insideLeft", offset: 8, style: AXIS_LABEL_STYLE }}
        />
        <YAxis
          yAxisId="nodes"
          orientation="right"
          allowDecimals={false}
          domain={[0, maxNodesPerZone + 1]}
          tick={AXIS_TICK}
          width={48}
          label={{ value: "Nodes per zone", angle: 90, position: "insideRight", offset: 8, style: AXIS_LABEL_STYLE }}
        />
        <Tooltip isAnimationActive={false} labelFormatter={(n) => `${count(Number(n))} SSH nodes`} />
        {scaleOut ? <ReferenceLine yAxisId="vcpu" x={scaleOut.sshNodes} stroke={CHART_COLORS.reference} strokeDasharray="5 4" /> : null}
        <ReferenceLine yAxisId="vcpu" x={planNodes} stroke={CHART_COLORS.plan} strokeWidth={2} />
        <ReferenceDot yAxisId="vcpu" x={planNodes} y={cockroach.plannedVcpuPerNode} r={5} fill={CHART_COLORS.plan} stroke="#fff" ifOverflow="extendDomain" />
        <Line
          yAxisId="vcpu"
          type="stepAfter"
          dataKey="vcpuPerNode"
          name="vCPU per node"
          stroke={CHART_COLORS.cockroachdb}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
        <Line
          yAxisId="nodes"
          type="stepAfter"
          dataKey="nodesPerZone"
          name="Nodes per zone"
          stroke={CHART_COLORS["teleport-proxy"]}
          strokeWidth={2}
          strokeDasharray="6 4"
          dot={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ChartFrame>
  );
}
