"use client";

import { useId, useState, type FormEvent } from "react";
import styles from "./findings.module.css";

/** Mirrors the plan schema's waiver rule (lib/schemas/plan.ts, WaiverSchema.reason). */
const MIN_REASON = 3;
const REASON_MESSAGE = "Say why this finding is accepted (at least 3 characters).";

export function WaiveForm(props: { findingTitle: string; onSubmit: (reason: string) => void; onCancel: () => void }) {
  const id = useId();
  const [reason, setReason] = useState("");
  const [isSubmitted, setIsSubmitted] = useState(false);
  const isTooShort = reason.trim().length < MIN_REASON;
  const showError = isSubmitted && isTooShort;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setIsSubmitted(true);
    if (!isTooShort) props.onSubmit(reason.trim());
  };
  return (
    <form className={styles.waiveForm} onSubmit={onSubmit} aria-label={`Waive: ${props.findingTitle}`}>
      <label htmlFor={`${id}-reason`} className={styles.waiveLabel}>
        Reason for accepting this finding
      </label>
      <input
        id={`${id}-reason`}
        className={styles.waiveInput}
        value={reason}
        maxLength={1000}
        autoFocus
        autoComplete="off"
        aria-invalid={showError || undefined}
        aria-describedby={showError ? `${id}-error` : undefined}
        onChange={(e) => setReason(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape") props.onCancel();
        }}
      />
      {showError ? (
        <p id={`${id}-error`} className={styles.waiveError}>
          <span aria-hidden="true">⚠ </span>
          {REASON_MESSAGE}
        </p>
      ) : null}
      <div className={styles.actions}>
        <button type="submit" className={styles.primaryButton}>
          Waive finding
        </button>
        <button type="button" className={styles.button} onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
