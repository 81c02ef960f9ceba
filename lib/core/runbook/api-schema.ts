import { z } from "zod";
import { wellFormedString } from "@/lib/schemas/text";

/**
 * The runbook API's inputs (query strings, route parameters, the check-off body), shared by the
 * route handlers and the page. Kept next to the runbook core rather than in lib/schemas/api.ts,
 * which another engineer owns; the shapes follow that file's conventions.
 */

export const STEP_NOTE_MAX = 500;

const revision = z
  .string()
  .regex(/^[1-9][0-9]{0,8}$/, { error: "A revision number is a whole number from 1 upwards." })
  .transform(Number);

export const TargetVersionSchema = z.string().regex(/^\d{1,3}\.\d{1,3}\.\d{1,3}$/, { error: "Use a version like 18.11.0 (major.minor.patch)." });

export const RunbookQuerySchema = z.object({
  revision: revision.optional(),
  targetVersion: TargetVersionSchema.optional(),
  cockroachTargetVersion: z
    .string()
    .regex(/^\d{1,3}\.\d{1,3}\.\d{1,3}$/, { error: "Use a CockroachDB version like 26.4.0 (YY.R.patch)." })
    .optional(),
});
export type RunbookQuery = z.output<typeof RunbookQuerySchema>;

export const StepQuerySchema = z.object({ revision });

/** Route segments arrive percent-encoded or not depending on the caller; step keys never contain "%". */
const decoded = (value: string): string => {
  try {
    return value.includes("%") ? decodeURIComponent(value) : value;
  } catch {
    return value;
  }
};

export const StepParamsSchema = z.object({
  id: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, { error: "A project id contains only letters, digits, - and _." }),
  stepKey: z
    .string()
    .transform(decoded)
    .pipe(z.string().min(1).max(200).regex(/^[a-z0-9.:@-]+$/, { error: "A step key contains only a-z, 0-9, '.', ':', '@' and '-'." })),
});

export const StepUpdateBodySchema = z.strictObject({
  done: z.boolean({ error: "Required: true to check the step off, false to undo." }),
  note: wellFormedString()
    .max(STEP_NOTE_MAX, { error: `A note is at most ${STEP_NOTE_MAX} characters.` })
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), { error: "A note must not contain control characters." })
    .optional(),
});
export type StepUpdateBody = z.input<typeof StepUpdateBodySchema>;

/**
 * A step's check-off state as the API answers it (StepView = Step & this). Documented in the
 * OpenAPI description; `checkedBy` is the signed-in user who checked the step off.
 */
export const StepStateSchema = z.object({
  checkedAt: z.iso.datetime().nullable().meta({ description: "When the step was checked off; null when it is not." }),
  note: z.string().meta({ description: "The note saved with the check-off." }),
  changedSinceCheck: z.boolean().meta({ description: "Checked off in an earlier revision, but the step's content changed since: to do again." }),
  checkedBy: z.string().meta({ description: 'Who checked the step off (user name); "" when unchecked, checked before sign-in existed, or read through a share link.' }),
});
