import type { Analysis } from "@/lib/core/analysis/types";
import type { Plan } from "@/lib/schemas/plan";
import { stepDependencies } from "./dependencies";
import { cockroachSteps } from "./sections/cockroachdb";
import { connectivitySteps } from "./sections/connectivity";
import { geoDnsSteps } from "./sections/geo-dns";
import { networkSteps } from "./sections/networks";
import { objectStorageSteps } from "./sections/object-storage";
import { prerequisiteSteps } from "./sections/prerequisites";
import { teleportSteps } from "./sections/teleport";
import { cockroachUpgradeSteps } from "./sections/cockroach-upgrade";
import { updateSteps } from "./sections/update";
import { verificationSteps } from "./sections/verification";
import { finishStep, type RunbookContext } from "./step";
import type { Runbook, RunbookContent, SectionId, StepContent, StepDraft } from "./types";
import { defaultCockroachTarget } from "./cockroach-version";
import { defaultTargetVersion } from "./version";

/** Sections in the order an operator works through them (Multi-region Blueprint, "Implementing multi-region Teleport on Kubernetes"). */
const SECTIONS: readonly { id: SectionId; title: string; build: (ctx: RunbookContext) => StepDraft[] }[] = [
  { id: "prerequisites", title: "Prerequisites", build: prerequisiteSteps },
  { id: "networks", title: "Networks and pod CIDRs", build: networkSteps },
  { id: "connectivity", title: "Connectivity on ports 3021 and 26257", build: connectivitySteps },
  { id: "object-storage", title: "Object storage and replication", build: objectStorageSteps },
  { id: "cockroachdb", title: "CockroachDB: deployment, certificates, databases and regions", build: cockroachSteps },
  { id: "teleport", title: "Teleport in each region", build: teleportSteps },
  { id: "geodns", title: "GeoDNS", build: geoDnsSteps },
  { id: "verification", title: "Verification and failover drill", build: verificationSteps },
  { id: "update", title: "Update strategy", build: updateSteps },
  { id: "cockroach-upgrade", title: "CockroachDB upgrade", build: cockroachUpgradeSteps },
];

/**
 * The plan as an ordered, checkable runbook: every step says what to do and why, gives the
 * exact commands with the plan's values (each value shell-quoted), how to verify it, and the
 * bundle files it uses. The update section plans for `options.targetVersion`, by default the
 * next minor release of the plan's Teleport version; the CockroachDB upgrade section plans for
 * `options.cockroachTargetVersion`, by default the next Regular CockroachDB release. Pure: the
 * same in the browser and on the server, and the same plan always gives the same keys and hashes.
 */
export function buildRunbook(plan: Plan, analysis: Analysis, options: RunbookOptions = {}): Runbook {
  const { sections, ...versions } = draftRunbook(plan, analysis, options);
  return { ...versions, sections: sections.map(({ id, title, steps }) => ({ id, title, steps: steps.map((d) => finishStep(d, stepDependencies(plan, d.key))) })) };
}

/**
 * The same runbook as its reader sees it, without the hashes and dependencies that only
 * check-offs use: what the bundle's RUNBOOK.md is written from (runbookToMarkdown reads no
 * hash, need or provide). Hashing every step was over a third of buildRunbook's time for 12
 * regions (~0.5 MB of canonical JSON; bench/bundle-profile.ts).
 */
export function runbookContent(plan: Plan, analysis: Analysis, options: RunbookOptions = {}): RunbookContent {
  const { sections, ...versions } = draftRunbook(plan, analysis, options);
  return { ...versions, sections: sections.map(({ id, title, steps }) => ({ id, title, steps: steps.map(withoutInputs) })) };
}

function withoutInputs({ inputs, ...step }: StepDraft): StepContent {
  void inputs; // only the hash reads a step's inputs
  return step;
}

type RunbookOptions = { targetVersion?: string; cockroachTargetVersion?: string };
type DraftRunbook = Omit<RunbookContent, "sections"> & { sections: { id: SectionId; title: string; steps: StepDraft[] }[] };

function draftRunbook(plan: Plan, analysis: Analysis, options: RunbookOptions): DraftRunbook {
  const targetVersion = options.targetVersion ?? defaultTargetVersion(plan.teleport.version);
  const cockroachTargetVersion = options.cockroachTargetVersion ?? defaultCockroachTarget(plan.cockroachdb.version);
  const ctx: RunbookContext = { plan, analysis, targetVersion, cockroachTargetVersion };
  const sections = SECTIONS.map(({ id, title, build }) => ({ id, title, steps: build(ctx) }));
  // The first key seen a second time; a Set, since indexOf per key was quadratic (151 steps for 12 regions).
  const seen = new Set<string>();
  const duplicate = sections.flatMap((s) => s.steps.map((step) => step.key)).find((key) => seen.has(key) || !seen.add(key));
  if (duplicate) throw new Error(`Runbook step key ${duplicate} appears twice`);
  return { currentVersion: plan.teleport.version, targetVersion, cockroachCurrentVersion: plan.cockroachdb.version, cockroachTargetVersion, sections };
}
