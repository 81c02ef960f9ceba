import { z } from "zod";
import { getRegion } from "@/lib/core/catalog";
import { parseCidr } from "@/lib/core/net/cidr";
import { CILIUM_CLUSTER_ID_MAX, CILIUM_CLUSTER_ID_MIN, ciliumClusterIdAt } from "@/lib/core/net/cilium-cluster-id";
import { wellFormedString } from "@/lib/schemas/text";

/**
 * The plan: one multi-region Teleport deployment backed by CockroachDB, as a versioned JSON
 * document. This schema is the single source of the plan's types (z.infer), shared by the
 * editor's forms, the route handlers and the core.
 *
 * Structural mistakes (unknown regions, a primary region that is not in the plan, malformed
 * CIDRs) are refused here with a field path. Risky but well-formed choices (two database
 * regions, overlapping CIDRs, CPU limits, names that are not DNS-1123) pass, and the risk
 * rules in lib/core/rules report them as findings, so an architect can save a draft.
 */

/** Free text a person types: bounded, no control characters except tab. */
const text = (max: number) =>
  wellFormedString()
    .max(max, { error: `Must be at most ${max} characters.` })
    .refine((s) => !/[\u0000-\u0008\u000a-\u001f\u007f]/.test(s), { error: "Must not contain control characters or line breaks." });

/** A name the user chooses for a Kubernetes object or DNS label; DNS-1123 validity is a risk rule. */
const name = text(253).pipe(z.string().min(1, { error: "Required." }));

const semver = z.string().regex(/^\d{1,3}\.\d{1,3}\.\d{1,3}$/, { error: "Use a version like 17.4.8 (major.minor.patch)." });

const cidr = z.string().refine((s) => parseCidr(s) !== null, {
  error: "Use an IPv4 CIDR such as 10.16.0.0/14 (network address, then /0 to /32).",
});

/** Kubernetes CPU quantity: "2", "1.5", "500m". */
export const cpuQuantity = z
  .string()
  .regex(/^(\d{1,4}(\.\d{1,3})?|\d{1,7}m)$/, { error: 'Use a CPU quantity such as "2", "1.5" or "500m".' });
/** Kubernetes memory quantity: "8Gi", "512Mi", "1G". */
export const memoryQuantity = z
  .string()
  .regex(/^\d{1,7}(\.\d{1,3})?(Ki|Mi|Gi|Ti|K|M|G|T)?$/, { error: 'Use a memory quantity such as "8Gi" or "512Mi".' });

export const ResourcesSchema = z.strictObject({
  requests: z.strictObject({ cpu: cpuQuantity, memory: memoryQuantity }),
  limits: z.strictObject({ cpu: cpuQuantity.optional(), memory: memoryQuantity.optional() }).optional(),
});

export const RegionIdSchema = z
  .string()
  .regex(/^(aws|gcp|azure):[a-z0-9-]{2,40}$/, { error: "Use a region id such as aws:us-east-1, gcp:europe-west1 or azure:westeurope." })
  .refine((id) => getRegion(id) !== undefined, { error: "Unknown region: it is not in the catalog of AWS, Google Cloud and Azure regions." });

const count = (min: number, max: number) =>
  z.int({ error: "Must be a whole number." }).min(min, { error: `Must be at least ${min}.` }).max(max, { error: `Must be at most ${max}.` });

export const WorkloadSchema = z.strictObject({
  sshNodes: count(0, 1_000_000),
  kubernetesClusters: count(0, 100_000),
  databases: count(0, 100_000),
  applications: count(0, 100_000),
  desktops: count(0, 100_000),
  concurrentSessions: count(0, 1_000_000),
  loginsPerSecond: count(0, 100_000),
});

export const TlsSchema = z.discriminatedUnion("mode", [
  z.strictObject({ mode: z.literal("cert-manager"), issuerName: name, issuerKind: z.enum(["Issuer", "ClusterIssuer"]) }),
  z.strictObject({ mode: z.literal("existing-secret"), secretName: name }),
]);

