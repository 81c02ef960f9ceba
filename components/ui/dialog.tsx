"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";

type DialogProps = {
  isOpen: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Buttons in the footer; the first focusable element gets focus when the dialog opens. */
  actions: ReactNode;
  /** "alertdialog" for confirmations that interrupt. */
  role?: "dialog" | "alertdialog";
};

/**
 * Modal dialog on the native <dialog> element: the browser traps focus, closes on Escape and
 * returns focus to the opener, which a hand-made overlay would have to reimplement.
 */
export function Dialog({ isOpen, title, onClose, children, actions, role = "dialog" }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) dialog.showModal();
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);
  return (
    <dialog ref={ref} className="dialog" role={role} aria-labelledby={titleId} aria-describedby={bodyId} onClose={onClose}>
      {isOpen ? (
        <>
          <div className="dialog-body" id={bodyId}>
            <h2 id={titleId}>{title}</h2>
            {children}
          </div>
          <div className="dialog-actions">{actions}</div>
        </>
      ) : null}
    </dialog>
  );
}
