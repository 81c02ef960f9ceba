import type { Analysis } from "@/lib/core/analysis/types";
import type { Plan } from "@/lib/schemas/plan";
import type { StepDependencies } from "./dependencies";
import { hashValue } from "./hash";
import type { Step, StepDraft } from "./types";

/** What every section builder receives. */
export type RunbookContext = {
  plan: Plan;
  analysis: Analysis;
  targetVersion: string;
  /** The CockroachDB version the CockroachDB upgrade section plans for. */
  cockroachTargetVersion: string;
};

/**
 * Seals a draft: the hash covers everything the reader sees plus `inputs`, the plan values the
 * step's bundle files are generated from, so a changed values file resets the step even when
 * its text reads the same.
 */
export function finishStep(draft: StepDraft, dependencies: StepDependencies = { needs: [], provides: [] }): Step {
  const { inputs, ...step } = draft;
  // needs/provides describe the order, not the work: they stay out of the hash, so adding them resets no checked-off step.
  return { ...step, ...dependencies, hash: hashValue({ step, inputs: inputs ?? null }) };
}

/** Draft defaults, so builders list only what a step has. */
export function draft(fields: Pick<StepDraft, "key" | "title" | "what"> & Partial<StepDraft>): StepDraft {
  return { commands: [], verify: [], expect: "", files: [], sources: [], ...fields };
}
