import type { Finding, Severity } from "@/lib/core/analysis/types";
import { fieldPositions } from "@/lib/core/plan-file";
import { RULES } from "@/lib/core/rules";

/**
 * SARIF 2.1.0 (OASIS, https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html), the
 * format code-scanning tools read, so findings show on the plan file's lines. One result per
 * finding: the rule's id and index (§3.27.5–6), level (§3.27.10: critical → error, warning →
 * warning, info → note), the message with its fix, the plan field as both a physical location
 * (the line in the file) and a logical one (the field path, §3.33), and a waiver as an
 * in-source suppression with its reason (§3.35), since the waiver lives in the plan file.
 */

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const LEVEL: Record<Severity, "error" | "warning" | "note"> = { critical: "error", warning: "warning", info: "note" };
/** The rule under which an invalid plan file's schema problems are reported. */
export const PLAN_SCHEMA_RULE_ID = "plan-schema";

type Issue = { path: string; message: string };
type SarifInput = { uri: string; text: string; version: string };

function location(uri: string, text: string, field: string, at = fieldPositions(text)(field)) {
  return {
    physicalLocation: { artifactLocation: { uri, uriBaseId: "%SRCROOT%" }, region: { startLine: at.line, startColumn: at.column } },
    ...(field === "" ? {} : { logicalLocations: [{ fullyQualifiedName: field, kind: "member" }] }),
  };
}

function driver(version: string) {
  const rules = RULES.map((rule) => ({
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.title },
    ...(rule.source.url ? { helpUri: rule.source.url } : {}),
    help: { text: `Source: ${[rule.source.title, rule.source.section].filter(Boolean).join(", ")}${rule.source.url ? ` (${rule.source.url})` : ""}` },
    properties: { source: rule.source },
  }));
  rules.push({
    id: PLAN_SCHEMA_RULE_ID,
    name: PLAN_SCHEMA_RULE_ID,
    shortDescription: { text: "The plan file does not match the plan schema" },
    help: { text: "Every field must match the plan's JSON Schema (planner schema) and name regions and zones of the catalog." },
    properties: { source: { title: "Multi-region planner plan schema" } },
  });
  return { name: "planner", informationUri: "https://goteleport.com/docs/deploy-a-cluster/multi-region-blueprint/", semanticVersion: version, rules };
}

function run(version: string, uri: string, results: unknown[]) {
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [{ tool: { driver: driver(version) }, artifacts: [{ location: { uri, uriBaseId: "%SRCROOT%" } }], results, columnKind: "unicodeCodePoints" }],
  };
}

/** The findings of a valid plan as a SARIF log. */
export function findingsToSarif(findings: readonly Finding[], { uri, text, version }: SarifInput) {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  const at = fieldPositions(text);
  const results = findings.map((finding) => {
    const fields = finding.fields.length > 0 ? finding.fields : [""];
    return {
      ruleId: finding.ruleId,
      ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
      level: LEVEL[finding.severity],
      message: { text: `${finding.title}. ${finding.explanation} Fix: ${finding.fix}` },
      locations: fields.map((field) => location(uri, text, field, at(field))),
      partialFingerprints: { "plannerFindingId/v1": finding.id },
      ...(finding.waiver ? { suppressions: [{ kind: "inSource", justification: finding.waiver.reason }] } : {}),
      properties: { findingId: finding.id, severity: finding.severity, fix: finding.fix, source: finding.source, regions: finding.regions },
    };
  });
  return run(version, uri, results);
}

/** An invalid plan file's problems as a SARIF log: one error per field, on its line. */
export function issuesToSarif(issues: readonly Issue[], { uri, text, version }: SarifInput, syntaxPosition?: { line: number; column: number }) {
  const ruleIndex = RULES.length;
  const results = issues.map((issue) => ({
    ruleId: PLAN_SCHEMA_RULE_ID,
    ruleIndex,
    level: "error",
    message: { text: issue.path === "" ? issue.message : `${issue.path}: ${issue.message}` },
    locations: [syntaxPosition ? location(uri, text, issue.path, syntaxPosition) : location(uri, text, issue.path)],
  }));
  return run(version, uri, results);
}
