import type { ResourceBlock } from "@/lib/core/analysis/types";
import type { BundleContext } from "@/lib/core/bundle/context";
import { nearestDatabaseRegion, podsFor, resourcesFor } from "@/lib/core/bundle/context";
import type { Plan, PlanRegion } from "@/lib/schemas/plan";
import { regionJoinPods } from "./cockroach-zones";
import { sessionsUri } from "./session-storage";
import { teleportMonitoringValues } from "./monitoring";
import { authIdentity } from "./teleport-identity";
import { authPoolSizes } from "./teleport-connection-pool";
import { connectionLimits } from "./teleport-limits";
import { proxyServiceAnnotations } from "./teleport-load-balancer";
import { proxyPeeringConfig } from "./teleport-proxy-peering";
import { buildUri } from "./uri";

/**
 * Helm values for the teleport-cluster chart in one Teleport region, shaped exactly like the
 * blueprint's example (Multi-region Blueprint, "Teleport Helm values"; teleport-notes §1.2):
 * chart-wide keys at the top, the raw teleport.yaml (storage, proxy peering) under
 * `auth.teleportConfig`, the CockroachDB client certificates mounted into the Auth pods only.
 *
 * Additions to the example, each from the chart or the docs:
 * - `auth.resources` / `proxy.resources`: the sizing's blocks per component (the chart merges
 *   `auth:` and `proxy:` over chart-wide values, `mustMergeOverwrite`); no CPU limit unless
 *   the static CPU manager is on (blueprint, "Kubernetes CPU limits").
 * - `auth.highAvailability.replicaCount` only when the plan's Auth replicas differ from its
 *   proxy replicas (the chart's upgrade guide overrides it the same way).
 * - `proxy.teleportConfig.proxy_service.peer_listen_addr: 0.0.0.0:3021` with proxy peering,
 *   the documented default written out so the port the network README opens is visible
 *   (Teleport docs: Proxy peering; RFD 0069); no `peer_public_addr`, so each pod advertises
 *   its own IP (./teleport-proxy-peering.ts).
 * - `highAvailability.certManager` when TLS comes from cert-manager instead of a secret.
 * - the Auth pods' cloud identity for the recordings store: AWS (S3), GKE Workload Identity or,
 *   outside GKE, Workload Identity Federation with the cluster's issuer (GCS), or Entra Workload ID
 *   (Azure Blob) (teleport-identity.ts).
 * - `teleport.connection_limits.max_connections: 65000` on Auth and Proxy (Teleport docs:
 *   Scaling; ./teleport-limits.ts).
 * - `proxy.annotations.service` with cross-zone load balancing in AWS regions
 *   (./teleport-load-balancer.ts).
 * - `pool_max_conns` in both connection strings from the connection budget
 *   (./teleport-connection-pool.ts) instead of the blueprint's fixed 20.
 * - `kubeClusterName`: the region's Kubernetes cluster name. The chart's default is the Teleport
 *   cluster name, so every region would register its Kubernetes cluster under one and the same
 *   name (teleport-cluster values.yaml: "Name for this kubernetes cluster to be used by teleport users").
 * - `podMonitor.enabled` when the plan says the clusters run the Prometheus Operator (./monitoring.ts).
 * - `highAvailability.podDisruptionBudget` (off in the chart): with 2 or more pods, a drain
 *   keeps at least one Auth and one Proxy pod running.
 */
export type TeleportValues = Record<string, unknown>;

/** Where the CockroachDB client certificates are mounted in the Auth pods (blueprint). */
export const DB_CERTS_DIR = "/var/lib/db-certs";
export const DB_CERTS_SECRET = "cockroach-certs";
export const COCKROACH_SQL_PORT = 26257;
export { PROXY_PEER_PORT } from "./teleport-proxy-peering";

/** In-cluster address of a region's CockroachDB public service (CockroachDB multi-cluster guide). */
export function cockroachPublicHost(namespace: string): string {
  return `cockroachdb-public.${namespace}.svc.cluster.local`;
}

/**
 * Where a region's Auth pods reach CockroachDB. In a database region: its own
 * `cockroachdb-public` Service. In a Teleport-only region that Service is no answer: cross-cluster
 * DNS would resolve it to a ClusterIP of the other cluster, which is virtual and routes nowhere
 * outside it. Pod addresses are routable (the pod networks are flat and non-overlapping, as the
 * blueprint requires), so the URI lists the database region's join pods
 * (`<pod>.<release>.<namespace>.svc.cluster.local`, covered by the node certificate's
 * `*.<release>.<namespace>.svc.cluster.local`) in pgx's multi-host form, tried in order
 * (jackc/pgx v5 `pgconn.ParseConfig`: "postgres://host1:port,host2:port/db"; Teleport's
 * CockroachDB backend, gravitational/teleport lib/backend/pgbk (pgbk.go, cockroach.go), builds its pool from `conn_string` with pgx v5).
 */
