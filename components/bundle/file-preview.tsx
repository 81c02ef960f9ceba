"use client";

import type { BundleFileEntry } from "@/lib/core/bundle/api-types";
import { CopyButton } from "@/components/ui/copy-button";
import { formatBytes } from "./download";
import styles from "./bundle.module.css";

/** One file's text, monospace with line numbers, scrolling inside a fixed-height frame. */
export function FilePreview({ file }: { file: BundleFileEntry }) {
  const lines = file.content.endsWith("\n") ? file.content.slice(0, -1).split("\n") : file.content.split("\n");
  return (
    <section className={styles.preview} aria-labelledby="bundle-preview-title">
      <header className={styles.previewHeader}>
        <div className="stack" style={{ gap: "0.1rem", minWidth: 0 }}>
          <h2 id="bundle-preview-title" className={styles.previewTitle}>
            {file.path}
          </h2>
          <span className="muted small">
            {file.mediaType} · {formatBytes(file.size)} · {lines.length} {lines.length === 1 ? "line" : "lines"}
          </span>
        </div>
        <CopyButton text={file.content} label={`Copy ${file.path}`} />
      </header>
      {/* tabIndex: the scrolling frame must be reachable by keyboard to scroll it. */}
      <pre className={styles.code} tabIndex={0} aria-label={`Contents of ${file.path}`} data-testid="bundle-preview">
        <code>
          {lines.map((line, i) => (
            <span key={i} className={styles.line}>
              {line}
              {"\n"}
            </span>
          ))}
        </code>
      </pre>
    </section>
  );
}
