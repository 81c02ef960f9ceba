"use client";

import { useState } from "react";
import { Dashboard } from "@/components/dashboard/dashboard";
import { useFocusFinding } from "@/components/designer/use-focus-finding";
import { WorldMap } from "@/components/map/world-map";
import { PlanForm } from "@/components/plan-editor/plan-form";
import { ErrorState } from "@/components/ui/error-state";
import { RelativeTime } from "@/components/ui/relative-time";
import type { RegionId } from "@/lib/core/analysis/types";
import { ApiError, errorMessage } from "@/lib/client/api-client";
import type { SharedPlan } from "@/lib/server/api/share-schemas";
import { SharedRunbook } from "./shared-runbook";
import { sharedUrl, useSharedAnalysisQuery, useSharedPlanQuery, useSharedRunbookQuery } from "./use-shared-plan";
import styles from "./share.module.css";

const ignore = () => undefined;

const SECTIONS = [
  { id: "shared-map", label: "Map" },
  { id: "shared-plan", label: "Plan" },
  { id: "shared-analysis", label: "Analysis" },
  { id: "shared-runbook", label: "Runbook" },
  { id: "shared-bundle", label: "Bundle" },
];

/** A later read answering 404 means the link was revoked or expired while the page was open. */
function isGone(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

/** Shown for a link that stopped being valid after the page was sent (revoked or expired meanwhile). */
function LinkGone() {
  return <ErrorState title="This link is not valid" message="It was revoked or has expired while this page was open. Ask the person who shared it for a new one." />;
}

/**
 * The read-only view behind a share link: the map, the plan, its analysis (findings with their
 * waivers), the runbook with its progress, and the bundle download. Every editing control is
 * left out (the map, form and dashboard in their read-only modes, the runbook without
 * checkboxes); what remains only changes the view: zooming the map, a failure drill, opening
 * sections, copying commands. The server has checked the link; everything shown is loaded here.
 */
export function SharedPlanView({ token }: { token: string }) {
  // All three reads start together; the plan is needed first, the others fill their sections.
  const shared = useSharedPlanQuery(token);
  const analysis = useSharedAnalysisQuery(token);
  const runbook = useSharedRunbookQuery(token);
  if (isGone(shared.error) || isGone(analysis.error) || isGone(runbook.error)) return <LinkGone />;
  if (shared.data) return <SharedPlanLoaded token={token} shared={shared.data} analysis={analysis} runbook={runbook} />;
  if (shared.isError)
    return <ErrorState title="The shared plan could not be loaded" message={errorMessage(shared.error)} onRetry={() => void shared.refetch()} isRetrying={shared.isFetching} />;
  return (
    <div className={styles.shared} aria-busy="true" aria-label="Loading the shared plan">
      <div className="skeleton" style={{ height: "4.5rem" }} />
      <div className="skeleton" style={{ height: "6rem" }} />
      <div className="skeleton" style={{ height: "28rem" }} />
    </div>
  );
}

type SharedReads = { analysis: ReturnType<typeof useSharedAnalysisQuery>; runbook: ReturnType<typeof useSharedRunbookQuery> };

function SharedPlanLoaded({ token, shared, analysis, runbook }: { token: string; shared: SharedPlan } & SharedReads) {
  const focus = useFocusFinding();
  const [failedRegion, setFailedRegion] = useState<string | null>(null);
  const { plan } = shared.revision;
  const failed = failedRegion !== null && plan.regions.some((r) => r.id === failedRegion) ? failedRegion : null;

  return (
    <div className={styles.shared}>
      <div className={`banner banner-info ${styles.readOnlyBanner}`} role="note">
        <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24" className={styles.eye}>
          <path d="M2 12s3.6-6.5 10-6.5S22 12 22 12s-3.6 6.5-10 6.5S2 12 2 12z" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <circle cx="12" cy="12" r="3" fill="currentColor" />
        </svg>
        <div className="stack" style={{ gap: "0.2rem" }}>
          <strong>Read-only view</strong>
          <span className="small">
            This plan was shared with you{shared.label ? ` (“${shared.label}”)` : ""}. You can look at everything and download the bundle; nothing can be
            changed from here.
            {shared.expiresAt ? (
              <>
                {" "}
                The link expires <RelativeTime iso={shared.expiresAt} />.
              </>
            ) : null}
          </span>
        </div>
      </div>

      <header className={styles.sharedHeader}>
        <h1 className={styles.title}>{shared.projectName}</h1>
        <p className="muted" style={{ margin: 0 }} data-testid="shared-revision">
          Revision {shared.revision.number}, saved <RelativeTime iso={shared.revision.createdAt} />
          {shared.revision.note ? ` — ${shared.revision.note}` : ""}.{" "}
          {shared.scope === "latest" ? "This link always shows the latest revision." : `This link shows revision ${shared.revision.number} only.`}
        </p>
        <nav aria-label="On this page" className={styles.inPage}>
          {SECTIONS.map((s) => (
            <a key={s.id} href={`#${s.id}`}>
              {s.label}
            </a>
          ))}
        </nav>
      </header>

      <div id="shared-map">
        <WorldMap
          plan={plan}
          failures={analysis.data?.failures ?? null}
          isAnalysisStale={false}
          failedRegion={failed}
          highlighted={focus.highlighted}
          focusRequest={focus.mapRequest}
          isReadOnly
          onToggleRegion={ignore}
          onSetPrimary={ignore}
          onSetSecondary={ignore}
          onFailRegion={setFailedRegion}
        />
      </div>

      <div className={styles.workArea}>
        <section id="shared-plan" className={styles.column} aria-labelledby="shared-plan-heading">
          <h2 id="shared-plan-heading">Plan</h2>
          <PlanForm plan={plan} issues={[]} onChange={ignore} focusPath={focus.focusPath} isReadOnly />
        </section>
        <section id="shared-analysis" className={styles.column} aria-labelledby="shared-analysis-heading">
          <h2 id="shared-analysis-heading">Analysis</h2>
          {analysis.data ? (
            <Dashboard plan={plan} analysis={analysis.data} failedRegion={failed as RegionId | null} onFocusFinding={focus.onFocusFinding} isReadOnly />
          ) : analysis.isError ? (
            <ErrorState title="The analysis could not be loaded" message={errorMessage(analysis.error)} onRetry={() => void analysis.refetch()} isRetrying={analysis.isFetching} />
          ) : (
            <div className="skeleton" style={{ height: "30rem" }} aria-busy="true" aria-label="Loading the analysis" />
          )}
        </section>
      </div>

      <section id="shared-runbook" className={styles.panel} aria-labelledby="shared-runbook-heading">
        <h2 id="shared-runbook-heading">Runbook</h2>
        {runbook.data ? (
          <SharedRunbook runbook={runbook.data} />
        ) : runbook.isError ? (
          <ErrorState title="The runbook could not be loaded" message={errorMessage(runbook.error)} onRetry={() => void runbook.refetch()} isRetrying={runbook.isFetching} />
        ) : (
          <div className="skeleton" style={{ height: "12rem" }} aria-busy="true" aria-label="Loading the runbook" />
        )}
      </section>

      <section id="shared-bundle" className={styles.panel} aria-labelledby="shared-bundle-heading">
        <h2 id="shared-bundle-heading">Deployment bundle</h2>
        <p className="small" style={{ marginTop: 0 }}>
          Helm values, CockroachDB SQL, Terraform JSON and the runbook for revision {shared.revision.number}, as one zip: the same files the project&apos;s owner
          downloads.
        </p>
        <a className="btn btn-primary" href={sharedUrl(token, "/bundle")} download data-testid="shared-bundle-download">
          Download bundle (.zip)
        </a>
      </section>
    </div>
  );
}
