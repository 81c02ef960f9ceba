"use client";

import { useEffect, useState } from "react";
import styles from "./runbook.module.css";

/** Copies a command block; the result is announced next to the button in a fixed-width slot. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => {
    if (state === "idle") return;
    const timer = window.setTimeout(() => setState("idle"), 2_500);
    return () => window.clearTimeout(timer);
  }, [state]);

  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  };

  return (
    <span className={styles.copy}>
      <button type="button" className="btn btn-small" onClick={onCopy} aria-label={label}>
        Copy
      </button>
      <span role="status" className={`small ${styles.copyStatus}`}>
        {state === "copied" ? (
          <span style={{ color: "var(--ok)" }}>
            <span aria-hidden="true">✓ </span>Copied
          </span>
        ) : state === "failed" ? (
          <span style={{ color: "var(--critical)" }}>
            <span aria-hidden="true">✖ </span>Select and press Ctrl+C
          </span>
        ) : null}
      </span>
    </span>
  );
}
