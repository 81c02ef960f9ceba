"use client";

import type { Finding } from "@/lib/core/analysis/types";
import { FindingCard, type FindingActions } from "./finding-card";
import { groupFindings } from "./group-findings";
import styles from "./findings.module.css";

export function FindingsList(props: { findings: readonly Finding[] } & FindingActions) {
  const { findings, ...actions } = props;
  const groups = groupFindings(findings);
  if (groups.length === 0) {
    return (
      <p className={styles.empty}>
        <span aria-hidden="true">✔ </span>No findings: the plan passes every check.
      </p>
    );
  }
  return (
    <div className={styles.groups}>
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`findings-${group.key}`} data-testid={`findings-${group.key}`}>
          <h4 id={`findings-${group.key}`} className={styles.groupTitle}>
            {group.title} ({group.findings.length})
          </h4>
          <ul className={styles.list}>
            {group.findings.map((finding) => (
              <FindingCard key={finding.id} finding={finding} actions={actions} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