export function cockroachHosts(plan: Plan, region: PlanRegion, database: PlanRegion | undefined): string | string[] {
  if (database === undefined || database.id === region.id) return cockroachPublicHost((database ?? region).kubernetes.cockroachNamespace);
  return regionJoinPods(plan, database).map((pod) => `${pod}.svc.cluster.local`);
}

/** A libpq URI for the `teleport` SQL user (client certificate auth, so no password). */
export function cockroachUri(host: string | readonly string[], database: string, query: [string, string][]): string {
  return buildUri({ scheme: "postgres", user: "teleport", host, port: COCKROACH_SQL_PORT, path: `/${database}`, query });
}

export function teleportValues(ctx: BundleContext, region: PlanRegion): TeleportValues {
  const { plan } = ctx;
  const database = nearestDatabaseRegion(ctx, region);
  const hosts = cockroachHosts(plan, region, database);
  const authReplicas = podsFor(ctx, region, "teleport-auth");
  const proxyReplicas = podsFor(ctx, region, "teleport-proxy");
  const peering = plan.teleport.proxyPeering;
  const tls = plan.teleport.tls;
  const identity = authIdentity(ctx, region);
  const pools = authPoolSizes(ctx, region);
  const proxyAnnotations = proxyServiceAnnotations(region);

  return {
    chartMode: "standalone",
    clusterName: plan.teleport.clusterName,
    kubeClusterName: region.kubernetes.clusterName,
    persistence: { enabled: false },
    enterprise: plan.teleport.edition === "enterprise",
    auth: {
      teleportConfig: {
        teleport: {
          storage: {
            type: "cockroachdb",
            conn_string: cockroachUri(hosts, "teleport_backend", [
              ["sslmode", "verify-full"],
              ["pool_max_conns", String(pools.backend)],
            ]),
            audit_events_uri: [
              cockroachUri(hosts, "teleport_audit", [
                ["sslmode", "verify-full"],
                ["pool_max_conns", String(pools.audit)],
              ]),
            ],
            audit_sessions_uri: sessionsUri(ctx, region),
            ttl_job_cron: "*/20 * * * *",
          },
          ...connectionLimits(),
        },
        ...(peering.enabled
          ? { auth_service: { tunnel_strategy: { type: "proxy_peering", agent_connection_count: peering.agentConnectionCount } } }
          : {}),
      },
      ...(identity.annotations ? { annotations: { serviceAccount: identity.annotations } } : {}),
      ...(identity.azure ? { azure: identity.azure } : {}),
      ...(identity.podLabels ? { extraLabels: { pod: identity.podLabels } } : {}),
      extraVolumes: [{ name: "db-certs", secret: { secretName: DB_CERTS_SECRET } }, ...identity.volumes],
      extraVolumeMounts: [{ name: "db-certs", mountPath: DB_CERTS_DIR, readOnly: true }, ...identity.mounts],
      extraEnv: [
        { name: "PGSSLROOTCERT", value: `${DB_CERTS_DIR}/ca.crt` },
        { name: "PGSSLCERT", value: `${DB_CERTS_DIR}/client.teleport.crt` },
        { name: "PGSSLKEY", value: `${DB_CERTS_DIR}/client.teleport.key` },
        ...identity.env,
      ],
      ...(authReplicas !== proxyReplicas ? { highAvailability: { replicaCount: authReplicas } } : {}),
      resources: resourcesValue(resourcesFor(ctx, region.id, "teleport-auth")),
    },
    proxy: {
      ...(Object.keys(proxyAnnotations).length > 0 ? { annotations: { service: proxyAnnotations } } : {}),
      teleportConfig: {
        teleport: connectionLimits(),
        ...(peering.enabled ? { proxy_service: proxyPeeringConfig() } : {}),
      },
      resources: resourcesValue(resourcesFor(ctx, region.id, "teleport-proxy")),
    },
    ...(tls.mode === "existing-secret" ? { tls: { existingSecretName: tls.secretName } } : {}),
    highAvailability: {
      replicaCount: proxyReplicas,
      ...(Math.min(authReplicas, proxyReplicas) >= 2 ? { podDisruptionBudget: { enabled: true, minAvailable: 1 } } : {}),
      ...(tls.mode === "cert-manager"
        ? { certManager: { enabled: true, issuerName: tls.issuerName, issuerKind: tls.issuerKind } }
        : {}),
    },
    ...teleportMonitoringValues(plan),
  };
}

/** A ResourceBlock as Kubernetes writes it: requests first, then only the limits the block has. */
export function resourcesValue(block: ResourceBlock): Record<string, unknown> {
  const { cpu, memory } = block.limits;
  const limits = { ...(cpu !== undefined ? { cpu } : {}), ...(memory !== undefined ? { memory } : {}) };
  return {
    requests: { cpu: block.requests.cpu, memory: block.requests.memory },
    ...(Object.keys(limits).length > 0 ? { limits } : {}),
  };
}
