import type { Analysis } from "@/lib/core/analysis/types";
import { SEVERITY_META } from "@/components/findings/severity";
import styles from "./dashboard.module.css";

/** Counts of open findings by severity; announced politely so screen-reader users hear edits land. */
export function SummaryLine({ summary }: { summary: Analysis["summary"] }) {
  const items = [
    { key: "critical", text: `${summary.critical} ${SEVERITY_META.critical.label.toLowerCase()}`, icon: SEVERITY_META.critical.icon },
    { key: "warning", text: `${summary.warning} ${summary.warning === 1 ? "warning" : "warnings"}`, icon: SEVERITY_META.warning.icon },
    { key: "info", text: `${summary.info} info`, icon: SEVERITY_META.info.icon },
    { key: "waived", text: `${summary.waived} waived`, icon: "⊘" },
  ];
  return (
    <p className={styles.summary} aria-live="polite" data-testid="findings-summary">
      {items.map((item) => (
        <span key={item.key} className={styles.count} data-severity={item.key}>
          <span aria-hidden="true">{item.icon} </span>
          {item.text}
        </span>
      ))}
    </p>
  );
}
