"use client";

import { useState, type FormEvent } from "react";
import styles from "./designer.module.css";

type SaveBarProps = {
  revision: number;
  isDirty: boolean;
  isValid: boolean;
  issueCount: number;
  canUndo: boolean;
  canRedo: boolean;
  isSaving: boolean;
  saveError: string | null;
  /** Critical findings of the draft that are not waived: saving does not stop, but says so. */
  openCritical?: number;
  onUndo: () => void;
  onRedo: () => void;
  onSave: (note: string) => void;
};

/** Undo/redo, the save state (icon + text) and Save with an optional note. */
export function SaveBar(props: SaveBarProps) {
  const { revision, isDirty, isValid, issueCount, canUndo, canRedo, isSaving, saveError, onUndo, onRedo, onSave } = props;
  const [note, setNote] = useState("");
  // A new revision number means the save landed: the note belonged to it and must not be reused
  // silently by the next save (issue 13). Adjusted during render, React's pattern for state that
  // follows a prop; a failed save keeps the revision, so the note stays for the retry.
  const [noteRevision, setNoteRevision] = useState(revision);
  if (noteRevision !== revision) {
    setNoteRevision(revision);
    setNote("");
  }
  const canSave = isDirty && isValid && !isSaving;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (canSave) onSave(note.trim());
  };
  const status = isSaving
    ? { icon: "⟳", text: "Saving…", tone: styles.statusBusy }
    : isDirty
      ? { icon: "●", text: "Unsaved changes", tone: styles.statusDirty }
      : revision === 0
        ? { icon: "○", text: "Not saved yet", tone: styles.statusClean }
        : { icon: "✔", text: `Saved as revision ${revision}`, tone: styles.statusClean };
  const critical = props.openCritical ?? 0;
  const hint = !isValid
    ? `Fix ${issueCount} problem${issueCount === 1 ? "" : "s"} before saving`
    : !isDirty
      ? "No changes to save"
      : critical > 0
        ? `Saves with ${critical} open critical finding${critical === 1 ? "" : "s"}: fix or waive ${critical === 1 ? "it" : "them"} before deploying`
        : null;
  return (
    <form className={styles.saveBar} onSubmit={onSubmit} aria-label="Draft">
      <div className="row" role="group" aria-label="History">
        <button type="button" className="btn btn-small" onClick={onUndo} disabled={!canUndo} aria-keyshortcuts="Control+Z Meta+Z" title="Undo (Ctrl+Z / ⌘Z)">
          ↶ Undo
        </button>
        <button
          type="button"
          className="btn btn-small"
          onClick={onRedo}
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
          title="Redo (Shift+Ctrl+Z / ⇧⌘Z)"
        >
          ↷ Redo
        </button>
      </div>
      <span className={`${styles.status} ${status.tone}`} role="status" data-testid="save-status">
        <span aria-hidden="true">{status.icon}</span> {status.text}
      </span>
      <div className={styles.saveGroup}>
        <label htmlFor="save-note" className="visually-hidden">
          Note for this revision (optional)
        </label>
        <input
          id="save-note"
          type="text"
          value={note}
          maxLength={500}
          onChange={(e) => setNote(e.target.value)}
          placeholder="Note for this revision (optional)"
          data-native-undo
          className={styles.noteInput}
        />
        <button type="submit" className="btn btn-primary" disabled={!canSave} aria-describedby={hint ? "save-hint" : undefined}>
          {isSaving ? "Saving…" : "Save revision"}
        </button>
      </div>
      <span id="save-hint" className={`muted small ${styles.saveHint}`}>
        {hint ?? ""}
      </span>
      {saveError ? (
        <p role="alert" className={`sev sev-critical ${styles.saveError}`}>
          <span aria-hidden="true">✖</span> {saveError}
        </p>
      ) : null}
    </form>
  );
}
