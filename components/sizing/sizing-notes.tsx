import type { Sizing, Source } from "@/lib/core/analysis/types";
import { SourceLink } from "@/components/findings/source-link";
import { formatNumber } from "./format";
import styles from "./sizing.module.css";

function Sources({ sources }: { sources: readonly Source[] }) {
  return (
    <ul className={styles.sources}>
      {sources.map((source) => (
        <li key={`${source.title}:${source.section ?? ""}`}>
          <SourceLink source={source} />
        </li>
      ))}
    </ul>
  );
}

/** The core's long derivation, folded so the figures stay in view. */
function Explanation({ text }: { text: string }) {
  return (
    <details className={styles.derivation}>
      <summary>How this is computed</summary>
      <p className={styles.explanation}>{text}</p>
    </details>
  );
}

/** The per-node CockroachDB figures, where they fall short of production advice, and Teleport's N−1 share. */
export function SizingNotes({ sizing }: { sizing: Sizing }) {
  const { cockroach, teleport } = sizing;
  const hasOverride = sizing.regions.some((r) => r.groups.some((g) => g.component === "cockroachdb" && g.isOverride));
  const sharePercent = Math.round(teleport.designLoadShare * 100);
  return (
    <div className={styles.notes}>
      <section aria-labelledby="sizing-cockroach">
        <h4 id="sizing-cockroach" className={styles.subTitle}>
          CockroachDB nodes
        </h4>
        <dl className={styles.facts}>
          <dt>As planned (in the manifests)</dt>
          <dd data-testid="sizing-planned">
            {cockroach.nodesPerZonePlanned} node{cockroach.nodesPerZonePlanned === 1 ? "" : "s"} per zone of {formatNumber(cockroach.plannedVcpuPerNode)} vCPU,{" "}
            {formatNumber(cockroach.plannedMemoryGiBPerNode)} GiB memory ({cockroach.totalNodes} nodes in total)
            {hasOverride ? " — regions with an override use their own resources, see the table" : ""}
          </dd>
          <dt>Recommended</dt>
          <dd data-testid="sizing-recommended">
            {cockroach.nodesPerZoneRecommended} node{cockroach.nodesPerZoneRecommended === 1 ? "" : "s"} per zone of {formatNumber(cockroach.vcpuPerNode)} vCPU,{" "}
            {formatNumber(cockroach.memoryGiBPerNode)} GiB memory
          </dd>
          <dt>Storage per node</dt>
          <dd>
            {formatNumber(cockroach.storagePerNodeGiB)} GiB planned, {formatNumber(cockroach.storageNeededPerNodeGiB)} GiB needed
          </dd>
          <dt>Disk per node</dt>
          <dd>
            {formatNumber(cockroach.iopsPerNode)} IOPS, {formatNumber(cockroach.throughputMBpsPerNode)} MB/s
          </dd>
        </dl>
        <Explanation text={cockroach.explanation} />
        {cockroach.belowProduction.length > 0 ? (
          <div className={styles.belowProduction} data-testid="below-production">
            <h5 className={styles.noteTitle}>
              <span aria-hidden="true">▲ </span>Below CockroachDB&apos;s production recommendations
            </h5>
            <ul>
              {cockroach.belowProduction.map((note) => (
                <li key={note.message}>
                  {note.message} <SourceLink source={note.source} />
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <Sources sources={cockroach.sources} />
      </section>
      <section aria-labelledby="sizing-teleport">
        <h4 id="sizing-teleport" className={styles.subTitle}>
          Teleport: N−1 design
        </h4>
        <p className={styles.explanation}>
          Each of the {teleport.regions.length} Teleport regions is sized to carry <strong>{sharePercent}%</strong> of the total load, its share when
          one other Teleport region has failed. Per region: {teleport.authPodsPerRegion} auth pods ({formatNumber(teleport.auth.vcpu)} vCPU,{" "}
          {formatNumber(teleport.auth.memoryGiB)} GiB each) and {teleport.proxyPodsPerRegion} proxy pods ({formatNumber(teleport.proxy.vcpu)} vCPU,{" "}
          {formatNumber(teleport.proxy.memoryGiB)} GiB each).
        </p>
        <Explanation text={teleport.explanation} />
        <Sources sources={teleport.sources} />
      </section>
    </div>
  );
}