export const TeleportSchema = z.strictObject({
  clusterName: name,
  version: semver,
  edition: z.enum(["enterprise", "community"]),
  workload: WorkloadSchema,
  proxyPeering: z.strictObject({ enabled: z.boolean(), agentConnectionCount: count(1, 10) }),
  tls: TlsSchema,
  trustedClusters: z.boolean(),
  /** Scheme of the proxy's load balancer; optional for plans saved before it existed (the core reads a missing value as internet-facing). */
  proxyLoadBalancer: z.enum(["internet-facing", "internal"]).optional(),
});

export const CockroachSchema = z.strictObject({
  version: semver,
  licence: z.enum(["enterprise", "enterprise-free", "trial", "core"]),
  survivalGoal: z.enum(["zone", "region"]),
  primaryRegion: RegionIdSchema,
  secondaryRegion: RegionIdSchema.nullable(),
  nodesPerZone: count(1, 16),
  storagePerNodeGiB: count(10, 10_240),
});

export const StorageClassSchema = z.strictObject({
  name,
  type: z.enum(["ssd", "hdd", "unknown"]),
});

export const RegionSchema = z.strictObject({
  id: RegionIdSchema,
  zones: z.array(text(64).pipe(z.string().min(1))).min(1, { error: "Pick at least one zone." }).max(6),
  runsTeleport: z.boolean(),
  runsCockroach: z.boolean(),
  kubernetes: z.strictObject({
    clusterName: name,
    teleportNamespace: name,
    cockroachNamespace: name,
    podCidr: cidr,
    serviceCidr: cidr,
    podNetworking: z.enum(["native", "overlay"]),
    staticCpuManager: z.boolean(),
    /** Cilium Cluster Mesh id; absent in plans saved before it existed (then the 1-based position). */
    ciliumClusterId: z
      .int({ error: "Use a whole number." })
      .min(CILIUM_CLUSTER_ID_MIN, { error: `Cilium cluster ids run from ${CILIUM_CLUSTER_ID_MIN} to ${CILIUM_CLUSTER_ID_MAX}.` })
      .max(CILIUM_CLUSTER_ID_MAX, { error: `Cilium cluster ids run from ${CILIUM_CLUSTER_ID_MIN} to ${CILIUM_CLUSTER_ID_MAX}.` })
      .optional(),
  }),
  proxyReplicas: count(1, 50),
  authReplicas: count(1, 20),
  storageClass: StorageClassSchema,
  /**
   * What the Proxy's LoadBalancer Service answers with: a DNS name (AWS NLB) or an IP address
   * (GKE, AKS). Optional; lib/core/manifests/proxy-address.ts derives it from the cloud.
   */
  loadBalancerAddress: z.enum(["hostname", "ip"]).optional(),
  resources: z
    .strictObject({ teleportAuth: ResourcesSchema.optional(), teleportProxy: ResourcesSchema.optional(), cockroach: ResourcesSchema.optional() })
    .optional(),
});

export const ObjectStorageSchema = z.strictObject({
  kind: z.enum(["s3", "gcs", "azure-blob", "minio"]),
  bucketPrefix: name,
  multiRegionAccessPoint: z.boolean(),
  versioning: z.boolean(),
  deleteMarkerReplication: z.boolean(),
  autoCleanup: z.boolean(),
  /** IAM role that Teleport's auth uses to upload (used for `complete_initiators`); not a secret. */
  uploaderRole: text(256),
  /**
   * AWS account (12 digits, not a secret) that holds the IAM role the Auth pods assume; with it
   * the Helm values carry the role's full ARN. Optional: without it they carry a placeholder.
   */
  awsAccountId: z.string().regex(/^\d{12}$/, { error: "Use the 12-digit AWS account id." }).optional(),
});

export const GeoDnsSchema = z.strictObject({
  provider: z.enum(["route53", "cloudflare", "azure-traffic-manager", "gcp-cloud-dns", "ns1", "other"]),
  ttlSeconds: count(1, 86_400),
  healthCheck: z.strictObject({ enabled: z.boolean(), path: text(256) }),
});

export const ConnectivitySchema = z.strictObject({
  kind: z.enum(["vpc-peering", "global-vpc", "cilium-cluster-mesh", "service-mesh"]),
  proxyPeeringPortOpen: z.boolean(),
  cockroachPortOpen: z.boolean(),
});

/**
 * Plan-wide monitoring. Optional (plans saved before it keep loading); the core reads an absent
 * field as false (lib/core/manifests/monitoring.ts).
 */
