import { RelativeTime } from "@/components/ui/relative-time";
import { progressText, type RunbookView, type StepView } from "@/lib/core/runbook";
import styles from "./share.module.css";

/**
 * The runbook to read: each section with its progress, collapsed to its heading until opened,
 * and each step's state in words (done with time and note, not done, changed since checked).
 * No checkbox and no note field: the runbook page's components are built for checking steps off
 * (they have no read-only mode), so the shared view renders the same data without those controls.
 */
export function SharedRunbook({ runbook }: { runbook: RunbookView }) {
  return (
    <div className="stack" data-testid="shared-runbook">
      <p className={styles.runbookOverall}>
        <strong data-testid="shared-runbook-progress">{progressText(runbook.progress.done, runbook.progress.total)}</strong>
        <progress value={runbook.progress.done} max={Math.max(runbook.progress.total, 1)} aria-label={`Whole runbook: ${progressText(runbook.progress.done, runbook.progress.total)}`} />
        <span className="muted small">Revision {runbook.revision}; Teleport {runbook.currentVersion}.</span>
      </p>
      {runbook.sections.map((section) => (
        <details key={section.id} className={styles.runbookSection}>
          <summary>
            <span className={styles.sectionTitle}>{section.title}</span>
            <span className="small" data-testid={`shared-progress-${section.id}`}>
              {progressText(section.progress.done, section.progress.total)}
            </span>
            <progress value={section.progress.done} max={Math.max(section.progress.total, 1)} aria-hidden="true" />
          </summary>
          <ol className={styles.steps}>
            {section.steps.map((step) => (
              <SharedStep key={step.key} step={step} />
            ))}
          </ol>
        </details>
      ))}
    </div>
  );
}

function StepState({ step }: { step: StepView }) {
  if (step.checkedAt !== null)
    return (
      <span className={styles.stepDone}>
        <span aria-hidden="true">✔ </span>Done <RelativeTime iso={step.checkedAt} />
        {step.note ? `: ${step.note}` : ""}
      </span>
    );
  if (step.changedSinceCheck)
    return (
      <span className={styles.stepChanged}>
        <span aria-hidden="true">⟳ </span>Changed since it was checked off: to do again
      </span>
    );
  return (
    <span className={styles.stepOpen}>
      <span aria-hidden="true">○ </span>Not done yet
    </span>
  );
}

/** Commands to read and select; scrolls sideways instead of breaking a command mid-argument. */
function Commands({ label, lines, title }: { label: string; lines: readonly string[]; title: string }) {
  return (
    <div>
      <span className={styles.codeLabel}>{label}</span>
      <pre className={styles.code} tabIndex={0} aria-label={`${label}: ${title}`}>
        <code>{lines.join("\n")}</code>
      </pre>
    </div>
  );
}

function SharedStep({ step }: { step: StepView }) {
  return (
    <li className={styles.step} data-testid={`shared-step-${step.key}`}>
      <h4 className={styles.stepTitle}>{step.title}</h4>
      <StepState step={step} />
      <p className={styles.stepWhat}>{step.what}</p>
      {step.commands.length > 0 ? <Commands label="Commands" lines={step.commands} title={step.title} /> : null}
      {step.verify.length > 0 ? <Commands label="Verify" lines={step.verify} title={step.title} /> : null}
      {step.expect ? (
        <p className="small">
          <strong>Expect:</strong> {step.expect}
        </p>
      ) : null}
      {step.files.length > 0 ? (
        <p className="small">
          <strong>Files in the bundle:</strong>{" "}
          {step.files.map((file, i) => (
            <span key={file}>
              {i > 0 ? ", " : null}
              <code>{file}</code>
            </span>
          ))}
        </p>
      ) : null}
      {step.sources.length > 0 ? (
        <p className="small">
          <strong>Sources:</strong>{" "}
          {step.sources.map((source, i) => {
            const label = source.section ? `${source.title}: ${source.section}` : source.title;
            return (
              <span key={label}>
                {i > 0 ? "; " : null}
                {source.url ? (
                  <a href={source.url} rel="noreferrer" target="_blank">
                    {label}
                  </a>
                ) : (
                  label
                )}
              </span>
            );
          })}
        </p>
      ) : null}
    </li>
  );
}
