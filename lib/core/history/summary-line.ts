import type { Totals } from "@/lib/core/analysis/types";
import type { PlanChange } from "./diff-plans";
import type { ChangeSummary, RoleMove } from "./summarize-change";
import { formatNumber } from "@/lib/core/text/format-number";

const ROLE_NAMES = { "cockroach-primary": "primary", "cockroach-secondary": "secondary", teleport: "Teleport", cockroach: "CockroachDB" } as const;

/**
 * The one-line summary of a change, parts joined by "; " in a fixed order: regions added,
 * regions removed, roles moved, sizing delta, findings. Example:
 * "Added gcp:europe-west1; secondary moved aws:us-east-2 → gcp:europe-west1; +8 vCPU, +32 GiB memory; 1 finding opened, 2 resolved".
 * When none of those moved but fields did, the line names the one field that changed or counts
 * them ("3 settings changed"), so a real change never reads as "No changes".
 */
export function summaryLine(summary: Omit<ChangeSummary, "line">, isFirst: boolean): string {
  if (isFirst) return "First revision";
  const parts = [
    summary.regionsAdded.length > 0 ? `Added ${summary.regionsAdded.join(", ")}` : "",
    summary.regionsRemoved.length > 0 ? `Removed ${summary.regionsRemoved.join(", ")}` : "",
    ...summary.rolesMoved.map(roleText),
    sizingText(summary.sizing.delta),
    findingsText(summary.findingsOpened.length, summary.findingsResolved.length),
  ].filter((part) => part !== "");
  if (parts.length === 0) {
    const [only, ...rest] = summary.changes;
    if (!only) return "No changes";
    parts.push(rest.length === 0 ? changeText(only) : `${summary.changes.length} settings changed`);
  }
  const line = parts.join("; ");
  return line.charAt(0).toUpperCase() + line.slice(1);
}

function roleText(move: RoleMove): string {
  if ("change" in move) return `${ROLE_NAMES[move.role]} ${move.change} in ${move.region}`;
  return `${ROLE_NAMES[move.role]} moved ${move.from ?? "none"} → ${move.to ?? "none"}`;
}

/** vCPU, memory and storage that changed, signed; pods are left to the detailed view. */
function sizingText(delta: Totals): string {
  const amounts: [number, string][] = [
    [delta.vcpu, "vCPU"],
    [delta.memoryGiB, "GiB memory"],
    [delta.storageGiB, "GiB storage"],
  ];
  return amounts
    .filter(([value]) => value !== 0)
    .map(([value, unit]) => `${signed(value)} ${unit}`)
    .join(", ");
}

function findingsText(opened: number, resolved: number): string {
  const noun = (n: number) => (n === 1 ? "finding" : "findings");
  if (opened > 0 && resolved > 0) return `${opened} ${noun(opened)} opened, ${resolved} resolved`;
  if (opened > 0) return `${opened} ${noun(opened)} opened`;
  if (resolved > 0) return `${resolved} ${noun(resolved)} resolved`;
  return "";
}

function changeText(change: PlanChange): string {
  if (change.kind === "added") return `${change.label} added`;
  if (change.kind === "removed") return `${change.label} removed`;
  return `${change.label}: ${valueText(change.before)} → ${valueText(change.after)}`;
}

function valueText(value: unknown): string {
  if (value === null || value === undefined) return "none";
  if (typeof value === "boolean") return value ? "on" : "off";
  if (typeof value === "string" || typeof value === "number") return String(value);
  return JSON.stringify(value);
}

/** en-US grouping so every machine writes the same line; U+2212 so screen readers say "minus". */
function signed(value: number): string {
  const text = formatNumber(Math.abs(value), 2);
  return value > 0 ? `+${text}` : `\u2212${text}`;
}
