"use client";

import type { ReactNode } from "react";
import { Dialog } from "./dialog";

type ConfirmDialogProps = {
  isOpen: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  isDanger?: boolean;
  isBusy?: boolean;
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
};

/** Asks before something that cannot be undone; Cancel comes first so Enter does not destroy. */
export function ConfirmDialog({ isOpen, title, children, confirmLabel, isDanger, isBusy, error, onConfirm, onCancel }: ConfirmDialogProps) {
  return (
    <Dialog
      isOpen={isOpen}
      title={title}
      onClose={onCancel}
      role="alertdialog"
      actions={
        <>
          <button type="button" className="btn" onClick={onCancel} autoFocus>
            Cancel
          </button>
          <button type="button" className={isDanger ? "btn btn-danger" : "btn btn-primary"} onClick={onConfirm} disabled={isBusy}>
            {isBusy ? "Working…" : confirmLabel}
          </button>
        </>
      }
    >
      {children}
      {error ? (
        <p role="alert" className="sev sev-critical">
          <span aria-hidden="true">✖</span> {error}
        </p>
      ) : null}
    </Dialog>
  );
}
