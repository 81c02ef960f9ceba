import type { Finding } from "@/lib/core/analysis/types";
import { findingIssues } from "@/components/findings/finding-issues";
import type { FieldIssue } from "./form-context";

/** One path is the other, or contains it ("regions.0" and "regions.0.kubernetes.podCidr"). */
const isRelated = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

/**
 * The inline messages for the form: the schema's issues for the draft as it is now, and the
 * open findings of the analysis, except findings about a field the schema rejects right now.
 * While the draft is invalid the analysis is the last valid one (usePlanAnalysis), so such a
 * finding describes the field's previous value: typing "10.1.0.0/16" (overlapping another
 * region's pod CIDR) then "10.1.0.0/" showed both "not a CIDR" and the stale "pod CIDRs
 * overlap" (issue 13). A finding about several fields is dropped from all of them: its other
 * fields' message would be just as stale.
 */
export function currentFieldIssues(schemaIssues: readonly FieldIssue[], findings: readonly Finding[]): FieldIssue[] {
  const rejected = schemaIssues.map((i) => i.path);
  const current = findings.filter((f) => !f.fields.some((field) => rejected.some((path) => isRelated(field, path))));
  return [...schemaIssues, ...findingIssues(current)];
}
