"use client";

import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ApiError, errorMessage } from "@/lib/client/api-client";
import type { Revision } from "@/lib/client/api-types";
import { useRestoreMutation } from "./use-history";

type RestoreDialogProps = {
  projectId: string;
  /** The revision to restore; null when the dialog is closed. */
  number: number | null;
  latest: number;
  onClose: () => void;
  onRestored: (revision: Revision) => void;
  /** Someone saved meanwhile (409): the history is reloaded so the next attempt is based on it. */
  onStale: () => void;
};

/** Asks before restoring, says that nothing is overwritten, and explains a 409 in plain words. */
export function RestoreDialog({ projectId, number, latest, onClose, onRestored, onStale }: RestoreDialogProps) {
  const restore = useRestoreMutation(projectId);
  const isStale = restore.error instanceof ApiError && restore.error.status === 409;
  const error = restore.error
    ? isStale
      ? `${errorMessage(restore.error)} The history has been reloaded: check the newest revision, then restore again.`
      : errorMessage(restore.error)
    : null;
  const onCancel = () => {
    restore.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      isOpen={number !== null}
      title={`Restore revision ${number ?? ""}?`}
      confirmLabel={`Restore as revision ${latest + 1}`}
      isBusy={restore.isPending}
      error={error}
      onCancel={onCancel}
      onConfirm={() => {
        if (number === null) return;
        restore.mutate(
          { number, basedOn: latest },
          {
            onSuccess: (revision) => {
              restore.reset();
              onRestored(revision);
            },
            onError: (e) => {
              if (e instanceof ApiError && e.status === 409) onStale();
            },
          },
        );
      }}
    >
      <p>
        Revision {number}&apos;s plan is saved again as a new revision {latest + 1}, with the note “Restored from revision {number}”. Every
        revision after it stays in the history: nothing is overwritten or deleted.
      </p>
    </ConfirmDialog>
  );
}
