import type { Replication } from "./cockroach-replication";

/**
 * Disk each CockroachDB node needs, as an ESTIMATE from the workload. Two things fill the
 * store: Teleport's backend state (resources, heartbeats, certificates) and the audit events
 * kept in `teleport_audit`. Session recordings go to object storage and are not counted.
 *
 * The per-equivalent sizes below are our assumptions (no published figure exists); the
 * retention, replica count and 80% ceiling are sourced. Compression is ignored, which errs
 * on the side of more disk.
 */

/** ASSUMPTION: backend state per SSH-node equivalent, including MVCC revisions kept for gc.ttlseconds (4 h default, CockroachDB docs: Configure replication zones). */
export const BACKEND_STATE_KIB_PER_EQUIVALENT = 64;
/** ASSUMPTION: audit events a day per SSH-node equivalent (logins, session start/end, exec, certificate issuance). */
export const AUDIT_EVENTS_PER_EQUIVALENT_PER_DAY = 20;
/** ASSUMPTION: stored size of one audit event (a JSON document with its index entries). */
export const AUDIT_EVENT_KIB = 1;
/** Teleport's default audit retention for the PostgreSQL/CockroachDB audit backend: 8766 h (Teleport docs: Storage backends). */
export const AUDIT_RETENTION_DAYS = 8766 / 24;
/** Keep used capacity below 80% (CockroachDB docs: Healthy storage capacity). */
export const MAX_STORAGE_USE = 0.8;
/** Floor for the estimate: the plan schema's smallest volume. */
export const MIN_STORAGE_GIB = 10;

const KIB_PER_GIB = 2 ** 20;

export type StorageEstimate = {
  logicalGiB: number;
  /** Copies of each range that land on distinct nodes: the replica count, or the node count when smaller. */
  copies: number;
  neededPerNodeGiB: number;
};

/** Disk needed per node across `totalNodes` nodes, kept below 80% full. */
export function estimateStorage(equivalents: number, replication: Replication, totalNodes: number): StorageEstimate {
  const kibPerEquivalent = BACKEND_STATE_KIB_PER_EQUIVALENT + AUDIT_EVENTS_PER_EQUIVALENT_PER_DAY * AUDIT_RETENTION_DAYS * AUDIT_EVENT_KIB;
  const logicalGiB = (equivalents * kibPerEquivalent) / KIB_PER_GIB;
  const nodes = Math.max(1, totalNodes);
  const copies = Math.min(replication.replicas, nodes);
  const neededPerNodeGiB = Math.max(MIN_STORAGE_GIB, Math.ceil((logicalGiB * copies) / nodes / MAX_STORAGE_USE));
  return { logicalGiB, copies, neededPerNodeGiB };
}
