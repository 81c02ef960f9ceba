import type { Plan, PlanRegion } from "@/lib/schemas/plan";
import type { RegionId, Sizing, Source } from "../analysis/types";
import { COCKROACH_DOC, TELEPORT_DOC } from "../sources";

/**
 * CockroachDB connection pooling: "active connections = (number of cores * 4)", and "for
 * multi-region clusters, create a connection pool per region, and apply the same active
 * connection limits for each region" (docs v25.3 connection-pooling.md, "Size connection pools").
 */
export const ACTIVE_CONNECTIONS_PER_VCPU = 4;
/** The blueprint's `pool_max_conns=20` in the backend conn_string; the budget only ever lowers it. */
export const BLUEPRINT_POOL_MAX_CONNS = 20;
/** Teleport backend docs: the change feed "uses one extra connection" besides the pool. */
export const CHANGE_FEED_CONNS = 1;
/**
 * The audit log (pgevents) opens its own pgxpool from audit_events_uri (teleport
 * lib/events/pgevents/pgevents.go: `pgxpool.ParseConfig`), whose default size is
 * max(4, CPUs); the bundle pins it with `pool_max_conns` at pgxpool's floor of 4.
 */
export const AUDIT_POOL_MAX_CONNS = 4;
/** ASSUMPTION: below pgxpool's default floor of 4 connections the backend pool starves Auth. */
export const MIN_POOL_MAX_CONNS = 4;

export const CONNECTION_BUDGET_SOURCES: Source[] = [
  COCKROACH_DOC("Connection Pooling", "connection-pooling", "Size connection pools"),
  TELEPORT_DOC("Storage backends", "https://goteleport.com/docs/reference/deployment/backends/", "CockroachDB"),
];

/** One CockroachDB region's budget and the Auth pods that connect to it. */
export type RegionConnectionBudget = {
  region: RegionId;
  vcpu: number;
  /** Active connections the region's nodes can serve: vCPU × 4. */
  budget: number;
  /** Teleport regions whose Auth Service connects here (the region itself or the nearest database region). */
  clients: RegionId[];
  authPods: number;
  /** Backend pool per Auth pod; the pool, the change feed and the audit pool together per pod. */
  poolMaxConns: number;
  perPod: number;
  /** Connections all Auth pods may hold: authPods × perPod. */
  total: number;
  fits: boolean;
};

const vcpuOf = (sizing: Sizing, id: string, component: "cockroachdb" | "teleport-auth") =>
  sizing.regions.find((r) => r.region === id)?.groups.find((g) => g.component === component);

/**
 * Derives `pool_max_conns` per Auth pod from each database region's budget: the pods that
 * connect to the region share vCPU × 4 active connections, each pod also holding one change
 * feed connection and the audit pool. The pool is the blueprint's 20 when that fits, else
 * what fits; a region whose budget leaves less than MIN_POOL_MAX_CONNS per pod does not fit.
 * `nearest` maps a Teleport region to the database region its Auth Service talks to.
 */
export function connectionBudget(plan: Plan, sizing: Sizing, nearest: (region: PlanRegion) => PlanRegion | undefined): RegionConnectionBudget[] {
  return plan.regions
    .filter((r) => r.runsCockroach)
    .map((database) => {
      const group = vcpuOf(sizing, database.id, "cockroachdb");
      const vcpu = group ? group.pods * group.vcpuPerPod : 0;
      const budget = ACTIVE_CONNECTIONS_PER_VCPU * vcpu;
      const clients = plan.regions.filter((r) => r.runsTeleport && nearest(r)?.id === database.id);
      const authPods = clients.reduce((n, r) => n + (vcpuOf(sizing, r.id, "teleport-auth")?.pods ?? r.authReplicas), 0);
      const share = authPods === 0 ? Number.POSITIVE_INFINITY : Math.floor(budget / authPods);
      const room = share - CHANGE_FEED_CONNS - AUDIT_POOL_MAX_CONNS;
      const fits = room >= MIN_POOL_MAX_CONNS;
      const poolMaxConns = fits ? Math.min(BLUEPRINT_POOL_MAX_CONNS, room) : MIN_POOL_MAX_CONNS;
      const perPod = poolMaxConns + CHANGE_FEED_CONNS + AUDIT_POOL_MAX_CONNS;
      return {
        region: database.id as RegionId,
        vcpu,
        budget,
        clients: clients.map((r) => r.id as RegionId),
        authPods,
        poolMaxConns,
        perPod,
        total: authPods * perPod,
        fits,
      };
    });
}