export const MonitoringSchema = z.strictObject({
  /** The clusters run the Prometheus Operator: the bundle turns on the charts' PodMonitor / ServiceMonitor. */
  prometheusOperator: z.boolean(),
});

export const WaiverSchema = z.strictObject({
  findingId: text(200).pipe(z.string().min(1)),
  reason: text(1000).pipe(z.string().trim().min(3, { error: "Say why this finding is accepted (at least 3 characters)." })),
  waivedAt: z.iso.datetime({ error: "Use an ISO 8601 date-time." }),
});

export const PlanSchema = z
  .strictObject({
    // Where editors find this schema (exported plan files name /api/plan.schema.json); ignored by the core.
    $schema: z.string().max(2048, { error: "Must be at most 2048 characters." }).optional(),
    schemaVersion: z.literal(1, { error: "Only plan schemaVersion 1 is supported." }),
    teleport: TeleportSchema,
    cockroachdb: CockroachSchema,
    regions: z.array(RegionSchema).min(2, { error: "A multi-region plan needs at least 2 regions." }).max(12, { error: "At most 12 regions." }),
    objectStorage: ObjectStorageSchema,
    geoDns: GeoDnsSchema,
    connectivity: ConnectivitySchema,
    monitoring: MonitoringSchema.optional(),
    waivers: z.array(WaiverSchema).max(200),
  })
  .superRefine((plan, ctx) => {
    const ids = new Set<string>();
    const clusterIds = new Map<number, string>();
    plan.regions.forEach((region, index) => {
      if (ids.has(region.id)) ctx.addIssue({ code: "custom", path: ["regions", index, "id"], message: `Region ${region.id} appears twice.` });
      ids.add(region.id);
      const known = getRegion(region.id)?.zones;
      region.zones.forEach((zone, z) => {
        if (known && known.length > 0 && !known.includes(zone))
          ctx.addIssue({ code: "custom", path: ["regions", index, "zones", z], message: `Zone ${zone} is not a zone of ${region.id} (known: ${known.join(", ")}).` });
      });
      if (new Set(region.zones).size !== region.zones.length)
        ctx.addIssue({ code: "custom", path: ["regions", index, "zones"], message: "A zone is listed twice." });
      // Unique among the ids Cilium will get, stored or derived: two meshed clusters with one id
      // clash (Cilium docs: Setting up Cluster Mesh, "Specify the Cluster Name and ID").
      const clusterId = ciliumClusterIdAt(plan.regions, index);
      const holder = clusterIds.get(clusterId);
      if (holder !== undefined)
        ctx.addIssue({
          code: "custom",
          path: ["regions", index, "kubernetes", "ciliumClusterId"],
          message: `Cilium cluster id ${clusterId} is already ${holder}'s: each cluster in a mesh needs its own id (a region without one takes its position, 1 for the first).`,
        });
      else clusterIds.set(clusterId, region.id);
    });
    const cockroachRegions = plan.regions.filter((r) => r.runsCockroach).map((r) => r.id);
    const { primaryRegion, secondaryRegion } = plan.cockroachdb;
    if (!cockroachRegions.includes(primaryRegion))
      ctx.addIssue({ code: "custom", path: ["cockroachdb", "primaryRegion"], message: "The primary region must be one of the plan's CockroachDB regions." });
    if (secondaryRegion !== null) {
      if (secondaryRegion === primaryRegion)
        ctx.addIssue({ code: "custom", path: ["cockroachdb", "secondaryRegion"], message: "The secondary region must differ from the primary region." });
      else if (!cockroachRegions.includes(secondaryRegion))
        ctx.addIssue({ code: "custom", path: ["cockroachdb", "secondaryRegion"], message: "The secondary region must be one of the plan's CockroachDB regions." });
    }
    if (!plan.regions.some((r) => r.runsTeleport))
      ctx.addIssue({ code: "custom", path: ["regions"], message: "At least one region must run Teleport." });
  });

export type Plan = z.infer<typeof PlanSchema>;
export type PlanRegion = Plan["regions"][number];
export type Resources = z.infer<typeof ResourcesSchema>;
export type Workload = z.infer<typeof WorkloadSchema>;
export type Waiver = z.infer<typeof WaiverSchema>;
