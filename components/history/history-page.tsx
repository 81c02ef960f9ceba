"use client";

import { ProjectLoadError } from "@/components/projects/project-load-states";
import Link from "next/link";
import { ImportPlanPanel } from "@/components/plan-files/import-plan-panel";
import { useRef, useState } from "react";
import { useProjectRole } from "@/lib/client/team/use-team-query";
import { CompareRevisions } from "./compare-revisions";
import { RevisionList } from "./revision-list";
import { RestoreDialog } from "./restore-dialog";
import { useHistoryQuery } from "./use-history";
import styles from "./history.module.css";

type Pair = { from: number; to: number };
type PageProps = { projectId: string; initialPair: Pair | null };

/** Keeps the compared pair in the address bar, so a reload or a copied URL shows the same diff. */
function syncUrl(pair: Pair) {
  window.history.replaceState(null, "", `${window.location.pathname}?from=${pair.from}&to=${pair.to}`);
}

/**
 * The project's history: every revision with what it changed, a diff between any two revisions,
 * and restoring an old revision as a new one (nothing is ever overwritten).
 */
export function HistoryPage({ projectId, initialPair }: PageProps) {
  const history = useHistoryQuery(projectId);
  const [chosen, setChosen] = useState<Pair | null>(initialPair);
  const [restoring, setRestoring] = useState<number | null>(null);
  const [restored, setRestored] = useState<{ from: number; to: number } | null>(null);
  const compareRef = useRef<HTMLHeadingElement>(null);
  // Restoring and importing save a revision: hidden from viewers (the server refuses them anyway).
  const role = useProjectRole(projectId);
  const canWrite = role === "editor" || role === "owner";
  const entries = history.data ?? [];
  const latest = entries[0]?.number ?? 0;
  // Default comparison: the latest revision against the one before it.
  const pair = chosen ?? (latest >= 2 ? { from: latest - 1, to: latest } : latest === 1 ? { from: 1, to: 1 } : null);

  const onCompare = (next: Pair, shouldFocus = false) => {
    setChosen(next);
    syncUrl(next);
    if (shouldFocus) compareRef.current?.focus();
  };

  if (history.isError) return <ProjectLoadError error={history.error} what="history" onRetry={() => void history.refetch()} />;

  return (
    <div className={styles.page}>
      <div className={styles.toolbar}>
        <div className="stack" style={{ gap: "0.15rem" }}>
          <h2 className={styles.heading}>History</h2>
          <span className="muted small">Every saved revision, what it changed, and any two compared. Restoring saves an old revision again as a new one.</span>
        </div>
        <Link className="btn" href={`/projects/${encodeURIComponent(projectId)}/share`}>
          Share links…
        </Link>
      </div>

      {restored ? (
        <div className="banner banner-ok" role="status">
          <span aria-hidden="true" className="sev sev-ok">
            ✔
          </span>
          <span>
            Revision {restored.from} was restored as revision {restored.to}. The revisions in between are kept.
          </span>
        </div>
      ) : null}

      {history.isPending ? (
        <div className="skeleton" style={{ height: "14rem" }} aria-busy="true" aria-label="Loading the history" />
      ) : entries.length === 0 ? (
        <div className="banner banner-info" role="note">
          <span aria-hidden="true" className="sev sev-info">
            ℹ
          </span>
          <span>No saved revision yet. Save the plan in the designer and its history starts here.</span>
        </div>
      ) : (
        <RevisionList projectId={projectId} entries={entries} pair={pair} onCompare={(next) => onCompare(next, true)} onRestore={canWrite ? setRestoring : null} />
      )}

      {pair && entries.length > 0 ? <CompareRevisions projectId={projectId} entries={entries} pair={pair} onChange={onCompare} headingRef={compareRef} /> : null}

      {history.isSuccess && canWrite ? (
        <ImportPlanPanel
          target={{ kind: "revision", projectId, basedOn: latest }}
          onImported={(revision) => {
            void history.refetch();
            onCompare({ from: Math.max(1, revision - 1), to: revision });
          }}
        />
      ) : null}

      <RestoreDialog
        projectId={projectId}
        number={restoring}
        latest={latest}
        onClose={() => setRestoring(null)}
        onRestored={(revision) => {
          setRestored({ from: restoring ?? 0, to: revision.number });
          setRestoring(null);
          onCompare({ from: revision.number - 1, to: revision.number });
        }}
        onStale={() => void history.refetch()}
      />
    </div>
  );
}
