import type { Workload } from "@/lib/schemas/plan";
import { formatNumber } from "@/lib/core/text/format-number";

/**
 * How a plan's workload turns into one number, "SSH-node equivalents", that both the
 * CockroachDB and the Teleport sizing scale with.
 *
 * ASSUMPTION (ours, not from a source). The blueprint gives one measured point, "a Teleport
 * cluster with 10,000 SSH nodes" (Multi-region Blueprint, CockroachDB sizing), and says load
 * "varies depending on the usage type (number of connected nodes, number of protected
 * resources, number of roles, concurrent connections, and user activity)". We read the
 * 10,000-node point as a cluster in ordinary use, so it already includes some other
 * resources, sessions and logins. Per SSH node that ordinary use is taken to be
 * {@link ORDINARY_USE_PER_SSH_NODE}; only activity above it adds equivalents, at the weights in
 * {@link EQUIVALENT_WEIGHTS}.
 *
 * The result never decreases when any workload field grows: the SSH-node term has slope
 * 1 − Σ(weight × allowance) = 1 − (0.05 + 0.2 + 0.5) = 0.25 > 0 even when every allowance is
 * exceeded, and every other term is non-decreasing in its own field.
 */

/** Ordinary use included in each SSH node of the blueprint's reference cluster. */
export const ORDINARY_USE_PER_SSH_NODE = {
  /** 500 other resources (Kubernetes clusters, databases, applications, desktops) per 10,000 SSH nodes. */
  otherResources: 0.05,
  /** 1,000 concurrent sessions per 10,000 SSH nodes. */
  concurrentSessions: 0.1,
  /** 50 logins per second per 10,000 SSH nodes. */
  loginsPerSecond: 0.005,
} as const;

/** SSH-node equivalents per unit of activity above the ordinary use. */
export const EQUIVALENT_WEIGHTS = {
  /** Each Kubernetes cluster, database, application or desktop is registered and heartbeated by an agent, as an SSH node is. */
  otherResources: 1,
  /** Each concurrent session keeps a session tracker in the backend and writes audit events. */
  concurrentSessions: 2,
  /** Each login per second issues certificates and writes audit events without pause. */
  loginsPerSecond: 100,
} as const;

/** The blueprint's reference workload: 10,000 SSH nodes (Multi-region Blueprint, CockroachDB sizing). */
export const REFERENCE_SSH_NODES = 10_000;

export type BackendLoad = {
  /** SSH-node equivalents: the number the sizing tables are read with. */
  equivalents: number;
  /** How the equivalents were made up, for the explanation. */
  parts: { sshNodes: number; otherResources: number; concurrentSessions: number; loginsPerSecond: number };
};

const aboveAllowance = (value: number, sshNodes: number, allowancePerNode: number): number =>
  Math.max(0, value - allowancePerNode * sshNodes);

/** SSH-node equivalents of a workload (see the module comment for the assumption). */
export function backendLoad(workload: Workload): BackendLoad {
  const { sshNodes } = workload;
  const otherResourceCount = workload.kubernetesClusters + workload.databases + workload.applications + workload.desktops;
  const parts = {
    sshNodes,
    otherResources: EQUIVALENT_WEIGHTS.otherResources * aboveAllowance(otherResourceCount, sshNodes, ORDINARY_USE_PER_SSH_NODE.otherResources),
    concurrentSessions:
      EQUIVALENT_WEIGHTS.concurrentSessions * aboveAllowance(workload.concurrentSessions, sshNodes, ORDINARY_USE_PER_SSH_NODE.concurrentSessions),
    loginsPerSecond:
      EQUIVALENT_WEIGHTS.loginsPerSecond * aboveAllowance(workload.loginsPerSecond, sshNodes, ORDINARY_USE_PER_SSH_NODE.loginsPerSecond),
  };
  // Allowances are fractional: round up so the equivalents are a whole, conservative count.
  const equivalents = Math.max(0, Math.ceil(parts.sshNodes + parts.otherResources + parts.concurrentSessions + parts.loginsPerSecond - 1e-9));
  return { equivalents, parts };
}

/** Plain-language account of the equivalents, shown next to the sizing. */
export function describeBackendLoad(load: BackendLoad): string {
  const extras = [
    load.parts.otherResources > 0 ? `${fmt(load.parts.otherResources)} for other resources` : "",
    load.parts.concurrentSessions > 0 ? `${fmt(load.parts.concurrentSessions)} for concurrent sessions` : "",
    load.parts.loginsPerSecond > 0 ? `${fmt(load.parts.loginsPerSecond)} for logins per second` : "",
  ].filter(Boolean);
  const detail = extras.length > 0 ? ` plus ${extras.join(", ")} above the ordinary use included with them` : "";
  return (
    `Workload: ${fmt(load.equivalents)} SSH-node equivalents (${fmt(load.parts.sshNodes)} SSH nodes${detail}). ` +
    "Assumption (ours): the blueprint's 10,000-node point includes ordinary use of 500 other resources, 1,000 concurrent sessions " +
    "and 50 logins/s per 10,000 SSH nodes; above that, each other resource counts as 1 SSH node, each concurrent session as 2 " +
    "and each login per second as 100."
  );
}

const fmt = (n: number): string => formatNumber(Math.round(n));
