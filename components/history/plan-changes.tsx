import type { RevisionDiff } from "@/lib/server/api/history-schemas";
import { formatValue } from "./format";
import styles from "./history.module.css";

type Change = RevisionDiff["changes"][number];

const KIND_TEXT = { added: "Added", removed: "Removed", changed: "Changed" } as const;

/** A whole region or waiver (added or removed) is shown as its JSON, in a box that scrolls. */
function Value({ value }: { value: unknown }) {
  const text = formatValue(value);
  if (typeof value === "object" && value !== null) return <pre className={styles.valueBlock}>{text}</pre>;
  return value === undefined ? <span className="muted">{text}</span> : <code>{text}</code>;
}

/** The plan fields that changed, in schema order: what the field is, and its value before and after. */
export function PlanChanges({ changes }: { changes: Change[] }) {
  if (changes.length === 0) return <p className="muted small">No plan field changed.</p>;
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} data-testid="plan-changes">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Change</th>
            <th scope="col">Before (A)</th>
            <th scope="col">After (B)</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.path} data-path={change.path}>
              <th scope="row" className={styles.fieldCell}>
                {change.label}
                <code className={styles.path}>{change.path}</code>
                {change.warning ? (
                  <span className="banner banner-warning" role="note" data-testid="change-warning">
                    {change.warning.text} Source:{" "}
                    {change.warning.source.url ? (
                      <a href={change.warning.source.url}>{change.warning.source.title}</a>
                    ) : (
                      change.warning.source.title
                    )}
                    {change.warning.source.section ? `, "${change.warning.source.section}"` : ""}.
                  </span>
                ) : null}
              </th>
              <td>
                <span className={styles.kind} data-kind={change.kind}>
                  <span aria-hidden="true">{change.kind === "added" ? "+ " : change.kind === "removed" ? "− " : "~ "}</span>
                  {KIND_TEXT[change.kind]}
                </span>
              </td>
              <td>
                <Value value={change.before} />
              </td>
              <td>
                <Value value={change.after} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
