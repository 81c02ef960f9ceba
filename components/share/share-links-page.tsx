"use client";

import { ProjectLoadError } from "@/components/projects/project-load-states";
import { errorMessage } from "@/lib/client/api-client";
import Link from "next/link";
import { useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useRevisionsQuery } from "@/lib/client/revisions/use-revisions-query";
import type { ShareLink } from "@/lib/server/api/share-schemas";
import { CreateShareForm } from "./create-share-form";
import { CreatedLink } from "./created-link";
import { ShareLinksTable } from "./share-links-table";
import { useCreateShareMutation, useRevokeShareMutation, useShareLinksQuery } from "./use-share-links";
import styles from "./share.module.css";

/**
 * Read-only links to the plan: create one (shown once), see when each was last opened and how
 * often, and revoke any of them; a revoked link stops working at the next request.
 */
export function ShareLinksPage({ projectId }: { projectId: string }) {
  const links = useShareLinksQuery(projectId);
  const revisions = useRevisionsQuery(projectId);
  const create = useCreateShareMutation(projectId);
  const revoke = useRevokeShareMutation(projectId);
  const [created, setCreated] = useState<{ id: string; url: string } | null>(null);
  const [revoking, setRevoking] = useState<ShareLink | null>(null);

  const failed = links.error ?? revisions.error;
  if (failed) return <ProjectLoadError error={failed} what="share links" onRetry={() => void Promise.all([links.refetch(), revisions.refetch()])} />;

  return (
    <div className={styles.page}>
      <div className="stack" style={{ gap: "0.15rem" }}>
        <h2 className={styles.heading}>Share links</h2>
        <p className="muted small" style={{ margin: 0 }}>
          Anyone with a link can read the plan, its analysis and runbook and download its bundle, and nothing else: a link cannot change anything.{" "}
          <Link href={`/projects/${encodeURIComponent(projectId)}/history`}>Back to the history</Link>
        </p>
      </div>

      {created ? <CreatedLink url={created.url} onDismiss={() => setCreated(null)} /> : null}

      <section className={styles.panel}>
        {revisions.data ? (
          <CreateShareForm
            revisions={revisions.data}
            isCreating={create.isPending}
            error={create.error}
            onCreate={(body) => create.mutate(body, { onSuccess: (made) => setCreated({ id: made.share.id, url: `${window.location.origin}${made.path}` }) })}
          />
        ) : (
          <div className="skeleton" style={{ height: "9rem" }} aria-busy="true" aria-label="Loading the revisions" />
        )}
      </section>

      <section className="stack" aria-labelledby="links-heading">
        <h3 id="links-heading" className={styles.subheading}>
          Links
        </h3>
        {links.data ? <ShareLinksTable links={links.data} onRevoke={setRevoking} /> : <div className="skeleton" style={{ height: "6rem" }} aria-busy="true" aria-label="Loading the links" />}
      </section>

      <ConfirmDialog
        isOpen={revoking !== null}
        title="Revoke this link?"
        confirmLabel="Revoke link"
        isDanger
        isBusy={revoke.isPending}
        error={revoke.error ? errorMessage(revoke.error) : null}
        onCancel={() => {
          revoke.reset();
          setRevoking(null);
        }}
        onConfirm={() => {
          if (!revoking) return;
          const id = revoking.id;
          revoke.mutate(id, {
            onSuccess: () => {
              setRevoking(null);
              // The "copy it now" panel must not keep offering a link that no longer works.
              setCreated((shown) => (shown?.id === id ? null : shown));
            },
          });
        }}
      >
        <p>
          {revoking?.label ? `“${revoking.label}”` : "This link"} stops working at once: whoever opens it sees “This link is not valid”. This cannot be undone; create a
          new link to share again.
        </p>
      </ConfirmDialog>
    </div>
  );
}
