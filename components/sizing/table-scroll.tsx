import type { ReactNode } from "react";
import styles from "./sizing.module.css";

/**
 * Lets a wide table scroll sideways in a narrow column (1024 px screens) instead of squeezing it.
 * A scrollable area must be reachable by keyboard, so it is a focusable, named region.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={styles.scroll} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
