"use client";

import type { Analysis, Finding, RegionId } from "@/lib/core/analysis/types";
import type { Plan } from "@/lib/schemas/plan";
import { FindingsList } from "@/components/findings/findings-list";
import { ResourceBlocks } from "@/components/sizing/resource-blocks";
import { SizingNotes } from "@/components/sizing/sizing-notes";
import { SizingTable } from "@/components/sizing/sizing-table";
import { DashboardCharts } from "./dashboard-charts";
import { FailurePanel } from "./failure-panel";
import { SummaryLine } from "./summary-line";
import { WriteLatencyPanel } from "./write-latency";
import { sizingAfterFailure } from "@/lib/core/failure";
import styles from "./dashboard.module.css";

type DashboardProps = {
  plan: Plan;
  analysis: Analysis | null;
  failedRegion: RegionId | null;
  onFocusFinding: (finding: Finding) => void;
  onWaive?: (findingId: string, reason: string) => void;
  onUnwaive?: (findingId: string) => void;
  isReadOnly?: boolean;
};

/**
 * The live analysis of a plan: findings, the failure scenario being explored, write latency,
 * sizing and charts. It renders what the core computed (`analysis`) and computes nothing but
 * sums for display; the shell recomputes the analysis on every edit.
 */
export function Dashboard(props: DashboardProps) {
  const { plan, analysis, failedRegion } = props;
  if (analysis === null) {
    return (
      <div className={styles.dashboard} data-testid="dashboard">
        <p className={styles.placeholder}>
          The analysis appears when the plan is valid. Fix the problems marked in the form to see findings, sizing and charts.
        </p>
      </div>
    );
  }
  const scenario = failedRegion === null ? undefined : analysis.failures.find((f) => f.region === failedRegion);
  // During a drill the sizing, its table and both charts show the figures after the failure.
  const after = scenario ? sizingAfterFailure(analysis.sizing, scenario.region) : null;
  return (
    <div className={styles.dashboard} data-testid="dashboard">
      <SummaryLine summary={analysis.summary} />
      {failedRegion !== null ? (
        <section className={styles.panel} aria-labelledby="dashboard-failure">
          <h3 id="dashboard-failure" className={styles.heading}>
            If {failedRegion} fails
          </h3>
          {scenario ? <FailurePanel scenario={scenario} findings={analysis.findings} /> : <p className={styles.text}>No failure scenario for this region: it is not part of the plan.</p>}
        </section>
      ) : null}
      <section className={styles.panel} aria-labelledby="dashboard-findings">
        <h3 id="dashboard-findings" className={styles.heading}>
          Findings
        </h3>
        <FindingsList
          findings={analysis.findings}
          onFocusFinding={props.onFocusFinding}
          onWaive={props.onWaive}
          onUnwaive={props.onUnwaive}
          isReadOnly={props.isReadOnly ?? false}
        />
      </section>
      <section className={styles.panel} aria-labelledby="dashboard-write-latency">
        <h3 id="dashboard-write-latency" className={styles.heading}>
          {scenario ? `CockroachDB write latency before ${scenario.region} fails (estimate)` : "CockroachDB write latency (estimate)"}
        </h3>
        {scenario ? (
          // During a drill the live figures are the post-failure ones (drill panel above); the normal ones stay one click away.
          <details>
            <summary>The plan&apos;s figures without the failure</summary>
            <WriteLatencyPanel writeLatency={analysis.writeLatency} />
          </details>
        ) : (
          <WriteLatencyPanel writeLatency={analysis.writeLatency} />
        )}
      </section>
      <section className={styles.panel} aria-labelledby="dashboard-sizing">
        <h3 id="dashboard-sizing" className={styles.heading}>
          {after ? `Sizing after losing ${after.region}` : "Sizing"}
        </h3>
        <div className={styles.stack}>
          <SizingTable sizing={analysis.sizing} after={after} />
          <ResourceBlocks sizing={analysis.sizing} />
          <SizingNotes sizing={analysis.sizing} />
        </div>
      </section>
      <section className={styles.panel} aria-labelledby="dashboard-charts">
        <h3 id="dashboard-charts" className={styles.heading}>
          Charts
        </h3>
        <DashboardCharts plan={plan} analysis={analysis} failedRegion={scenario ? scenario.region : null} />
      </section>
    </div>
  );
}
