"use client";

import { useEffect, useId, useRef, useState } from "react";
import styles from "./share.module.css";

/**
 * The new link, shown this once: the server keeps only a hash of its token, so it can never be
 * shown again. The field is focused and selected so Ctrl+C copies it straight away.
 */
export function CreatedLink({ url, onDismiss }: { url: string; onDismiss: () => void }) {
  const fieldId = useId();
  const field = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, [url]);

  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopy("copied");
    } catch {
      field.current?.select();
      setCopy("failed");
    }
  };

  return (
    <section className={`banner banner-ok ${styles.created}`} aria-labelledby="created-heading" data-testid="created-link">
      <span aria-hidden="true" className="sev sev-ok">
        ✔
      </span>
      <div className="stack" style={{ gap: "0.4rem", flex: 1, minWidth: 0 }}>
        <h3 id="created-heading" className={styles.subheading}>
          Link created: copy it now
        </h3>
        <p className="small" style={{ margin: 0 }}>
          This is the only time the link is shown. Only a fingerprint of it is stored, so it cannot be looked up later; if it is lost, create a new one.
        </p>
        <div className={styles.urlRow}>
          <label htmlFor={fieldId} className="visually-hidden">
            Share link
          </label>
          <input id={fieldId} ref={field} type="text" readOnly value={url} className={styles.url} onFocus={(e) => e.currentTarget.select()} />
          <button type="button" className="btn btn-primary" onClick={onCopy}>
            Copy link
          </button>
          <button type="button" className="btn" onClick={onDismiss}>
            Done
          </button>
        </div>
        <span role="status" className="small">
          {copy === "copied" ? "Copied to the clipboard." : copy === "failed" ? "Copying was blocked: the link is selected, press Ctrl+C." : ""}
        </span>
      </div>
    </section>
  );
}
