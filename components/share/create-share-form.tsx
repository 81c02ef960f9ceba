"use client";

import { useId, useState, type FormEvent } from "react";
import { ApiError, errorMessage } from "@/lib/client/api-client";
import type { RevisionSummary } from "@/lib/client/api-types";
import { SHARE_LABEL_MAX, type CreateShareBody } from "@/lib/server/api/share-schemas";
import { DEFAULT_EXPIRY_HOURS, EXPIRY_CHOICES } from "./expiry";
import styles from "./share.module.css";

type CreateShareFormProps = {
  revisions: RevisionSummary[];
  isCreating: boolean;
  error: unknown;
  onCreate: (body: CreateShareBody) => void;
};

/** Label, what the link shows (the latest revision, or one pinned revision) and when it expires. */
export function CreateShareForm({ revisions, isCreating, error, onCreate }: CreateShareFormProps) {
  const ids = { label: useId(), scope: useId(), revision: useId(), expiry: useId() };
  const [label, setLabel] = useState("");
  const [scope, setScope] = useState<"latest" | "revision">("latest");
  const [revision, setRevision] = useState<number | null>(null);
  const [expiry, setExpiry] = useState<string>(String(DEFAULT_EXPIRY_HOURS));
  const pinned = revision ?? revisions[0]?.number ?? null;
  const issues = error instanceof ApiError ? error.issues : [];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onCreate({ label: label.trim(), revision: scope === "revision" ? pinned : null, expiresInHours: expiry === "never" ? null : Number(expiry) });
  };

  return (
    <form className={styles.form} onSubmit={onSubmit} aria-labelledby="create-share-heading">
      <h3 id="create-share-heading" className={styles.subheading}>
        Create a link
      </h3>
      <div className={styles.formGrid}>
        <div className={styles.field}>
          <label htmlFor={ids.label}>Label (optional)</label>
          <input id={ids.label} type="text" value={label} maxLength={SHARE_LABEL_MAX} onChange={(e) => setLabel(e.target.value)} placeholder="Who it is for, e.g. Security review" />
        </div>
        <fieldset className={styles.fieldset}>
          <legend>The link shows</legend>
          <label className={styles.radio}>
            <input type="radio" name={ids.scope} checked={scope === "latest"} onChange={() => setScope("latest")} />
            The latest revision (follows new saves)
          </label>
          <label className={styles.radio}>
            <input type="radio" name={ids.scope} checked={scope === "revision"} onChange={() => setScope("revision")} disabled={revisions.length === 0} />
            One revision:
          </label>
          <select
            id={ids.revision}
            aria-label="Revision to pin the link to"
            value={pinned ?? ""}
            disabled={scope !== "revision"}
            onChange={(e) => setRevision(Number(e.target.value))}
          >
            {revisions.map((r) => (
              <option key={r.number} value={r.number}>
                {`Revision ${r.number}${r.note ? ` — ${r.note.length > 50 ? `${r.note.slice(0, 49)}…` : r.note}` : ""}`}
              </option>
            ))}
          </select>
        </fieldset>
        <div className={styles.field}>
          <label htmlFor={ids.expiry}>Expires after</label>
          <select id={ids.expiry} value={expiry} onChange={(e) => setExpiry(e.target.value)}>
            {EXPIRY_CHOICES.map((choice) => (
              <option key={choice.label} value={choice.hours === null ? "never" : String(choice.hours)}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={isCreating || revisions.length === 0}>
          {isCreating ? "Creating…" : "Create link"}
        </button>
        {revisions.length === 0 ? <span className="muted small">Save the plan first: a link shows a saved revision.</span> : null}
      </div>
      {error ? (
        <div role="alert" className="sev sev-critical">
          <span aria-hidden="true">✖</span>
          <span>
            {errorMessage(error)}
            {issues.length > 0 ? ` ${issues.map((i) => i.message).join(" ")}` : ""}
          </span>
        </div>
      ) : null}
    </form>
  );
}
