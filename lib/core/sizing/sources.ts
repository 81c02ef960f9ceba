import type { Source } from "../analysis/types";
import { BLUEPRINT, COCKROACH_DOC, TELEPORT_DOC } from "../sources";

/**
 * The documents the sizing model's numbers come from, named once so the TSDoc of each
 * constant, the `sources` lists and the UI all cite the same place.
 */
export const SIZING_SOURCES = {
  /** "A 3x3 CockroachDB cluster (1 node per zone, 3 zones per region, 3 regions) whose nodes have 2 CPUs and 8GiB of memory can sustain a Teleport cluster with 10,000 SSH nodes." */
  blueprintCockroachSizing: BLUEPRINT("CockroachDB sizing"),
  /** "Teleport load varies depending on the usage type (number of connected nodes, number of protected resources, …, concurrent connections, and user activity)". */
  blueprintTeleportLoad: BLUEPRINT("CockroachDB sizing: Teleport load varies depending on the usage type"),
  /** No CPU limits unless the static CPU policy is used; memory limit equal to the request. */
  blueprintCpuLimits: BLUEPRINT("Kubernetes CPU limits"),
  /** "Regions must be provisioned with enough capacity to handle all traffic in the event of a complete region failure." */
  blueprintRegionCapacity: BLUEPRINT("Regions must be provisioned to handle all traffic after a region failure"),
  /** Store CockroachDB's state on SSDs; the default StorageClass may not be the fastest. */
  blueprintSsd: BLUEPRINT("CockroachDB sizing: store CockroachDB's state on SSDs"),
  /** vCPU per node (min 8, no fewer than 4, max 64), 4 GiB RAM per vCPU, 320 GiB per vCPU, 500 IOPS and 30 MB/s per vCPU. */
  cockroachHardware: COCKROACH_DOC("Recommended production settings", "recommended-production-settings", "Hardware"),
  /** gp3, pd-ssd and Premium Storage advice. */
  cockroachCloud: COCKROACH_DOC("Recommended production settings", "recommended-production-settings", "Cloud-specific recommendations"),
  /** Keep used capacity below 80%. */
  cockroachCapacity: COCKROACH_DOC("Healthy storage capacity", "healthy-storage-capacity"),
  /** 2 vCPU / 8 GiB pods are appropriate for testing only. */
  cockroachKubernetesLimits: COCKROACH_DOC("Deploy CockroachDB in a single Kubernetes cluster", "deploy-cockroachdb-with-kubernetes", "Kubernetes limitations: Resources"),
  /** Requests set; memory limit = request; no CPU limit unless the static CPU manager policy is on, then integer CPU limit = request. */
  cockroachKubernetesResources: COCKROACH_DOC("Kubernetes performance", "kubernetes-performance", "Resource limits"),
  /** REGION survival: 5 replicas 2+2+1 over 3 regions; ZONE survival: 3 voters in the primary region. */
  cockroachSurvivalGoals: COCKROACH_DOC("Multi-region survival goals", "multiregion-survival-goals"),
  /** "at least 3 regions are required for surviving a region failure". */
  cockroachAlterDatabase: COCKROACH_DOC("ALTER DATABASE", "alter-database", "Configure survival goals"),
  /** The hardware table: 10,000 and 50,000 SSH nodes; measured session and login limits. */
  teleportScaling: TELEPORT_DOC("Scaling", "https://goteleport.com/docs/reference/deployment/scaling/", "Hardware recommendations"),
  /** Default audit event retention of 8766h (one year) for the PostgreSQL/CockroachDB audit backend. */
  teleportAuditRetention: TELEPORT_DOC("Storage backends", "https://goteleport.com/docs/reference/deployment/backends/", "PostgreSQL: audit events"),
  /** gp3 accepts 3,000–16,000 IOPS and 125–1,000 MiB/s (the long-standing limits every region supports). */
  awsGp3Limits: { title: "AWS docs: Amazon EBS volume types (gp3)", url: "https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html" },
} as const satisfies Record<string, Source>;

/** Marks a number we chose ourselves: it has no document behind it, only the reasoning in its TSDoc. */
export const PLANNER_ASSUMPTION: Source = {
  title: "Planner assumption (not from a published source)",
  section: "Sizing model",
};
