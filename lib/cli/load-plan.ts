import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { planFileFormat, readPlanText, withoutSchemaKey, type PlanFileFormat, type TextPosition } from "@/lib/core/plan-file";
import { PlanSchema, type Plan } from "@/lib/schemas/plan";
import { friendlyErrors, toApiIssues } from "@/lib/server/api/zod-issues";
import { CliError } from "./cli-io";

/** The app refuses request bodies over 1 MiB (lib/server/api/read-json-body.ts); a plan file gets the same bound. */
export const MAX_PLAN_FILE_BYTES = 1024 * 1024;

/** A plan file that cannot be read as JSON/YAML or fails the plan schema: `check` reports it in its format and exits 2. */
export class InvalidPlanError extends CliError {
  constructor(
    readonly displayPath: string,
    issues: readonly { path: string; message: string }[],
    /** The file's text, to locate each issue's field; the syntax error's own position when it has one. */
    readonly text: string,
    readonly position?: TextPosition,
  ) {
    super(`${displayPath}${position ? `:${position.line}:${position.column}` : ""}: ${issues.length === 1 && issues[0]?.path === "" ? issues[0].message : "the plan is not valid."}`, issues);
  }
}

export type LoadedPlan = { plan: Plan; text: string; format: PlanFileFormat; file: string; displayPath: string };

/**
 * A plan file read and checked with the same zod schema and the same messages as a save
 * through the API. Paths in `issues` are the plan's own ("regions.0.id"): the file is the
 * plan, where the API's body wraps it as "plan.regions.0.id".
 */
export function loadPlan(cwd: string, fileArg: string): LoadedPlan {
  const file = path.resolve(cwd, fileArg);
  const displayPath = path.relative(cwd, file) || fileArg;
  let text: string;
  try {
    if (statSync(file).size > MAX_PLAN_FILE_BYTES) throw new CliError(`${displayPath}: larger than 1 MiB, which no plan needs (the app refuses it too).`);
    text = readFileSync(file, "utf8");
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${displayPath}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? "unknown error"}).`);
  }
  const format = planFileFormat(file, text);
  const read = readPlanText(text, format);
  if (!read.ok) {
    throw new InvalidPlanError(displayPath, [{ path: "", message: read.message }], text, read.position);
  }
  const parsed = PlanSchema.safeParse(read.value, { error: friendlyErrors });
  if (!parsed.success) throw new InvalidPlanError(displayPath, toApiIssues(parsed.error), text);
  // `$schema` addresses the file's schema for editors; the plan the app would store has none, so
  // the analysis, the bundle (plan.json included) and the diff are those of the imported plan.
  return { plan: withoutSchemaKey(parsed.data), text, format, file, displayPath };
}
