"use client";

import { useId, useState, type FormEvent } from "react";
import { suggestedTargetVersions } from "@/lib/core/runbook";
import { RunbookQuerySchema, TargetVersionSchema } from "@/lib/core/runbook/api-schema";
import { suggestedCockroachTargets } from "@/lib/core/runbook/cockroach-version";
import styles from "./runbook.module.css";

/** What each upgrade section's picker offers: Teleport's next patch, minor and major; CockroachDB's next patch and the majors it may go to. */
const PRODUCTS = {
  teleport: { label: "Target Teleport version", button: "Plan update", suggest: suggestedTargetVersions, schema: TargetVersionSchema },
  cockroachdb: {
    label: "Target CockroachDB version",
    button: "Plan upgrade",
    suggest: suggestedCockroachTargets,
    schema: RunbookQuerySchema.shape.cockroachTargetVersion.unwrap(),
  },
} as const;

/** The version an upgrade section plans for: suggestions, or any version typed in. */
export function TargetVersionPicker({
  product = "teleport",
  currentVersion,
  targetVersion,
  onPick,
}: {
  product?: keyof typeof PRODUCTS;
  currentVersion: string;
  targetVersion: string;
  onPick: (version: string) => void;
}) {
  const { label, button, suggest, schema } = PRODUCTS[product];
  const inputId = useId();
  const listId = useId();
  const errorId = useId();
  const [value, setValue] = useState(targetVersion);
  const [error, setError] = useState<string | null>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = schema.safeParse(value.trim());
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
        {label} <span className="muted">(now {currentVersion})</span>
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
          {suggest(currentVersion).map((v) => (
            <option key={v} value={v} />
          ))}
        </datalist>
        <button type="submit" className="btn">
          {button}
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
