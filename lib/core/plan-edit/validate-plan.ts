import { PlanSchema, type Plan } from "@/lib/schemas/plan";

/** A schema problem at a dot-separated plan path, e.g. "regions.0.kubernetes.podCidr". */
export type FieldIssue = { path: string; message: string };

export type PlanValidation = { isValid: true; plan: Plan; issues: [] } | { isValid: false; plan: null; issues: FieldIssue[] };

/** Runs the plan schema and turns its issues into form-ready paths ("" for the plan itself). */
export function validatePlan(draft: unknown): PlanValidation {
  const result = PlanSchema.safeParse(draft);
  if (result.success) return { isValid: true, plan: result.data, issues: [] };
  const issues = result.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
  return { isValid: false, plan: null, issues };
}
