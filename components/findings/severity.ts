import type { Severity } from "@/lib/core/analysis/types";

/** Severity is told by icon, word and colour together, never by colour alone. */
export const SEVERITY_META: Record<Severity, { label: string; icon: string }> = {
  critical: { label: "Critical", icon: "✖" },
  warning: { label: "Warning", icon: "▲" },
  info: { label: "Info", icon: "ℹ" },
};
