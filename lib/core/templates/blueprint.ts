import type { Plan, PlanRegion } from "@/lib/schemas/plan";

/**
 * The built-in template that reproduces Teleport's Multi-region Blueprint: three regions with
 * three zones each, CockroachDB Enterprise surviving a region failure, proxy peering with
 * `agent_connection_count: 2`, two auth and two proxy replicas per region, non-overlapping pod
 * CIDRs, S3 buckets with versioning and delete-marker replication, and GeoDNS with a
 * `/v1/webapi/ping` health check. The blueprint names no regions; three AWS regions close
 * enough to keep the primary and secondary near each other are used.
 */
const region = (code: string, zones: string[], octet: number, ciliumClusterId: number): PlanRegion => ({
  id: `aws:${code}`,
  zones,
  runsTeleport: true,
  runsCockroach: true,
  kubernetes: {
    clusterName: `teleport-${code}`,
    teleportNamespace: "teleport",
    // The CockroachDB multi-cluster guide names each region's namespace after the region, which
    // gives the blueprint's `cockroachdb-public.<region>.svc.cluster.local`.
    cockroachNamespace: code,
    podCidr: `10.${octet}.0.0/16`,
    serviceCidr: `172.${octet}.0.0/16`,
    podNetworking: "native",
    staticCpuManager: false,
    // Kept in the plan so it survives edits; the same as the region's position, as before.
    ciliumClusterId,
  },
  proxyReplicas: 2,
  authReplicas: 2,
  storageClass: { name: "cockroachdb-ssd", type: "ssd" },
});

export const BLUEPRINT_TEMPLATE: Plan = {
  schemaVersion: 1,
  teleport: {
    clusterName: "teleport-multi-region.example.org",
    version: "18.10.0",
    edition: "enterprise",
    workload: {
      sshNodes: 10_000,
      kubernetesClusters: 50,
      databases: 100,
      applications: 100,
      desktops: 0,
      concurrentSessions: 500,
      loginsPerSecond: 20,
    },
    proxyPeering: { enabled: true, agentConnectionCount: 2 },
    tls: { mode: "existing-secret", secretName: "proxy-cert" },
    trustedClusters: false,
  },
  cockroachdb: {
    version: "26.2.1",
    licence: "enterprise",
    survivalGoal: "region",
    primaryRegion: "aws:us-east-1",
    secondaryRegion: "aws:us-east-2",
    nodesPerZone: 1,
    storagePerNodeGiB: 100,
  },
  regions: [
    region("us-east-1", ["us-east-1a", "us-east-1b", "us-east-1c"], 16, 1),
    region("us-east-2", ["us-east-2a", "us-east-2b", "us-east-2c"], 17, 2),
    region("us-west-2", ["us-west-2a", "us-west-2b", "us-west-2c"], 18, 3),
  ],
  objectStorage: {
    kind: "s3",
    bucketPrefix: "teleport-sessions",
    multiRegionAccessPoint: true,
    versioning: true,
    deleteMarkerReplication: true,
    autoCleanup: true,
    uploaderRole: "teleport-auth",
  },
  geoDns: { provider: "route53", ttlSeconds: 60, healthCheck: { enabled: true, path: "/v1/webapi/ping" } },
  connectivity: { kind: "vpc-peering", proxyPeeringPortOpen: true, cockroachPortOpen: true },
  waivers: [],
};

export type Template = { id: string; name: string; description: string; plan: Plan };

export const TEMPLATES: readonly Template[] = [
  {
    id: "blueprint",
    name: "Teleport Multi-region Blueprint",
    description:
      "Three AWS regions with three zones each, CockroachDB Enterprise surviving a region failure, proxy peering with two agent connections, replicated S3 session recordings and health-checked GeoDNS.",
    plan: BLUEPRINT_TEMPLATE,
  },
];

export function getTemplate(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
