import type { Analysis, Finding, Severity, Source } from "@/lib/core/analysis/types";

const LABEL: Record<Severity, string> = { critical: "CRITICAL", warning: "WARNING", info: "INFO" };

export function sourceLine(source: Source): string {
  return `${[source.title, source.section].filter(Boolean).join(", ")}${source.url ? ` <${source.url}>` : ""}`;
}

function findingBlock(finding: Finding): string[] {
  const head = `${LABEL[finding.severity]}${finding.waiver ? " (waived)" : ""}  ${finding.id}: ${finding.title}`;
  return [
    head,
    ...(finding.fields.length > 0 ? [`  field: ${finding.fields.join(", ")}`] : []),
    `  ${finding.explanation}`,
    `  fix: ${finding.fix}`,
    `  source: ${sourceLine(finding.source)}`,
    ...(finding.waiver ? [`  waived: ${finding.waiver.reason}`] : []),
    "",
  ];
}

/** The findings as a person reads them in a terminal or a CI log, worst first (the analysis's order). */
export function formatFindingsText(file: string, analysis: Analysis, failOn: Severity, failing: number): string {
  const { critical, warning, info, waived } = analysis.summary;
  const lines = analysis.findings.flatMap(findingBlock);
  lines.push(`${file}: ${critical} critical, ${warning} warning, ${info} info (${waived} waived).`);
  lines.push(failing > 0 ? `FAILED: ${failing} unwaived finding(s) at or above ${failOn}.` : `PASSED: no unwaived finding at or above ${failOn}.`);
  return `${lines.join("\n")}\n`;
}
