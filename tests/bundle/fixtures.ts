import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import type { Plan, PlanRegion } from "@/lib/schemas/plan";

/**
 * Plans that between them reach every branch of the bundle: every object store, DNS provider,
 * licence, TLS mode and pod network, mixed clouds, regions that run only one of the two
 * components, and Auth/proxy replica counts that differ.
 */
const clone = (plan: Plan): Plan => structuredClone(plan);

/** A region with the planner's defaults: its code as the CockroachDB namespace, pod and service CIDRs from `octet`. */
export function region(id: PlanRegion["id"], zones: string[], octet: number, overrides: Partial<PlanRegion> = {}): PlanRegion {
  const code = id.slice(id.indexOf(":") + 1);
  return {
    id,
    zones,
    runsTeleport: true,
    runsCockroach: true,
    kubernetes: {
      clusterName: `teleport-${code}`,
      teleportNamespace: "teleport",
      cockroachNamespace: code,
      podCidr: `10.${octet}.0.0/16`,
      serviceCidr: `172.${octet}.0.0/16`,
      podNetworking: "native",
      staticCpuManager: false,
    },
    proxyReplicas: 2,
    authReplicas: 2,
    storageClass: { name: "cockroachdb-ssd", type: "ssd" },
    ...overrides,
  };
}

/** GCS, Cloudflare, overlay networks, cert-manager, community edition, CockroachDB core, no proxy peering. */
export function gcsCorePlan(): Plan {
  const plan = clone(BLUEPRINT_TEMPLATE);
  plan.teleport.edition = "community";
  plan.teleport.tls = { mode: "cert-manager", issuerName: "letsencrypt", issuerKind: "ClusterIssuer" };
  plan.teleport.proxyPeering = { enabled: false, agentConnectionCount: 1 };
  plan.cockroachdb = { ...plan.cockroachdb, licence: "core", survivalGoal: "zone", secondaryRegion: null };
  plan.regions = plan.regions.map((r) => ({ ...r, kubernetes: { ...r.kubernetes, podNetworking: "overlay" } }));
  plan.objectStorage = { ...plan.objectStorage, kind: "gcs" };
  plan.geoDns = { ...plan.geoDns, provider: "cloudflare", healthCheck: { enabled: false, path: "/v1/webapi/ping" } };
  plan.connectivity = { kind: "cilium-cluster-mesh", proxyPeeringPortOpen: false, cockroachPortOpen: true };
  return plan;
}

/** Three clouds, Azure Blob, Google Cloud DNS; one region without Teleport, one without CockroachDB. */
export function mixedCloudPlan(): Plan {
  const plan = clone(BLUEPRINT_TEMPLATE);
  plan.regions = [
    region("aws:us-east-1", ["us-east-1a", "us-east-1b", "us-east-1c"], 16, { authReplicas: 3, proxyReplicas: 4 }),
    region("gcp:us-east4", ["us-east4-a", "us-east4-b", "us-east4-c"], 17, {
      storageClass: { name: "pd-ssd", type: "ssd" },
      kubernetes: { ...region("gcp:us-east4", [], 17).kubernetes, staticCpuManager: true },
    }),
    region("azure:eastus2", ["1", "2", "3"], 18, { runsTeleport: false, storageClass: { name: "managed-premium", type: "ssd" } }),
    region("gcp:europe-west1", ["europe-west1-b", "europe-west1-c", "europe-west1-d"], 19, { runsCockroach: false }),
  ];
  plan.cockroachdb = { ...plan.cockroachdb, licence: "enterprise-free", primaryRegion: "aws:us-east-1", secondaryRegion: "gcp:us-east4" };
  plan.objectStorage = { ...plan.objectStorage, kind: "azure-blob", bucketPrefix: "tp-sessions" };
  plan.geoDns = { ...plan.geoDns, provider: "gcp-cloud-dns" };
  return plan;
}

/** MinIO, another DNS provider, an old Teleport without complete_initiators, trial licence. */
export function minioPlan(): Plan {
  const plan = clone(BLUEPRINT_TEMPLATE);
  plan.teleport.version = "17.4.5";
  plan.cockroachdb = { ...plan.cockroachdb, licence: "trial" };
  plan.objectStorage = { ...plan.objectStorage, kind: "minio", multiRegionAccessPoint: false, deleteMarkerReplication: false, autoCleanup: false };
  plan.geoDns = { ...plan.geoDns, provider: "other" };
  return plan;
}

export const VARIANTS: readonly { name: string; plan: () => Plan }[] = [
  { name: "blueprint", plan: () => clone(BLUEPRINT_TEMPLATE) },
  { name: "gcs-core", plan: gcsCorePlan },
  { name: "mixed-cloud", plan: mixedCloudPlan },
  { name: "minio", plan: minioPlan },
];
