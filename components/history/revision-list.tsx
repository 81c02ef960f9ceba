import { ExportPlanLinks } from "@/components/plan-files/export-plan-links";
import { RelativeTime } from "@/components/ui/relative-time";
import type { HistoryEntry } from "@/lib/server/api/history-schemas";
import styles from "./history.module.css";

type Pair = { from: number; to: number };
type RevisionListProps = {
  projectId: string;
  entries: HistoryEntry[];
  pair: Pair | null;
  onCompare: (pair: Pair) => void;
  /** null for viewers: restoring saves a revision, which only editors and owners may do. */
  onRestore: ((number: number) => void) | null;
};

/** One row per revision, newest first: number, time, note, the one-line summary, and its actions. */
export function RevisionList({ projectId, entries, pair, onCompare, onRestore }: RevisionListProps) {
  const latest = entries[0]?.number ?? 0;
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} aria-label="Revisions" data-testid="revision-list">
        <thead>
          <tr>
            <th scope="col">Revision</th>
            <th scope="col">Saved</th>
            <th scope="col">By</th>
            <th scope="col">Note</th>
            <th scope="col">Change</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const isShown = pair?.to === entry.number && pair.from === entry.number - 1;
            return (
              <tr key={entry.number} data-testid={`revision-${entry.number}`} aria-current={isShown ? "true" : undefined}>
                <th scope="row" className={styles.number}>
                  {entry.number}
                  {entry.number === latest ? <span className={styles.latestTag}>latest</span> : null}
                </th>
                <td className={styles.time}>
                  <RelativeTime iso={entry.createdAt} />
                </td>
                <td data-testid="revision-author">{entry.createdBy || <span className="muted">—</span>}</td>
                <td className={styles.note}>{entry.note || <span className="muted">—</span>}</td>
                <td className={styles.summary} data-testid="revision-summary">
                  {entry.summary.line}
                </td>
                <td className={styles.actions}>
                  <ExportPlanLinks projectId={projectId} revision={entry.number} />
                  {entry.number > 1 ? (
                    <button
                      type="button"
                      className="btn btn-small"
                      aria-label={`Compare revision ${entry.number} with revision ${entry.number - 1}`}
                      onClick={() => onCompare({ from: entry.number - 1, to: entry.number })}
                    >
                      Compare
                    </button>
                  ) : null}
                  {entry.number !== latest && onRestore ? (
                    <button type="button" className="btn btn-small" aria-label={`Restore revision ${entry.number}`} onClick={() => onRestore(entry.number)}>
                      Restore…
                    </button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
