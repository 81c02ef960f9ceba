import type { WriteLatency } from "@/lib/core/analysis/types";
import { formatNumber } from "@/components/sizing/format";
import { TableScroll } from "@/components/sizing/table-scroll";
import styles from "./dashboard.module.css";

const GOAL_TEXT: Record<WriteLatency["survivalGoal"], string> = {
  region: "survive region failure",
  zone: "survive zone failure",
};

/** The estimated CockroachDB write latency for the plan's survival goal, per Teleport gateway region. */
export function WriteLatencyPanel({ writeLatency }: { writeLatency: WriteLatency }) {
  const worst = writeLatency.perGateway.reduce<string | null>(
    (found, g) => (found === null && g.writeMs === writeLatency.worstMs ? g.region : found),
    null,
  );
  return (
    <div className={styles.writeLatency} data-testid="write-latency">
      <dl className={styles.stats}>
        <div>
          <dt>Commit (in the primary region)</dt>
          <dd>{formatNumber(writeLatency.commitMs)} ms</dd>
        </div>
        <div>
          <dt>Worst seen from a Teleport region</dt>
          <dd>
            {formatNumber(writeLatency.worstMs)} ms{worst ? <span className={styles.muted}> ({worst})</span> : null}
          </dd>
        </div>
        <div>
          <dt>Survival goal</dt>
          <dd className={styles.statText}>{GOAL_TEXT[writeLatency.survivalGoal]}</dd>
        </div>
      </dl>
      <TableScroll label="Write latency per gateway region">
        <table className={styles.table}>
          <caption className={styles.caption}>Estimated write latency per gateway region</caption>
          <thead>
            <tr>
              <th scope="col">Gateway region</th>
              <th scope="col" className={styles.numeric}>
                Write (ms)
              </th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {writeLatency.perGateway.map((g) => (
              <tr key={g.region}>
                <th scope="row">{g.region}</th>
                <td className={styles.numeric}>{formatNumber(g.writeMs)}</td>
                <td>{g.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className={styles.text}>{writeLatency.explanation}</p>
      <p className={styles.source}>Source: {writeLatency.source}</p>
    </div>
  );
}
