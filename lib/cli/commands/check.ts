import path from "node:path";
import { analyzePlan } from "@/lib/core/analyze";
import type { Finding, Severity } from "@/lib/core/analysis/types";
import { CliError, EXIT, type CliIo } from "../cli-io";
import { formatFindingsText } from "../format-findings";
import { InvalidPlanError, loadPlan } from "../load-plan";
import { oneOf, parseCommandArgs } from "../parse-command-args";
import { findingsToSarif, issuesToSarif } from "../sarif";
import { PLANNER_VERSION } from "../version";

export const CHECK_HELP = `Usage: planner check PLAN [--fail-on critical|warning|info] [--format text|json|sarif]

Analyses a plan file (JSON or YAML) with the same risk rules as the app and prints the findings.

Options:
  --fail-on LEVEL   exit 1 when an unwaived finding is at or above LEVEL (default: critical)
  --format FORMAT   text (default), json, or sarif (SARIF 2.1.0 for code-scanning tools)
  -h, --help        show this help

Exit status:
  0  no unwaived finding at or above the --fail-on level
  1  at least one is
  2  the plan is invalid (every field path and message is printed) or the command is misused
`;

const SEVERITIES = ["critical", "warning", "info"] as const;
const RANK: Record<Severity, number> = { critical: 3, warning: 2, info: 1 };
const FORMATS = ["text", "json", "sarif"] as const;

/** Unwaived findings at or above the threshold: the ones that fail the check. */
export function failingFindings(findings: readonly Finding[], failOn: Severity): Finding[] {
  return findings.filter((finding) => !finding.waiver && RANK[finding.severity] >= RANK[failOn]);
}

/** SARIF URIs are relative to the source root with forward slashes (SARIF 2.1.0 §3.4.3, §3.10). */
const sarifUri = (displayPath: string) => displayPath.split(path.sep).join("/");

export async function checkCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("check", args, { "fail-on": { type: "string" }, format: { type: "string" } });
  if (values.help) return io.stdout(CHECK_HELP), EXIT.ok;
  const failOn = oneOf("check", "fail-on", values["fail-on"], SEVERITIES, "critical");
  const format = oneOf("check", "format", values.format, FORMATS, "text");
  if (positionals.length !== 1) throw new CliError(`planner check: give exactly one plan file.\nRun "planner check --help" for usage.`);
  const [fileArg = ""] = positionals;

  let loaded;
  try {
    loaded = loadPlan(io.cwd, fileArg);
  } catch (error) {
    if (!(error instanceof InvalidPlanError) || format === "text") throw error;
    const issues = [...error.issues];
    if (format === "json") io.stdout(`${JSON.stringify({ file: error.displayPath, valid: false, error: { code: "validation_failed", message: error.message, issues } }, null, 2)}\n`);
    else io.stdout(`${JSON.stringify(issuesToSarif(issues, { uri: sarifUri(error.displayPath), text: error.text, version: PLANNER_VERSION }, error.position), null, 2)}\n`);
    io.stderr(`${error.message}\n`);
    return EXIT.invalid;
  }

  io.stderr(`Analysing ${loaded.displayPath}…\n`);
  const analysis = analyzePlan(loaded.plan);
  const failing = failingFindings(analysis.findings, failOn);
  if (format === "json")
    io.stdout(`${JSON.stringify({ file: loaded.displayPath, valid: true, failOn, failed: failing.length > 0, summary: analysis.summary, findings: analysis.findings }, null, 2)}\n`);
  else if (format === "sarif")
    io.stdout(`${JSON.stringify(findingsToSarif(analysis.findings, { uri: sarifUri(loaded.displayPath), text: loaded.text, version: PLANNER_VERSION }), null, 2)}\n`);
  else io.stdout(formatFindingsText(loaded.displayPath, analysis, failOn, failing.length));
  return failing.length > 0 ? EXIT.findings : EXIT.ok;
}
