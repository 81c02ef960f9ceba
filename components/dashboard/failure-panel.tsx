import type { FailureScenario } from "@/lib/core/analysis/types";
import styles from "./dashboard.module.css";

/** What happens when the selected region fails: CockroachDB quorum, where its users go, capacity. */
export function FailurePanel({ scenario }: { scenario: FailureScenario }) {
  const { cockroach, teleport } = scenario;
  return (
    <div className={styles.failure} data-testid="failure-panel">
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
        <p className={styles.text}>
          {teleport.usersGoTo.length > 0 ? (
            <>Users and agents go to {teleport.usersGoTo.join(", then ")}. </>
          ) : (
            <>No Teleport region is left to take its users. </>
          )}
          {teleport.explanation}
        </p>
      </div>
    </div>
  );
}
