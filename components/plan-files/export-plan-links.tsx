import styles from "./plan-files.module.css";

/** Download links for one revision's plan as a file to keep in Git (JSON or YAML, with `$schema`). */
export function ExportPlanLinks({ projectId, revision }: { projectId: string; revision: number }) {
  const href = (format: "json" | "yaml") => `/api/projects/${encodeURIComponent(projectId)}/revisions/${revision}/plan?format=${format}`;
  return (
    <span className={styles.exportLinks}>
      <a className="btn btn-small" href={href("json")} download aria-label={`Export revision ${revision}'s plan as JSON`}>
        JSON
      </a>
      <a className="btn btn-small" href={href("yaml")} download aria-label={`Export revision ${revision}'s plan as YAML`}>
        YAML
      </a>
    </span>
  );
}
