import type { Totals } from "@/lib/core/analysis/types";

/** Numbers in history tables: en-US grouping, at most two decimals, so every machine shows the same text. */
const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

export function formatAmount(value: number): string {
  return NUMBER.format(value);
}

/** "+4", "−8" (U+2212 so screen readers say minus) or "±0". */
export function formatDelta(value: number): string {
  if (value === 0) return "±0";
  return value > 0 ? `+${NUMBER.format(value)}` : `\u2212${NUMBER.format(Math.abs(value))}`;
}

export const TOTAL_ROWS: { key: keyof Totals; label: string }[] = [
  { key: "vcpu", label: "vCPU" },
  { key: "memoryGiB", label: "Memory (GiB)" },
  { key: "storageGiB", label: "Storage (GiB)" },
  { key: "pods", label: "Pods" },
];

/** A plan value for a table cell: text as is, booleans as on/off, absent as an em dash. */
export function formatValue(value: unknown): string {
  if (value === undefined) return "—";
  if (value === null) return "none";
  if (typeof value === "boolean") return value ? "on" : "off";
  if (typeof value === "string" || typeof value === "number") return String(value);
  return JSON.stringify(value, null, 2);
}

