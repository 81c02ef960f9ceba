import type { Plan } from "@/lib/schemas/plan";

/**
 * Shapes every part of the core agrees on: sizing, failure scenarios, findings and the
 * analysis that bundles them. Implementations live in ../sizing, ../failure, ../rules and
 * ../latency; this file only names the contract.
 */

export type RegionId = `${"aws" | "gcp" | "azure"}:${string}`;

/** Where a number or rule comes from, shown next to it in the UI and the bundle. */
export type Source = {
  /** e.g. "Teleport Multi-region Blueprint", "CockroachDB docs: Recommended production settings" */
  title: string;
  /** e.g. "CockroachDB sizing" */
  section?: string;
  url?: string;
};

export type Severity = "critical" | "warning" | "info";

export type Totals = { vcpu: number; memoryGiB: number; storageGiB: number; pods: number };

/** A Kubernetes resources block as it will be written into manifests. */
export type ResourceBlock = {
  requests: { cpu: string; memory: string };
  /** As written in the manifests: the planner always sets memory; a plan override may leave it out. */
  limits: { memory?: string; cpu?: string };
};

export type Component = "cockroachdb" | "teleport-auth" | "teleport-proxy";

export type PodGroup = {
  component: Component;
  pods: number;
  vcpuPerPod: number;
  memoryGiBPerPod: number;
  storageGiBPerPod: number;
  /** What the plan's manifests use: the sizing's block, or the region's override when set. */
  resources: ResourceBlock;
  /** True when `resources` comes from the plan's per-region override. */
  isOverride: boolean;
};

export type RegionSizing = { region: RegionId; groups: PodGroup[]; totals: Totals };

export type StorageClassAdvice = { provider: "aws" | "gcp" | "azure"; name: string; provisioner: string; parameters: Record<string, string>; source: Source };

export type CockroachSizing = {
  /** Recommended size of each of `nodesPerZoneRecommended` nodes. */
  vcpuPerNode: number;
  memoryGiBPerNode: number;
  /** As planned: the pod the manifests carry (the zone's need over the plan's `nodesPerZonePlanned`), before per-region overrides. */
  plannedVcpuPerNode: number;
  plannedMemoryGiBPerNode: number;
  nodesPerZoneRecommended: number;
  nodesPerZonePlanned: number;
  totalNodes: number;
  storagePerNodeGiB: number;
  storageNeededPerNodeGiB: number;
  iopsPerNode: number;
  throughputMBpsPerNode: number;
  /** Plain-language notes where this sizing is below CockroachDB's production recommendations. */
  belowProduction: { message: string; source: Source }[];
  explanation: string;
  sources: Source[];
};

export type TeleportSizing = {
  /** Teleport regions that share the traffic. */
  regions: RegionId[];
  /** Share of total load one region must carry when one other Teleport region has failed. */
  designLoadShare: number;
  authPodsPerRegion: number;
  proxyPodsPerRegion: number;
  auth: { vcpu: number; memoryGiB: number };
  proxy: { vcpu: number; memoryGiB: number };
  explanation: string;
  sources: Source[];
};

export type Sizing = {
  cockroach: CockroachSizing;
  teleport: TeleportSizing;
  regions: RegionSizing[];
  totals: Totals;
  storageClasses: StorageClassAdvice[];
};

/** How bad a region failure is: "fine" keeps service as planned, "degraded" serves slower or short of capacity, "down" stops serving. */
export type FailureGrade = "fine" | "degraded" | "down";

/** The figures after one region has failed (lib/core/failure/post-failure.ts). */
export type PostFailure = {
  grade: FailureGrade;
  /** Why the grade, in words, for the UI and analysis.json. */
  gradeReason: string;
  /** Where the Teleport databases' leaseholders are after the failure; null when quorum is lost. */
  leaseholderRegion: RegionId | null;
  /** Write latency from each surviving Teleport region; null when CockroachDB accepts no writes. */
  writeLatency: {
    commitMs: number;
    perGateway: { region: RegionId; writeMs: number; beforeMs: number | null; reason: string }[];
    worstMs: number;
    /** The plan's worst write latency before the failure, for comparison. */
    worstBeforeMs: number;
    explanation: string;
  } | null;
  /** The surviving Teleport regions that take the failed region's users, nearest first, with their RTT from it. */
  usersMoveTo: { region: RegionId; rttMs: number }[];
};

/** What happens if one region of the plan fails. */
export type FailureScenario = {
  region: RegionId;
  cockroach: { isQuorumKept: boolean; votersLost: number; votersTotal: number; explanation: string };
  teleport: {
    /** Surviving Teleport regions that take this region's users, nearest first. */
    usersGoTo: RegionId[];
    hasCapacity: boolean;
    explanation: string;
  };
  /** Every figure after the failure: leaseholder, write latency, where users go, the grade. */
  after: PostFailure;
};

export type Rtt = { from: RegionId; to: RegionId; rttMs: number; kind: "measured" | "estimated"; source?: string };

export type WriteLatency = {
  survivalGoal: "zone" | "region";
  commitMs: number;
  perGateway: { region: RegionId; writeMs: number; reason: string }[];
  worstMs: number;
  explanation: string;
  source: string;
};

export type Finding = {
  /** Stable across edits: the rule id, plus a subject when a rule fires more than once. */
  id: string;
  ruleId: string;
  severity: Severity;
  title: string;
  explanation: string;
  fix: string;
  /** Plan field paths the finding concerns, dot-separated: "regions.1.kubernetes.podCidr". */
  fields: string[];
  /** Regions to highlight on the map. */
  regions: RegionId[];
  source: Source;
  waiver?: { reason: string; waivedAt: string };
};

/** Everything a rule may look at; computed once per analysis. */
export type RuleContext = {
  plan: Plan;
  sizing: Sizing;
  failures: FailureScenario[];
  writeLatency: WriteLatency;
  rtt: (a: RegionId, b: RegionId) => Rtt;
};

export type Rule = {
  id: string;
  title: string;
  source: Source;
  check: (ctx: RuleContext) => Omit<Finding, "waiver">[];
};

export type Analysis = {
  sizing: Sizing;
  latency: Rtt[];
  writeLatency: WriteLatency;
  failures: FailureScenario[];
  findings: Finding[];
  summary: { critical: number; warning: number; info: number; waived: number; worst: Severity | null };
};
