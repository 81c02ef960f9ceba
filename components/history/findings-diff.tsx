import { SeverityBadge } from "@/components/findings/severity-badge";
import type { RevisionDiff } from "@/lib/server/api/history-schemas";
import styles from "./history.module.css";

type FindingsDiffProps = { opened: RevisionDiff["findingsOpened"]; resolved: RevisionDiff["findingsResolved"] };

/** Findings open in B but not in A (appeared), and open in A but not in B (resolved, or waived). */
export function FindingsDiff({ opened, resolved }: FindingsDiffProps) {
  if (opened.length === 0 && resolved.length === 0) return <p className="muted small">No finding appeared or was resolved.</p>;
  return (
    <div className={styles.findingColumns}>
      <div>
        <h4 className={styles.minorHeading}>Appeared ({opened.length})</h4>
        {opened.length === 0 ? (
          <p className="muted small">None.</p>
        ) : (
          <ul className={styles.findingList} data-testid="findings-opened">
            {opened.map((f) => (
              <li key={f.id}>
                <SeverityBadge severity={f.severity} /> {f.title}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h4 className={styles.minorHeading}>Resolved ({resolved.length})</h4>
        {resolved.length === 0 ? (
          <p className="muted small">None.</p>
        ) : (
          <ul className={styles.findingList} data-testid="findings-resolved">
            {resolved.map((f) => (
              <li key={f.id}>
                <SeverityBadge severity={f.severity} /> {f.title}
                {f.isWaived ? <span className={styles.waived}> (waived: still fires, accepted by a waiver)</span> : null}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
