import type { FailureGrade } from "@/lib/core/analysis/types";

/** Word, icon and global colour class of each grade: the colour never carries the meaning alone. */
export const GRADE_META: Record<FailureGrade, { word: string; icon: string; sev: string; banner: string }> = {
  fine: { word: "Fine", icon: "✔", sev: "sev-ok", banner: "banner-ok" },
  degraded: { word: "Degraded", icon: "▲", sev: "sev-warning", banner: "banner-warning" },
  down: { word: "Down", icon: "✖", sev: "sev-critical", banner: "banner-critical" },
};

/** The drill's outcome as a coloured word with its icon, e.g. "▲ Degraded". */
export function GradeBadge({ grade }: { grade: FailureGrade }) {
  const meta = GRADE_META[grade];
  return (
    <span className={`sev ${meta.sev}`} data-testid="failure-grade" data-grade={grade}>
      <span aria-hidden="true">{meta.icon}</span>
      {meta.word}
    </span>
  );
}

/** The core's reason without its leading "Degraded: " (the badge already says it). */
export const reasonText = (gradeReason: string) => gradeReason.replace(/^(Fine|Degraded|Down): /, "");
