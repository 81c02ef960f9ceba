"use client";

import { useProjectRole } from "@/lib/client/team/use-team-query";
import Link from "next/link";
import { useId, useState } from "react";
import { RelativeTime } from "@/components/ui/relative-time";
import { errorMessage } from "@/lib/client/api-client";
import type { StepView } from "@/lib/core/runbook";
import { STEP_NOTE_MAX } from "@/lib/core/runbook/api-schema";
import { CodeBlock } from "./code-block";
import styles from "./runbook.module.css";
import { useStepMutation } from "./use-runbook-query";

type StepProps = { projectId: string; revision: number; step: StepView };

const bundleHref = (projectId: string, revision: number, file: string) =>
  `/projects/${encodeURIComponent(projectId)}/bundle?${new URLSearchParams({ file, revision: String(revision) }).toString()}`;

/**
 * One step: a checkbox named by the step's title, a note saved with the check-off, what to do,
 * the commands and checks (copyable), the bundle files it uses and its sources.
 */
export function RunbookStep({ projectId, revision, step }: StepProps) {
  const titleId = useId();
  const noteId = useId();
  const [draftNote, setDraftNote] = useState("");
  // One mutation per step, so each step's callbacks and error belong to its own last change.
  const mutation = useStepMutation(projectId, revision);
  // Viewers read the runbook; checking steps off is for editors and owners (the server enforces it).
  const role = useProjectRole(projectId);
  const canCheck = role === "editor" || role === "owner";
  // The click shows at once, in the same render as the event; the cache's optimistic update
  // follows a tick later and the server's answer (or the rollback) after that.
  const [pendingDone, setPendingDone] = useState<boolean | null>(null);
  const isDone = pendingDone ?? step.checkedAt !== null;
  const error = mutation.isError ? errorMessage(mutation.error) : null;

  const onToggle = (done: boolean) => {
    setPendingDone(done);
    mutation.mutate({ key: step.key, done, note: done ? draftNote.trim() : "" }, { onSettled: () => setPendingDone(null) });
    if (done) setDraftNote("");
  };

  return (
    <li id={stepAnchor(step.key)} tabIndex={-1} className={`${styles.step} ${isDone ? styles.stepDone : ""}`} data-testid={`step-${step.key}`}>
      <div className={styles.stepHead}>
        <input type="checkbox" className={styles.checkbox} checked={isDone} disabled={!canCheck} aria-labelledby={titleId} onChange={(e) => onToggle(e.target.checked)} />
        <div className={styles.stepTitleBlock}>
          <h4 id={titleId} className={styles.stepTitle}>
            {step.title}
          </h4>
          <div className={styles.stepMeta}>
            <code className="muted small">{step.key}</code>
            {step.changedSinceCheck ? (
              <span className={styles.changed} data-testid="changed-badge" title="This step's content changed since it was checked off in an earlier revision: do it again.">
                <span aria-hidden="true">⟳</span> Changed since checked
              </span>
            ) : null}
            {isDone && step.checkedAt ? (
              <span className={styles.doneText} data-testid="checked-off">
                {/* Issue 11: the runbook shows who checked a step off; steps checked before sign-in existed name nobody. */}
                <span aria-hidden="true">✔</span> {step.checkedBy ? <>Checked off by <strong data-testid="checked-by">{step.checkedBy}</strong>, </> : "Checked off "}
                <RelativeTime iso={step.checkedAt} />
                {step.note ? <span className={styles.note}>: {step.note}</span> : null}
              </span>
            ) : null}
          </div>
        </div>
      </div>

      {!isDone && canCheck ? (
        <div className={styles.noteRow}>
          <label htmlFor={noteId} className="small muted">
            Note (saved when you check the step off)
          </label>
          <input
            id={noteId}
            type="text"
            className={styles.noteInput}
            maxLength={STEP_NOTE_MAX}
            value={draftNote}
            onChange={(e) => setDraftNote(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") onToggle(true);
            }}
          />
        </div>
      ) : null}
      {error ? (
        <p role="alert" className={styles.error}>
          <span aria-hidden="true">✖</span> Not saved: {error}
        </p>
      ) : null}

      <p className={styles.what}>{step.what}</p>
      {step.commands.length > 0 ? <CodeBlock label="Commands" lines={step.commands} stepTitle={step.title} /> : null}
      {step.verify.length > 0 ? <CodeBlock label="Verify" lines={step.verify} stepTitle={step.title} /> : null}
      {step.expect ? (
        <p className={styles.expect}>
          <strong>Expect:</strong> {step.expect}
        </p>
      ) : null}
      {step.files.length > 0 || step.sources.length > 0 ? (
        <div className={styles.links}>
          {step.files.length > 0 ? (
            <div>
              <span className={styles.linksLabel}>Files</span>
              <ul className={styles.inlineList}>
                {step.files.map((file) => (
                  <li key={file}>
                    <Link href={bundleHref(projectId, revision, file)}>
                      <code>{file}</code>
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {step.sources.length > 0 ? (
            <div>
              <span className={styles.linksLabel}>Sources</span>
              <ul className={styles.inlineList}>
                {step.sources.map((source) => {
                  const label = source.section ? `${source.title}: ${source.section}` : source.title;
                  return <li key={label}>{source.url ? <a href={source.url} rel="noreferrer" target="_blank">{label}</a> : label}</li>;
                })}
              </ul>
            </div>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

/** The step's element id, for links such as the "changed since you checked it off" banner's. */
export function stepAnchor(key: string): string {
  return `runbook-step-${key.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}
