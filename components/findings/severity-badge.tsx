import type { Severity } from "@/lib/core/analysis/types";
import { SEVERITY_META } from "./severity";
import styles from "./findings.module.css";

export function SeverityBadge({ severity }: { severity: Severity }) {
  const meta = SEVERITY_META[severity];
  return (
    <span className={styles.badge} data-severity={severity}>
      <span aria-hidden="true" className={styles.badgeIcon}>
        {meta.icon}
      </span>
      {meta.label}
    </span>
  );
}
