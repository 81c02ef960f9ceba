import type { Finding } from "@/lib/core/analysis/types";
import type { FieldIssue } from "@/components/plan-editor/form-context";
import { SEVERITY_META } from "./severity";

/**
 * Open findings as inline form messages, one per concerned field, e.g. "Critical: Pod CIDRs of
 * aws:us-east-1 and aws:us-east-2 overlap" on both pod CIDR inputs. Waived findings are left out
 * (they were accepted) and so are info findings (advice, not a problem with the field), since an
 * inline message marks the field invalid. The designer passes these to PlanForm together with
 * the schema's issues.
 */
export function findingIssues(findings: readonly Finding[]): FieldIssue[] {
  return findings
    .filter((f) => !f.waiver && f.severity !== "info")
    .flatMap((f) => f.fields.map((path) => ({ path, message: `${SEVERITY_META[f.severity].label}: ${f.title}` })));
}
