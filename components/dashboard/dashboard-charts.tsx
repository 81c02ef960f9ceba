"use client";

import { memo, useMemo } from "react";
import type { Analysis, RegionId } from "@/lib/core/analysis/types";
import { sizingAfterFailure, survivingPlan } from "@/lib/core/failure";
import type { Plan } from "@/lib/schemas/plan";
import { LatencyHeatmap } from "@/components/charts/latency-heatmap";
import { RegionResourcesChart } from "@/components/charts/region-resources-chart";
import { SizingCurveChart } from "@/components/charts/sizing-curve-chart";
import { useAfterPaint } from "@/components/ui/use-after-paint";
import styles from "./dashboard.module.css";

/** The analysed regions in plan order; taken from the analysis so a stale one stays consistent. */
function latencyRegions(analysis: Analysis): string[] {
  return [...new Set(analysis.latency.flatMap((r) => [r.from, r.to]))];
}

/**
 * The dashboard's three Recharts charts. They follow a new analysis one paint after the rest of
 * the dashboard (components/ui/use-after-paint.ts): Recharts' render and commit are the largest
 * part of an edit's work, and in a task of their own the findings, tables and the next click
 * do not wait for them (issue 13). The first render shows the given analysis at once.
 * During a drill (`failedRegion`) the sizing curve and the region chart show the figures after
 * the failure, as the sizing table does.
 */
export const DashboardCharts = memo(function DashboardCharts(props: { plan: Plan; analysis: Analysis; failedRegion: RegionId | null }) {
  const { plan, analysis, failedRegion } = props;
  const given = useMemo(() => ({ plan, analysis, failedRegion }), [plan, analysis, failedRegion]);
  const shown = useAfterPaint(given);
  const regionIds = useMemo(() => latencyRegions(shown.analysis), [shown.analysis]);
  const drill = useMemo(() => {
    const scenario = shown.failedRegion === null ? undefined : shown.analysis.failures.find((f) => f.region === shown.failedRegion);
    if (scenario === undefined) return { after: null, survivors: null };
    return {
      after: sizingAfterFailure(shown.analysis.sizing, scenario.region),
      survivors: { plan: survivingPlan(shown.plan, scenario, scenario.region), region: scenario.region },
    };
  }, [shown]);
  return (
    <div className={styles.stack}>
      <LatencyHeatmap regionIds={regionIds} latency={shown.analysis.latency} />
      <SizingCurveChart plan={shown.plan} cockroach={shown.analysis.sizing.cockroach} survivors={drill.survivors} />
      <RegionResourcesChart sizing={shown.analysis.sizing} after={drill.after} />
    </div>
  );
});
