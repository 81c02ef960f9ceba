/**
 * Human labels for every field of the plan schema (lib/schemas/plan.ts), keyed by a path
 * pattern in which a keyed array entry is written `[]`: "regions[].kubernetes.podCidr".
 * `{0}` in a label is the entry's key (a region id or a waiver's finding id), `{1}` a zone.
 *
 * The table is in schema order, and that order is also the order in which diffPlans lists
 * changes, so a history page reads top to bottom like the plan editor. Labels follow the
 * editor's field labels, made self-standing ("Licence" becomes "CockroachDB licence").
 */
const resourceLabels = (key: string, name: string): [string, string][] => [
  [`regions[].resources.${key}.requests.cpu`, `${name} CPU request of {0}`],
  [`regions[].resources.${key}.requests.memory`, `${name} memory request of {0}`],
  [`regions[].resources.${key}.limits.cpu`, `${name} CPU limit of {0}`],
  [`regions[].resources.${key}.limits.memory`, `${name} memory limit of {0}`],
];

const ENTRIES: readonly [string, string][] = [
  ["$schema", "Plan JSON Schema address"],
  ["schemaVersion", "Plan schema version"],
  ["teleport.clusterName", "Teleport cluster name"],
  ["teleport.version", "Teleport version"],
  ["teleport.edition", "Teleport edition"],
  ["teleport.workload.sshNodes", "SSH nodes"],
  ["teleport.workload.kubernetesClusters", "Kubernetes clusters"],
  ["teleport.workload.databases", "Databases"],
  ["teleport.workload.applications", "Applications"],
  ["teleport.workload.desktops", "Windows desktops"],
  ["teleport.workload.concurrentSessions", "Concurrent sessions"],
  ["teleport.workload.loginsPerSecond", "Logins per second"],
  ["teleport.proxyPeering.enabled", "Proxy peering"],
  ["teleport.proxyPeering.agentConnectionCount", "Proxy peering agent_connection_count"],
  ["teleport.tls.mode", "TLS mode"],
  ["teleport.tls.issuerName", "cert-manager issuer name"],
  ["teleport.tls.issuerKind", "cert-manager issuer kind"],
  ["teleport.tls.secretName", "TLS secret name"],
  ["teleport.trustedClusters", "Uses trusted clusters"],
  ["teleport.proxyLoadBalancer", "Proxy load balancer"],
  ["cockroachdb.version", "CockroachDB version"],
  ["cockroachdb.licence", "CockroachDB licence"],
  ["cockroachdb.survivalGoal", "Survival goal"],
  ["cockroachdb.primaryRegion", "Primary region"],
  ["cockroachdb.secondaryRegion", "Secondary region"],
  ["cockroachdb.nodesPerZone", "CockroachDB nodes per zone"],
  ["cockroachdb.storagePerNodeGiB", "Storage per CockroachDB node (GiB)"],
  ["regions[]", "Region {0}"],
  ["regions[].id", "Region id of {0}"],
  ["regions[].zones[]", "Zone {1} of {0}"],
  ["regions[].runsTeleport", "Runs Teleport in {0}"],
  ["regions[].runsCockroach", "Runs CockroachDB in {0}"],
  ["regions[].kubernetes.clusterName", "Kubernetes cluster name of {0}"],
  ["regions[].kubernetes.teleportNamespace", "Teleport namespace of {0}"],
  ["regions[].kubernetes.cockroachNamespace", "CockroachDB namespace of {0}"],
  ["regions[].kubernetes.podCidr", "Pod CIDR of {0}"],
  ["regions[].kubernetes.serviceCidr", "Service CIDR of {0}"],
  ["regions[].kubernetes.podNetworking", "Pod networking of {0}"],
  ["regions[].kubernetes.staticCpuManager", "Static CPU manager policy of {0}"],
  ["regions[].kubernetes.ciliumClusterId", "Cilium cluster id of {0}"],
  ["regions[].proxyReplicas", "Proxy replicas of {0}"],
  ["regions[].authReplicas", "Auth replicas of {0}"],
  ["regions[].storageClass.name", "StorageClass name of {0}"],
  ["regions[].storageClass.type", "StorageClass disk type of {0}"],
  ["regions[].loadBalancerAddress", "Proxy load balancer address kind of {0}"],
  ...resourceLabels("teleportAuth", "Teleport auth"),
  ...resourceLabels("teleportProxy", "Teleport proxy"),
  ...resourceLabels("cockroach", "CockroachDB"),
  ["objectStorage.kind", "Session recording storage"],
  ["objectStorage.bucketPrefix", "Bucket name prefix"],
  ["objectStorage.multiRegionAccessPoint", "S3 Multi-Region Access Point"],
  ["objectStorage.versioning", "Bucket versioning"],
  ["objectStorage.deleteMarkerReplication", "Delete marker replication"],
  ["objectStorage.autoCleanup", "Automatic clean-up of session recordings"],
  ["objectStorage.uploaderRole", "Uploader IAM role"],
  ["objectStorage.awsAccountId", "AWS account id for the recordings role"],
  ["geoDns.provider", "GeoDNS provider"],
  ["geoDns.ttlSeconds", "GeoDNS record TTL (seconds)"],
  ["geoDns.healthCheck.enabled", "GeoDNS health check"],
  ["geoDns.healthCheck.path", "GeoDNS health check path"],
  ["connectivity.kind", "Pod connectivity between regions"],
  ["connectivity.proxyPeeringPortOpen", "Proxy peering port 3021 open between regions"],
  ["connectivity.cockroachPortOpen", "CockroachDB port 26257 open between regions"],
  ["monitoring.prometheusOperator", "Clusters run the Prometheus Operator"],
  ["waivers[]", "Waiver for {0}"],
  ["waivers[].findingId", "Finding id of the waiver for {0}"],
  ["waivers[].reason", "Reason of the waiver for {0}"],
  ["waivers[].waivedAt", "Date of the waiver for {0}"],
];

/** Label templates by path pattern, in schema order. */
export const PLAN_FIELD_LABELS: ReadonlyMap<string, string> = new Map(ENTRIES);

const PATTERNS = ENTRIES.map(([pattern]) => pattern);
const orderCache = new Map<string, number>();

/**
 * Position of a pattern (or of an object that contains labelled fields, such as "teleport.tls")
 * in schema order; fields the table does not know sort last.
 */
export function fieldOrder(pattern: string): number {
  const cached = orderCache.get(pattern);
  if (cached !== undefined) return cached;
  const index = PATTERNS.findIndex((p) => p === pattern || p.startsWith(`${pattern}.`) || p.startsWith(`${pattern}[`));
  const order = index === -1 ? Number.MAX_SAFE_INTEGER : index;
  orderCache.set(pattern, order);
  return order;
}

/**
 * The label of a field, with its keys filled in. A field the table does not know (a schema
 * addition this table has not caught up with) is labelled with its own path rather than
 * hidden; a test walks a fully populated plan to keep that from happening.
 */
export function planFieldLabel(pattern: string, keys: readonly string[], path: string): string {
  const template = PLAN_FIELD_LABELS.get(pattern);
  if (template === undefined) return path;
  return template.replace(/\{(\d)\}/g, (_, index: string) => keys[Number(index)] ?? "");
}
