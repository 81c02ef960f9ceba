import type { Totals } from "@/lib/core/analysis/types";
import type { PlanDiff } from "@/lib/core/history";

const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const TOTALS: { key: keyof Totals; label: string }[] = [
  { key: "vcpu", label: "vCPU" },
  { key: "memoryGiB", label: "memory GiB" },
  { key: "storageGiB", label: "storage GiB" },
  { key: "pods", label: "pods" },
];

/** Values as the history page shows them: none for null, on/off for booleans, JSON for blocks. */
function value(v: unknown): string {
  if (v === undefined) return "—";
  if (v === null) return "none";
  if (typeof v === "boolean") return v ? "on" : "off";
  if (typeof v === "string" || typeof v === "number") return String(v);
  return JSON.stringify(v);
}

const delta = (n: number) => (n === 0 ? "±0" : n > 0 ? `+${NUMBER.format(n)}` : `-${NUMBER.format(-n)}`);

/** The history page's diff as text: the one-line summary, then plan fields, sizing, findings and bundle files. */
export function formatDiffText(diff: PlanDiff): string {
  const lines = [diff.line, ""];
  lines.push(diff.changes.length === 0 ? "Plan fields: none changed." : `Plan fields (${diff.changes.length}):`);
  for (const change of diff.changes) {
    const mark = change.kind === "added" ? "+" : change.kind === "removed" ? "-" : "~";
    const values = change.kind === "added" ? value(change.after) : change.kind === "removed" ? value(change.before) : `${value(change.before)} -> ${value(change.after)}`;
    lines.push(`  ${mark} ${change.label} [${change.path}]: ${values}`);
  }
  lines.push("", "Sizing (before -> after, change):");
  for (const { key, label } of TOTALS)
    lines.push(`  ${label}: ${NUMBER.format(diff.sizing.before[key])} -> ${NUMBER.format(diff.sizing.after[key])} (${delta(diff.sizing.delta[key])})`);
  lines.push("", `Findings opened (${diff.findingsOpened.length}):`, ...diff.findingsOpened.map((f) => `  + ${f.severity} ${f.id}: ${f.title}`));
  lines.push(`Findings resolved (${diff.findingsResolved.length}):`, ...diff.findingsResolved.map((f) => `  - ${f.severity} ${f.id}: ${f.title}${f.isWaived ? " (waived)" : ""}`));
  const changed = diff.files.filter((file) => file.status !== "unchanged");
  lines.push("", `Bundle files changed (${changed.length} of ${diff.files.length}):`);
  for (const file of changed) lines.push(`  ${file.status} ${file.path} (+${file.added} -${file.removed})`);
  return `${lines.join("\n")}\n`;
}
