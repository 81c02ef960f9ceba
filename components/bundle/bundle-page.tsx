"use client";

import { NoRevisionYet, ProjectLoadError } from "@/components/projects/project-load-states";
import { useState } from "react";
import { errorMessage } from "@/lib/client/api-client";
import { useProjectQuery } from "@/lib/client/projects/use-projects-query";
import { useRevisionAnalysisQuery, useRevisionsQuery } from "@/lib/client/revisions/use-revisions-query";
import { ErrorState } from "@/components/ui/error-state";
import { DownloadZip } from "./download-zip";
import { FilePreview } from "./file-preview";
import { FileTreeNav } from "./file-tree-nav";
import { OpenCritical, openCriticalFindings } from "./open-critical";
import { useBundleFilesQuery } from "./use-bundle-files-query";
import styles from "./bundle.module.css";

const DEFAULT_FILE = "README.md";

/**
 * The deployment bundle of a saved revision: a revision picker (latest by default), the file
 * tree, a preview of the chosen file with a Copy button, and the zip download. The first file
 * and revision can come from the address (the runbook's links to the files a step uses).
 */
export function BundlePage(props: { projectId: string; initialPath?: string | null; initialRevision?: number | null }) {
  const { projectId } = props;
  const project = useProjectQuery(projectId);
  const revisions = useRevisionsQuery(projectId);
  const [chosenRevision, setChosenRevision] = useState<number | null>(props.initialRevision ?? null);
  const [chosenPath, setChosenPath] = useState<string | null>(props.initialPath ?? null);
  const revision = chosenRevision ?? revisions.data?.[0]?.number ?? null;
  const files = useBundleFilesQuery(projectId, revision);
  const analysis = useRevisionAnalysisQuery(projectId, revision);
  const openCritical = analysis.data ? openCriticalFindings(analysis.data.findings) : [];

  const failed = project.error ?? revisions.error;
  if (failed) return <ProjectLoadError error={failed} what="bundle" onRetry={() => void Promise.all([project.refetch(), revisions.refetch()])} />;
  if (revisions.data && revisions.data.length === 0) return <NoRevisionYet projectId={projectId} what="bundle" />;

  const selected = files.data?.find((f) => f.path === chosenPath) ?? files.data?.find((f) => f.path === DEFAULT_FILE) ?? files.data?.[0];
  return (
    <div className={styles.page}>
      <div className="stack" style={{ gap: "0.15rem" }}>
        <h2 className={styles.heading}>Deployment bundle</h2>
        <span className="muted small">Helm values, SQL, Terraform and runbook for one saved revision. Pick a file to preview it, or download them all.</span>
      </div>
      <div className={styles.toolbar}>
        <label className={styles.picker}>
          Revision
          <select
            value={revision ?? ""}
            disabled={!revisions.data}
            onChange={(event) => {
              setChosenRevision(Number(event.target.value));
            }}
          >
            {(revisions.data ?? []).map((r, i) => (
              <option key={r.number} value={r.number}>
                {`Revision ${r.number}${i === 0 ? " (latest)" : ""}${r.note ? ` — ${shorten(r.note)}` : ""}`}
              </option>
            ))}
          </select>
        </label>
        {revision !== null ? <DownloadZip key={revision} projectId={projectId} revision={revision} openCritical={openCritical} /> : <div className={styles.download} />}
      </div>

      <OpenCritical projectId={projectId} findings={openCritical} />
      {files.isError ? (
        <ErrorState title="The bundle could not be generated" message={errorMessage(files.error)} onRetry={() => void files.refetch()} isRetrying={files.isFetching} />
      ) : !files.data || !selected ? (
        <div className={styles.layout} aria-busy="true" aria-label="Loading the bundle">
          <div className="skeleton" style={{ height: "100%" }} />
          <div className="skeleton" style={{ height: "100%" }} />
        </div>
      ) : (
        <div className={styles.layout}>
          <FileTreeNav files={files.data} selected={selected.path} onSelect={setChosenPath} />
          <FilePreview file={selected} />
        </div>
      )}
    </div>
  );
}

/** Keeps the picker narrow: notes can be 500 characters. */
const NOTE_MAX = 48;
const shorten = (note: string): string => (note.length > NOTE_MAX ? `${note.slice(0, NOTE_MAX - 1).trimEnd()}…` : note);
