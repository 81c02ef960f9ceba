"use client";

import { useId, useState, type FormEvent } from "react";
import { suggestedTargetVersions } from "@/lib/core/runbook";
import { TargetVersionSchema } from "@/lib/core/runbook/api-schema";
import styles from "./runbook.module.css";

/** The Teleport version the update section plans for: suggestions for the next patch, minor and major, or any version typed in. */
export function TargetVersionPicker({ currentVersion, targetVersion, onPick }: { currentVersion: string; targetVersion: string; onPick: (version: string) => void }) {
  const inputId = useId();
  const listId = useId();
  const errorId = useId();
  const [value, setValue] = useState(targetVersion);
  const [error, setError] = useState<string | null>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = TargetVersionSchema.safeParse(value.trim());
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Use a version like 18.11.0.");
      return;
    }
    setError(null);
    onPick(parsed.data);
  };

  return (
    <form className={styles.picker} onSubmit={onSubmit} noValidate>
      <label htmlFor={inputId} className={styles.pickerLabel}>
        Target Teleport version <span className="muted">(now {currentVersion})</span>
      </label>
      <div className="row">
        <input
          id={inputId}
          type="text"
          list={listId}
          value={value}
          inputMode="decimal"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => setValue(e.target.value)}
          className={styles.versionInput}
        />
        <datalist id={listId}>
          {suggestedTargetVersions(currentVersion).map((v) => (
            <option key={v} value={v} />
          ))}
        </datalist>
        <button type="submit" className="btn">
          Plan update
        </button>
        <span id={errorId} role="alert" className={styles.pickerError}>
          {error ? (
            <>
              <span aria-hidden="true">✖</span> {error}
            </>
          ) : null}
        </span>
      </div>
    </form>
  );
}
