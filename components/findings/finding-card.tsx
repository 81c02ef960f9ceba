"use client";

import { useState } from "react";
import type { Finding } from "@/lib/core/analysis/types";
import { SeverityBadge } from "./severity-badge";
import { SourceLink } from "./source-link";
import { WaiveForm } from "./waive-form";
import styles from "./findings.module.css";

export type FindingActions = {
  onFocusFinding: (finding: Finding) => void;
  onWaive?: (findingId: string, reason: string) => void;
  onUnwaive?: (findingId: string) => void;
  isReadOnly: boolean;
};

/**
 * One finding. The title is the keyboard target that shows the finding in the form and on the
 * map; clicking anywhere on the card's text does the same for mouse users.
 */
export function FindingCard({ finding, actions }: { finding: Finding; actions: FindingActions }) {
  const [isWaiving, setIsWaiving] = useState(false);
  const { waiver } = finding;
  const canWaive = !actions.isReadOnly && actions.onWaive !== undefined;
  const canUnwaive = !actions.isReadOnly && actions.onUnwaive !== undefined;
  return (
    <li className={styles.card} data-severity={finding.severity} data-waived={waiver ? true : undefined} data-testid={`finding-${finding.id}`}>
      <div className={styles.cardHead}>
        <SeverityBadge severity={finding.severity} />
        {waiver ? <span className={styles.waivedBadge}>Waived</span> : null}
      </div>
      <h5 className={styles.title}>
        <button type="button" className={styles.titleButton} onClick={() => actions.onFocusFinding(finding)}>
          {finding.title}
        </button>
      </h5>
      {/* Mouse shortcut only: the title button above is the keyboard and screen-reader path. */}
      <div className={styles.body} onClick={() => actions.onFocusFinding(finding)}>
        <p className={styles.explanation}>{finding.explanation}</p>
        <p className={styles.fix}>
          <strong>Fix: </strong>
          {finding.fix}
        </p>
        {finding.fields.length > 0 ? (
          <p className={styles.fields}>
            Fields:{" "}
            {finding.fields.map((field, i) => (
              <span key={field}>
                {i > 0 ? ", " : null}
                <code>{field}</code>
              </span>
            ))}
          </p>
        ) : null}
      </div>
      <SourceLink source={finding.source} />
      {waiver ? (
        <p className={styles.waiverNote}>
          Waived: {waiver.reason}
          {canUnwaive ? (
            <button type="button" className={styles.button} onClick={() => actions.onUnwaive?.(finding.id)}>
              Unwaive
            </button>
          ) : null}
        </p>
      ) : canWaive ? (
        isWaiving ? (
          <WaiveForm
            findingTitle={finding.title}
            onCancel={() => setIsWaiving(false)}
            onSubmit={(reason) => {
              setIsWaiving(false);
              actions.onWaive?.(finding.id, reason);
            }}
          />
        ) : (
          <div className={styles.actions}>
            <button type="button" className={styles.button} aria-label={`Waive… ${finding.title}`} onClick={() => setIsWaiving(true)}>
              Waive…
            </button>
          </div>
        )
      ) : null}
    </li>
  );
}
