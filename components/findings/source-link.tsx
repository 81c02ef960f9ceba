import type { Source } from "@/lib/core/analysis/types";
import styles from "./findings.module.css";

/** "Teleport Multi-region Blueprint, section “Teleport Dependencies”", linked when the source has a URL. */
export function SourceLink({ source }: { source: Source }) {
  const text = source.section ? `${source.title}, section “${source.section}”` : source.title;
  return (
    <span className={styles.source}>
      Source:{" "}
      {source.url ? (
        <a href={source.url} target="_blank" rel="noreferrer">
          {text}
        </a>
      ) : (
        text
      )}
    </span>
  );
}
