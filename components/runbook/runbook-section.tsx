"use client";

import type { ReactNode } from "react";
import { progressText, type SectionView } from "@/lib/core/runbook";
import { RunbookStep } from "./runbook-step";
import styles from "./runbook.module.css";

type SectionProps = {
  projectId: string;
  revision: number;
  section: SectionView;
  /** Extra controls under the heading (the update section's target version picker). */
  children?: ReactNode;
};

/** A section: heading, "3 of 7 done" with a progress bar, then its steps in order. */
export function RunbookSection({ projectId, revision, section, children }: SectionProps) {
  const headingId = `section-${section.id}`;
  const { done, total } = section.progress;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <div className={styles.sectionHead}>
        <h3 id={headingId} className={styles.sectionTitle}>
          {section.title}
        </h3>
        <div className={styles.progress}>
          <span className="small" data-testid={`progress-${section.id}`}>
            {progressText(done, total)}
          </span>
          <progress value={done} max={Math.max(total, 1)} aria-label={`${section.title}: ${progressText(done, total)}`} />
        </div>
      </div>
      {children}
      <ol className={styles.steps}>
        {section.steps.map((step) => (
          <RunbookStep key={step.key} projectId={projectId} revision={revision} step={step} />
        ))}
      </ol>
    </section>
  );
}
