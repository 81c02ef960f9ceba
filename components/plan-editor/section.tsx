"use client";

import type { ReactNode } from "react";
import styles from "./plan-form.module.css";

/**
 * A collapsible part of the form. `open` is controlled so the form can open the section that
 * holds a field a finding points at; the summary is the native, keyboard-reachable toggle.
 */
export function Section(props: {
  title: ReactNode;
  isOpen: boolean;
  onToggle: (isOpen: boolean) => void;
  issueCount: number;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <details
      className={styles.section}
      open={props.isOpen}
      data-testid={props.testId}
      onToggle={(e) => {
        const isOpen = e.currentTarget.open;
        if (isOpen !== props.isOpen) props.onToggle(isOpen);
      }}
    >
      <summary className={styles.summary}>
        <span className={styles.summaryTitle}>{props.title}</span>
        {props.issueCount > 0 ? (
          <span className={styles.issueCount}>
            <span aria-hidden="true">⚠ </span>
            {props.issueCount === 1 ? "1 problem" : `${props.issueCount} problems`}
          </span>
        ) : null}
      </summary>
      <div className={styles.sectionBody}>{props.children}</div>
    </details>
  );
}

/** A titled group of fields inside a section. */
export function FieldGroup({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.grid}>{children}</div>
    </fieldset>
  );
}
