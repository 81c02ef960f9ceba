"use client";

import { useEffect, useState } from "react";

type CopyState = "idle" | "copied" | "failed";

/**
 * Copies text with the Clipboard API and says so in a fixed-width status slot next to the
 * button ("Copied", or what to do when the browser blocks the clipboard), so nothing moves.
 */
export function CopyButton({ text, label, className, statusClassName }: { text: string; label: string; className?: string; statusClassName?: string }) {
  const [state, setState] = useState<CopyState>("idle");

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
    <span className={className ?? "row"} style={className ? undefined : { gap: "0.5rem" }}>
      <button type="button" className="btn btn-small" onClick={onCopy} aria-label={label}>
        Copy
      </button>
      <span role="status" className={`small ${statusClassName ?? ""}`} style={statusClassName ? undefined : { minWidth: "11rem" }}>
        {state === "copied" ? (
          <span style={{ color: "var(--ok)" }}>
            <span aria-hidden="true">✓ </span>Copied
          </span>
        ) : state === "failed" ? (
          <span style={{ color: "var(--critical)" }}>
            <span aria-hidden="true">✖ </span>Copy blocked: select the text and press Ctrl+C
          </span>
        ) : null}
      </span>
    </span>
  );
}
