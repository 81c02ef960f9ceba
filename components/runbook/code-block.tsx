import { CopyButton } from "@/components/ui/copy-button";
import styles from "./runbook.module.css";

const NOUN = { Commands: "commands", Verify: "checks" } as const;

/** A step's commands or checks as one copyable block; long lines scroll instead of wrapping mid-argument. */
export function CodeBlock({ label, lines, stepTitle }: { label: keyof typeof NOUN; lines: readonly string[]; stepTitle: string }) {
  const text = lines.join("\n");
  return (
    <div className={styles.codeBlock}>
      <div className={styles.codeHeader}>
        <span className={styles.codeLabel}>{label}</span>
        <CopyButton text={text} label={`Copy ${NOUN[label]}: ${stepTitle}`} className={styles.copy} statusClassName={styles.copyStatus} />
      </div>
      {/* Focusable so keyboard users can scroll long lines. */}
      <pre className={styles.pre} tabIndex={0} aria-label={`${label}: ${stepTitle}`}>
        <code>{text}</code>
      </pre>
    </div>
  );
}
