"use client";

import { planDifferences, summarizePlan, type PlanSummary } from "@/lib/core/plan-edit";
import type { Revision } from "@/lib/client/api-types";
import type { Plan } from "@/lib/schemas/plan";
import { Dialog } from "@/components/ui/dialog";
import styles from "./designer.module.css";

type ConflictDialogProps = {
  conflict: { theirs: Revision; mine: Plan; basedOn: number } | null;
  onReload: () => void;
  onCancel: () => void;
};

const MAX_DIFFERENCES = 12;

const ROWS: { label: string; value: (s: PlanSummary) => string }[] = [
  { label: "Regions", value: (s) => (s.regions.length > 0 ? s.regions.join(", ") : "none") },
  { label: "CockroachDB primary", value: (s) => s.primaryRegion },
  { label: "CockroachDB secondary", value: (s) => s.secondaryRegion },
  { label: "Survival goal", value: (s) => s.survivalGoal },
  { label: "Waived findings", value: (s) => String(s.waivers) },
];

/**
 * The server refused a save because someone saved a newer revision first (409). Shows their
 * revision next to the draft and offers to load theirs while keeping the draft aside: nothing is lost.
 */
export function ConflictDialog({ conflict, onReload, onCancel }: ConflictDialogProps) {
  const theirs = conflict ? summarizePlan(conflict.theirs.plan) : null;
  const mine = conflict ? summarizePlan(conflict.mine) : null;
  const differences = conflict ? planDifferences(conflict.theirs.plan, conflict.mine) : [];
  return (
    <Dialog
      isOpen={conflict !== null}
      title="Someone else saved first"
      onClose={onCancel}
      role="alertdialog"
      actions={
        <>
          <button type="button" className="btn" onClick={onCancel}>
            Keep editing without reloading
          </button>
          <button type="button" className="btn btn-primary" onClick={onReload} autoFocus>
            Reload theirs and keep my edits as a draft
          </button>
        </>
      }
    >
      {conflict && theirs && mine ? (
        <div className="stack">
          <p data-testid="conflict-explanation">
            Someone else saved revision {conflict.theirs.number} while you were editing revision {conflict.basedOn}. Your changes were not saved.
            Reload their revision to continue from it: your edits stay available as a draft you can restore, so nothing is lost.
          </p>
          {conflict.theirs.note ? (
            <p className="muted small">
              Their note: “{conflict.theirs.note}”
            </p>
          ) : null}
          <table className={styles.compare}>
            <caption className="visually-hidden">Their revision compared with your draft</caption>
            <thead>
              <tr>
                <th scope="col" />
                <th scope="col">Their revision {conflict.theirs.number}</th>
                <th scope="col">Your draft</th>
              </tr>
            </thead>
            <tbody>
              {ROWS.map((row) => {
                const a = row.value(theirs);
                const b = row.value(mine);
                return (
                  <tr key={row.label} className={a !== b ? styles.differs : undefined}>
                    <th scope="row">{row.label}</th>
                    <td>{a}</td>
                    <td>
                      {b}
                      {a !== b ? <span className="visually-hidden"> (differs)</span> : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <details open={differences.length > 0 && differences.length <= MAX_DIFFERENCES}>
            <summary>
              {differences.length === 0 ? "No field differs: your draft matches their revision." : `${differences.length} field${differences.length === 1 ? "" : "s"} differ`}
            </summary>
            {differences.length > 0 ? (
              <ul className={styles.diffList}>
                {differences.slice(0, MAX_DIFFERENCES).map((d) => (
                  <li key={d.path}>
                    <code>{d.path}</code>: theirs <strong>{d.theirs}</strong>, yours <strong>{d.mine}</strong>
                  </li>
                ))}
                {differences.length > MAX_DIFFERENCES ? <li>…and {differences.length - MAX_DIFFERENCES} more.</li> : null}
              </ul>
            ) : null}
          </details>
        </div>
      ) : null}
    </Dialog>
  );
}
