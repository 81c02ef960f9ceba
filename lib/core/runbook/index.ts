export { buildRunbook, runbookContent } from "./build-runbook";
export { runbookToMarkdown, progressText } from "./to-markdown";
export { fnv1a64, hashValue } from "./hash";
export { checkTargetVersion, defaultTargetVersion, parseVersion, suggestedTargetVersions } from "./version";
export type { TargetCheck } from "./version";
export type { Runbook, RunbookContent, Section, SectionId, Step, StepContent, StepProgress } from "./types";
export { progressMap, runbookView, withoutCheckers, withStepState } from "./view";
export type { Progress, RunbookView, SectionView, StepState, StepView } from "./view";
