"use client";

import { useRef, useState } from "react";
import type { Finding } from "@/lib/core/analysis/types";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { errorMessage } from "@/lib/client/api-client";
import type { DownloadProgress } from "./download";
import { fetchWithProgress, formatBytes, saveBlob } from "./download";
import { bundleUrl } from "./use-bundle-files-query";
import styles from "./bundle.module.css";

type State = { kind: "idle" } | { kind: "downloading"; progress: DownloadProgress } | { kind: "done"; fileName: string; size: number } | { kind: "failed"; message: string };

/** "Download zip" with a progress bar that counts the bytes received against Content-Length. */
export function DownloadZip({ projectId, revision, openCritical = [] }: { projectId: string; revision: number; openCritical?: readonly Finding[] }) {
  const [state, setState] = useState<State>({ kind: "idle" });
  const [isConfirming, setIsConfirming] = useState(false);
  const abort = useRef<AbortController | null>(null);

  const onDownload = async () => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setState({ kind: "downloading", progress: { received: 0, total: null } });
    try {
      const { blob, fileName } = await fetchWithProgress(bundleUrl(projectId, revision), (progress) => setState({ kind: "downloading", progress }), controller.signal);
      saveBlob(blob, fileName);
      setState({ kind: "done", fileName, size: blob.size });
    } catch (error) {
      if (controller.signal.aborted) return;
      setState({ kind: "failed", message: errorMessage(error) });
    }
  };

  const progress = state.kind === "downloading" ? state.progress : null;
  const percent = progress?.total ? Math.min(100, Math.round((progress.received / progress.total) * 100)) : null;
  return (
    <div className={styles.download}>
      <button
        type="button"
        className="btn btn-primary"
        onClick={() => (openCritical.length > 0 ? setIsConfirming(true) : void onDownload())}
        disabled={state.kind === "downloading"}
      >
        {state.kind === "downloading" ? "Downloading…" : "Download zip"}
      </button>
      <div className={styles.downloadStatus} role="status">
        {progress ? (
          <>
            <progress max={progress.total ?? undefined} value={progress.total ? progress.received : undefined} aria-label="Download progress" />
            <span className="small">
              {formatBytes(progress.received)}
              {progress.total ? ` of ${formatBytes(progress.total)} (${percent}%)` : ""}
            </span>
          </>
        ) : state.kind === "done" ? (
          <span className="small" style={{ color: "var(--ok)" }}>
            <span aria-hidden="true">✓ </span>Downloaded {state.fileName} ({formatBytes(state.size)})
          </span>
        ) : state.kind === "failed" ? (
          <span className="small" style={{ color: "var(--critical)" }}>
            <span aria-hidden="true">✖ </span>Download failed: {state.message}
          </span>
        ) : (
          <span className="small muted">One zip, the same bytes every time for this revision.</span>
        )}
      </div>
      <ConfirmDialog
        isOpen={isConfirming}
        title="Download with open critical findings?"
        confirmLabel="Download anyway"
        isDanger
        onCancel={() => setIsConfirming(false)}
        onConfirm={() => {
          setIsConfirming(false);
          void onDownload();
        }}
      >
        <p>This revision has {openCritical.length === 1 ? "1 open critical finding" : `${openCritical.length} open critical findings`}:</p>
        <ul>
          {openCritical.map((f) => (
            <li key={f.id}>{f.title}</li>
          ))}
        </ul>
        <p>Deploying it as it is risks what they describe. Waive them in the designer with a reason if they do not apply.</p>
      </ConfirmDialog>
    </div>
  );
}
