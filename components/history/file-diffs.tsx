import type { RevisionDiff } from "@/lib/server/api/history-schemas";
import styles from "./history.module.css";

type FileDiff = RevisionDiff["files"][number];

const STATUS = {
  added: { icon: "+", text: "Added" },
  removed: { icon: "−", text: "Removed" },
  changed: { icon: "~", text: "Changed" },
  unchanged: { icon: "=", text: "Unchanged" },
} as const;

/** A unified diff, line by line; the +/− prefix stays visible so colour is never the only signal. */
function Hunks({ text }: { text: string }) {
  const lines = text.replace(/\n$/, "").split("\n");
  return (
    <pre className={styles.hunks} tabIndex={0}>
      {lines.map((line, index) => {
        const kind = line.startsWith("+++") || line.startsWith("---") ? "header" : line.startsWith("@@") ? "hunk" : line.startsWith("+") ? "add" : line.startsWith("-") ? "del" : "ctx";
        return (
          <span key={index} className={styles.hunkLine} data-kind={kind}>
            {line}
            {"\n"}
          </span>
        );
      })}
    </pre>
  );
}

/**
 * Every bundle file of either revision. Changed, added and removed files come first, each
 * collapsed to one line (status, path, lines added and removed) that opens to its line diff;
 * unchanged files are listed by name.
 */
export function FileDiffs({ files }: { files: FileDiff[] }) {
  const touched = files.filter((f) => f.status !== "unchanged");
  const unchanged = files.filter((f) => f.status === "unchanged");
  const count = (status: FileDiff["status"]) => files.filter((f) => f.status === status).length;
  return (
    <div className="stack">
      <p className="small" data-testid="file-counts">
        {count("changed")} changed, {count("added")} added, {count("removed")} removed, {unchanged.length} unchanged.
      </p>
      {touched.length > 0 ? (
        <ul className={styles.fileList} aria-label="Files that differ">
          {touched.map((file) => (
            <li key={file.path} data-testid={`file-${file.path}`}>
              <details className={styles.fileDetails}>
                <summary>
                  <span className={styles.fileStatus} data-status={file.status}>
                    <span aria-hidden="true">{STATUS[file.status].icon} </span>
                    {STATUS[file.status].text}
                  </span>
                  <code>{file.path}</code>
                  <span className={styles.fileCounts}>
                    <span className={styles.added}>+{file.added}</span> <span className={styles.removed}>−{file.removed}</span>
                    <span className="visually-hidden">
                      {" "}
                      ({file.added} lines added, {file.removed} removed)
                    </span>
                  </span>
                </summary>
                {file.hunks ? <Hunks text={file.hunks} /> : <p className="muted small">Only the file&apos;s type changed; its text is the same.</p>}
              </details>
            </li>
          ))}
        </ul>
      ) : null}
      {unchanged.length > 0 ? (
        <div>
          <h4 className={styles.minorHeading}>Unchanged ({unchanged.length})</h4>
          <ul className={styles.unchangedList} data-testid="unchanged-files">
            {unchanged.map((file) => (
              <li key={file.path}>
                <code>{file.path}</code>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
