"use client";

import { NoRevisionYet, ProjectLoadError } from "@/components/projects/project-load-states";
import { useState } from "react";
import { ErrorState } from "@/components/ui/error-state";
import { errorMessage } from "@/lib/client/api-client";
import { useRevisionsQuery } from "@/lib/client/revisions/use-revisions-query";
import { progressText } from "@/lib/core/runbook";
import { RunbookSection } from "./runbook-section";
import { stepAnchor } from "./runbook-step";
import { TargetVersionPicker } from "./target-version-picker";
import { markdownUrl, useRunbookQuery } from "./use-runbook-query";
import styles from "./runbook.module.css";

type PageProps = { projectId: string; initialRevision: number | null; initialTarget: string | null; initialCockroachTarget?: string | null };

/** Keeps the chosen revision and targets in the address bar, so a reload or a shared link shows the same runbook. */
function syncUrl(revision: number | null, target: string | null, cockroachTarget: string | null) {
  const query = new URLSearchParams();
  if (revision !== null) query.set("revision", String(revision));
  if (target) query.set("targetVersion", target);
  if (cockroachTarget) query.set("cockroachTargetVersion", cockroachTarget);
  const search = query.toString();
  window.history.replaceState(null, "", `${window.location.pathname}${search ? `?${search}` : ""}`);
}

/**
 * The runbook of a saved revision: pick the revision (latest by default), work through the
 * sections checking steps off, plan the update for a target version, export Markdown.
 */
export function RunbookPage({ projectId, initialRevision, initialTarget, initialCockroachTarget = null }: PageProps) {
  const revisions = useRevisionsQuery(projectId);
  const [chosenRevision, setChosenRevision] = useState<number | null>(initialRevision);
  const [target, setTarget] = useState<string | null>(initialTarget);
  const [cockroachTarget, setCockroachTarget] = useState<string | null>(initialCockroachTarget);
  const revision = chosenRevision ?? revisions.data?.[0]?.number ?? null;
  const runbook = useRunbookQuery(projectId, revision, target, cockroachTarget);

  if (revisions.error) return <ProjectLoadError error={revisions.error} what="runbook" onRetry={() => void revisions.refetch()} />;
  if (revisions.data && revisions.data.length === 0) return <NoRevisionYet projectId={projectId} what="runbook" />;

  const view = runbook.data;
  const changedSteps = view?.sections.flatMap((s) => s.steps.filter((x) => x.changedSinceCheck)) ?? [];
  const changedCount = changedSteps.length;
  return (
    <div className={styles.page}>
      <div className={styles.toolbar}>
        <div className="stack" style={{ gap: "0.15rem" }}>
          <h2 className={styles.heading}>Runbook</h2>
          <span className="muted small">Step by step from an empty account to a verified multi-region cluster, then the update.</span>
        </div>
        <label className={styles.revisionPicker}>
          Revision
          <select
            value={revision ?? ""}
            disabled={!revisions.data}
            onChange={(event) => {
              const next = Number(event.target.value);
              setChosenRevision(next);
              syncUrl(next, target, cockroachTarget);
            }}
          >
            {(revisions.data ?? []).map((r, i) => (
              <option key={r.number} value={r.number}>
                {`Revision ${r.number}${i === 0 ? " (latest)" : ""}${r.note ? ` — ${r.note}` : ""}`}
              </option>
            ))}
          </select>
        </label>
        <div className={styles.overall}>
          {view ? (
            <>
              <span data-testid="progress-overall">{progressText(view.progress.done, view.progress.total)}</span>
              <progress value={view.progress.done} max={Math.max(view.progress.total, 1)} aria-label={`Whole runbook: ${progressText(view.progress.done, view.progress.total)}`} />
            </>
          ) : null}
        </div>
        {revision !== null ? (
          <a className="btn" href={markdownUrl(projectId, revision, target, cockroachTarget)} download>
            Export Markdown
          </a>
        ) : null}
      </div>

      {changedCount > 0 ? (
        <div className="banner banner-warning" role="note">
          <span aria-hidden="true" className="sev sev-warning">
            ⟳
          </span>
          <span data-testid="changed-steps-note">
            {changedCount === 1
              ? "1 step changed since you checked it off in an earlier revision. It is marked “Changed since checked”: do it again and check it off."
              : `${changedCount} steps changed since you checked them off in an earlier revision. They are marked “Changed since checked”: do them again and check them off.`}{" "}
            {changedSteps.map((step, i) => (
              <span key={step.key}>
                {i > 0 ? ", " : "Go to: "}
                <a href={`#${stepAnchor(step.key)}`} onClick={() => document.getElementById(stepAnchor(step.key))?.focus()}>
                  {step.title}
                </a>
              </span>
            ))}
          </span>
        </div>
      ) : null}

      {runbook.isError && !view ? (
        <ErrorState title="The runbook could not be generated" message={errorMessage(runbook.error)} onRetry={() => void runbook.refetch()} isRetrying={runbook.isFetching} />
      ) : !view || revision === null ? (
        <div className="stack" aria-busy="true" aria-label="Loading the runbook">
          {[0, 1, 2].map((i) => (
            <div key={i} className="skeleton" style={{ height: "12rem" }} />
          ))}
        </div>
      ) : (
        <div className={styles.sections} aria-busy={runbook.isFetching && runbook.isPlaceholderData ? true : undefined}>
          {runbook.isError ? <ErrorState title="The runbook could not be refreshed" message={errorMessage(runbook.error)} onRetry={() => void runbook.refetch()} /> : null}
          {view.sections.map((section) => (
            <RunbookSection key={section.id} projectId={projectId} revision={view.revision} section={section}>
              {section.id === "update" ? (
                <TargetVersionPicker
                  key={view.targetVersion}
                  currentVersion={view.currentVersion}
                  targetVersion={view.targetVersion}
                  onPick={(version) => {
                    setTarget(version);
                    syncUrl(revision, version, cockroachTarget);
                  }}
                />
              ) : section.id === "cockroach-upgrade" ? (
                <TargetVersionPicker
                  key={view.cockroachTargetVersion}
                  product="cockroachdb"
                  currentVersion={view.cockroachCurrentVersion}
                  targetVersion={view.cockroachTargetVersion}
                  onPick={(version) => {
                    setCockroachTarget(version);
                    syncUrl(revision, target, version);
                  }}
                />
              ) : null}
            </RunbookSection>
          ))}
        </div>
      )}
    </div>
  );
}
