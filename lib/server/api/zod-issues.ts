import type { z } from "zod";
import type { ApiIssue } from "@/lib/schemas/api";

/**
 * Per-parse messages for the cases zod words for programmers. Schema-level messages (the plan
 * schema's, ours) take precedence; this only fills in the generic ones.
 */
export const friendlyErrors: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === "invalid_type" && issue.input === undefined) return "Required.";
  if (issue.code === "invalid_type") return `Expected ${issue.expected}.`;
  return undefined;
};

function joinPath(path: readonly PropertyKey[]): string {
  return path.map((segment) => String(segment)).join(".");
}

/** zod issues as the API reports them: one entry per problem, the path joined with dots. */
export function toApiIssues(error: z.ZodError): ApiIssue[] {
  return error.issues.flatMap((issue): ApiIssue[] => {
    if (issue.code === "unrecognized_keys")
      return issue.keys.map((key) => ({ path: joinPath([...issue.path, key]), message: `Unknown field "${key}": remove it.` }));
    return [{ path: joinPath(issue.path), message: issue.message }];
  });
}
