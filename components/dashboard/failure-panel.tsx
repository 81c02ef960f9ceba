import type { FailureScenario, Finding } from "@/lib/core/analysis/types";
import { GradeBadge, reasonText } from "@/components/failure/failure-grade";
import { formatNumber } from "@/components/sizing/format";
import { TableScroll } from "@/components/sizing/table-scroll";
import styles from "./dashboard.module.css";

/** Findings about losing this region: those that name it and concern a failure (e.g. failover-capacity). */
export function findingsOfFailure(findings: readonly Finding[], region: string): Finding[] {
  return findings.filter((f) => !f.waiver && f.id.endsWith(`:${region}`) && f.ruleId.startsWith("failover"));
}

/** Write latency from each surviving Teleport region after the failure, next to the figure before it. */
function WritesAfter({ after }: { after: FailureScenario["after"] }) {
  const writes = after.writeLatency;
  if (writes === null) return <p className={styles.text}>No writes: CockroachDB has no quorum, so no region can write.</p>;
  return (
    <TableScroll label="Write latency after the failure">
      <table className={styles.table} data-testid="failure-writes">
        <caption className={styles.caption}>Write latency from each surviving Teleport region (estimate)</caption>
        <thead>
          <tr>
            <th scope="col">Teleport region</th>
            <th scope="col" className={styles.numeric}>Before (ms)</th>
            <th scope="col" className={styles.numeric}>After (ms)</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {writes.perGateway.map((g) => (
            <tr key={g.region}>
              <th scope="row">{g.region}</th>
              <td className={styles.numeric}>{g.beforeMs === null ? "—" : formatNumber(g.beforeMs)}</td>
              <td className={styles.numeric}>{formatNumber(g.writeMs)}</td>
              <td>{g.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Every figure after the selected region fails: graded outcome, leases, writes, users, quorum, capacity, findings. */
export function FailurePanel({ scenario, findings }: { scenario: FailureScenario; findings: readonly Finding[] }) {
  const { cockroach, teleport, after } = scenario;
  const created = findingsOfFailure(findings, scenario.region);
  return (
    <div className={styles.stack} data-testid="failure-panel">
      <p className={styles.text}>
        <GradeBadge grade={after.grade} /> {reasonText(after.gradeReason)}
      </p>
      <dl className={styles.stats}>
        <div>
          <dt>Leaseholder after the failure</dt>
          <dd className={styles.statText} data-testid="failure-leaseholder">
            {after.leaseholderRegion ?? "none (no quorum)"}
          </dd>
        </div>
        <div>
          <dt>Commit after the failure</dt>
          <dd>{after.writeLatency === null ? "—" : `${formatNumber(after.writeLatency.commitMs)} ms`}</dd>
        </div>
        <div>
          <dt>Slowest write after / before</dt>
          <dd data-testid="failure-worst-write">
            {after.writeLatency === null ? "—" : `${formatNumber(after.writeLatency.worstMs)} / ${formatNumber(after.writeLatency.worstBeforeMs)} ms`}
          </dd>
        </div>
      </dl>
      {after.writeLatency ? <p className={styles.text}>{after.writeLatency.explanation}</p> : null}
      <WritesAfter after={after} />
      <div className={styles.failure}>
        <div className={styles.failureItem} data-ok={cockroach.isQuorumKept}>
          <h4 className={styles.subTitle}>
            <span aria-hidden="true">{cockroach.isQuorumKept ? "✔ " : "✖ "}</span>
            CockroachDB: {cockroach.isQuorumKept ? "quorum kept" : "quorum lost"}
          </h4>
          <p className={styles.text}>
            {cockroach.votersLost} of {cockroach.votersTotal} voting replicas lost. {cockroach.explanation}
          </p>
        </div>
        <div className={styles.failureItem} data-ok={teleport.hasCapacity}>
          <h4 className={styles.subTitle}>
            <span aria-hidden="true">{teleport.hasCapacity ? "✔ " : "✖ "}</span>
            Teleport: {teleport.hasCapacity ? "enough capacity" : "not enough capacity"}
          </h4>
          <p className={styles.text} data-testid="failure-users">
            {after.usersMoveTo.length > 0 ? (
              <>Users and agents go to {after.usersMoveTo.map((u) => `${u.region} (${formatNumber(u.rttMs)} ms from the failed region)`).join(", then ")}. </>
            ) : (
              <>No users move. </>
            )}
            {teleport.explanation}
          </p>
        </div>
      </div>
      {created.length > 0 ? (
        <div>
          <h4 className={styles.subTitle}>Findings about losing this region</h4>
          <ul data-testid="failure-findings">
            {created.map((f) => (
              <li key={f.id}>
                <strong>{f.severity}</strong>: {f.title}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
