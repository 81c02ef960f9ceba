import type { Severity } from "@/lib/core/analysis/types";

const ICON: Record<Severity | "ok", string> = { critical: "✖", warning: "▲", info: "ℹ", ok: "✔" };
const LABEL: Record<Severity | "ok", string> = { critical: "Critical", warning: "Warning", info: "Info", ok: "No open findings" };

/** Severity as icon + text + colour, never colour alone. `null` reads as "No open findings". */
export function SeverityBadge({ severity, label }: { severity: Severity | null; label?: string }) {
  const key = severity ?? "ok";
  return (
    <span className={`sev sev-${key}`}>
      <span aria-hidden="true">{ICON[key]}</span>
      {label ?? LABEL[key]}
    </span>
  );
}
