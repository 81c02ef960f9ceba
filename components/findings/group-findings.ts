import type { Finding, Severity } from "@/lib/core/analysis/types";
import { SEVERITY_META } from "./severity";

export type FindingGroup = { key: Severity | "waived"; title: string; findings: Finding[] };

const ORDER: readonly Severity[] = ["critical", "warning", "info"];

/** Open findings by severity, most severe first; waived ones last so they stay visible. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups: FindingGroup[] = ORDER.map((severity) => ({
    key: severity,
    title: SEVERITY_META[severity].label,
    findings: findings.filter((f) => f.severity === severity && !f.waiver),
  }));
  groups.push({ key: "waived", title: "Waived", findings: findings.filter((f) => f.waiver) });
  return groups.filter((g) => g.findings.length > 0);
}
