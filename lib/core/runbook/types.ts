import type { Source } from "@/lib/core/analysis/types";

/**
 * The runbook: the plan turned into ordered, checkable steps. Keys are stable across revisions
 * (they name what a step does and for which region, never its position), and `hash` covers the
 * step's content plus the plan values its bundle files are generated from, so a changed plan
 * can tell exactly which checked-off steps need doing again.
 */
export type Step = {
  /** Stable across revisions, e.g. "teleport.deploy.aws:us-east-1". */
  key: string;
  title: string;
  /** What to do and why, citing its source in words. */
  what: string;
  /** Shell commands with the plan's values, every value quoted; run in order. */
  commands: string[];
  /** Commands that show the step worked. */
  verify: string[];
  /** What the verify commands should show, in words. */
  expect: string;
  /** Bundle paths (lib/core/bundle/paths.ts) the step uses. */
  files: string[];
  /** Where the step's facts come from, with links. */
  sources: Source[];
  /** Capabilities that earlier steps must have provided (dependencies.ts), e.g. "cilium-installed:aws:us-east-1". */
  needs: string[];
  /** Capabilities this step leaves behind for later steps. */
  provides: string[];
  /** FNV-1a 64 (hex) of the content above and the plan values behind the step's files. */
  hash: string;
};

export type SectionId =
  | "prerequisites"
  | "networks"
  | "connectivity"
  | "object-storage"
  | "cockroachdb"
  | "teleport"
  | "geodns"
  | "verification"
  | "update"
  | "cockroach-upgrade";

export type Section = { id: SectionId; title: string; steps: Step[] };

export type Runbook = {
  /** The plan's Teleport version the runbook deploys. */
  currentVersion: string;
  /** The version the update section plans for. */
  targetVersion: string;
  /** The plan's CockroachDB version, and the one the CockroachDB upgrade section plans for. */
  cockroachCurrentVersion: string;
  cockroachTargetVersion: string;
  sections: Section[];
};

/** A step as the reader sees it (the Markdown's input): no hash, needs or provides. */
export type StepContent = Omit<Step, "hash" | "needs" | "provides">;

/** The runbook without what only check-offs use (buildRunbook.ts, runbookContent). */
export type RunbookContent = Omit<Runbook, "sections"> & { sections: { id: SectionId; title: string; steps: StepContent[] }[] };

/**
 * Check-off state of one step, as stored per project and revision, for the Markdown; `checkedBy`
 * is absent or "" when nobody is recorded (checked before sign-in existed).
 */
export type StepProgress = { checkedAt: string; note: string; checkedBy?: string };

/** A step before hashing: `inputs` are the plan values its bundle files depend on. */
export type StepDraft = StepContent & { inputs?: unknown };
