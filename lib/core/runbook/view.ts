import type { Runbook, SectionId, Step, StepProgress } from "./types";

/**
 * A step with its stored check-off state, as the API returns it. `checkedBy` names who checked it
 * off (issue 11: the runbook shows who did it); "" when unchecked, checked before sign-in existed,
 * or read through a share link (member names stay inside the team).
 */
export type StepView = Step & StepState;
export type Progress = { done: number; total: number };
export type SectionView = { id: SectionId; title: string; progress: Progress; steps: StepView[] };
export type RunbookView = {
  revision: number;
  currentVersion: string;
  targetVersion: string;
  cockroachCurrentVersion: string;
  cockroachTargetVersion: string;
  sections: SectionView[];
  progress: Progress;
};

export type StepState = { checkedAt: string | null; note: string; changedSinceCheck: boolean; checkedBy: string };

const UNCHECKED: StepState = { checkedAt: null, note: "", changedSinceCheck: false, checkedBy: "" };

const progressOf = (steps: readonly StepView[]): Progress => ({ done: steps.filter((s) => s.checkedAt !== null).length, total: steps.length });

/** The runbook of a revision joined with its stored states; steps without a stored state read as unchecked. */
export function runbookView(revision: number, runbook: Runbook, states: ReadonlyMap<string, StepState>): RunbookView {
  const sections = runbook.sections.map((section) => {
    const steps = section.steps.map((step) => ({ ...step, ...(states.get(step.key) ?? UNCHECKED) }));
    return { id: section.id, title: section.title, progress: progressOf(steps), steps };
  });
  return { revision, currentVersion: runbook.currentVersion, targetVersion: runbook.targetVersion, cockroachCurrentVersion: runbook.cockroachCurrentVersion, cockroachTargetVersion: runbook.cockroachTargetVersion, sections, progress: progressOf(sections.flatMap((s) => s.steps)) };
}

/** The view with one step's state replaced and the progress counts recomputed (for optimistic updates). */
export function withStepState(view: RunbookView, key: string, state: StepState): RunbookView {
  const sections = view.sections.map((section) => {
    if (!section.steps.some((s) => s.key === key)) return section;
    const steps = section.steps.map((s) => (s.key === key ? { ...s, ...state } : s));
    return { ...section, steps, progress: progressOf(steps) };
  });
  return { ...view, sections, progress: progressOf(sections.flatMap((s) => s.steps)) };
}

/** Checked steps as runbookToMarkdown's progress map. */
export function progressMap(view: RunbookView): Map<string, StepProgress> {
  return new Map(
    view.sections.flatMap((s) => s.steps.flatMap((step) => (step.checkedAt ? [[step.key, { checkedAt: step.checkedAt, note: step.note, checkedBy: step.checkedBy }] as const] : []))),
  );
}

/** The view without who checked what: share-link readers are outside the team and see no member names. */
export function withoutCheckers(view: RunbookView): RunbookView {
  const sections = view.sections.map((section) => ({ ...section, steps: section.steps.map((step) => ({ ...step, checkedBy: "" })) }));
  return { ...view, sections };
}
