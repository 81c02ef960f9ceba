import { getRegion } from "@/lib/core/catalog";
import { COCKROACH_RELEASE_PREFIX, cockroachReleases } from "@/lib/core/manifests/cockroach-zones";
import type { Plan, PlanRegion } from "@/lib/schemas/plan";

/**
 * Names the runbook's commands share with the bundle: Helm releases and charts, the pods they
 * create, and the order regions are worked through.
 */

/** The teleport-cluster chart names its Deployments `<release>-auth` / `<release>-proxy` and the proxy Service `<release>`. */
export const TELEPORT_RELEASE = "teleport-cluster";
export const TELEPORT_CHART = "teleport/teleport-cluster";
export const TELEPORT_REPO = { name: "teleport", url: "https://charts.releases.teleport.dev" } as const;
/**
 * The prefix of every CockroachDB release (`cockroachdb-<zone>`, lib/core/manifests/cockroach-zones.ts)
 * and of the region-wide Service `cockroachdb-public` the blueprint's connection string expects.
 */
export const COCKROACH_RELEASE = COCKROACH_RELEASE_PREFIX;
export const COCKROACH_CHART = "cockroachdb/cockroachdb";
/**
 * The cockroachdb chart the bundle's values are written and checked for (cockroachdb/helm-charts,
 * cockroachdb/Chart.yaml: version 21.0.1, appVersion 26.2.1; tests/bundle/fixtures/cockroachdb-chart-keys.json).
 * The values set image.tag to the plan's CockroachDB version.
 */
export const COCKROACH_CHART_VERSION = "21.0.1";
export const COCKROACH_REPO = { name: "cockroachdb", url: "https://charts.cockroachdb.com/" } as const;
export const CILIUM_REPO = { name: "cilium", url: "https://helm.cilium.io/" } as const;
/** Where the CockroachDB chart mounts node and client certificates inside its pods. */
export const COCKROACH_CERTS_DIR = "/cockroach/cockroach-certs";
/**
 * What SQL and admin commands port-forward to: the region-wide Service, which kubectl resolves
 * to one of its pods, ready or not (Kubernetes docs, "Use Port Forwarding to Access
 * Applications in a Cluster": `kubectl port-forward service/<name>` selects a matching pod).
 */
export const COCKROACH_PUBLIC = `${COCKROACH_RELEASE}-public`;
/** Blueprint: the Auth pods mount the Teleport client certificate from this Secret. */
export const TELEPORT_DB_CERTS_SECRET = "cockroach-certs";
export const TELEPORT_LICENSE_SECRET = "license";
/** The blueprint's two databases and SQL user. */
export const BACKEND_DB = "teleport_backend";
export const AUDIT_DB = "teleport_audit";
/** Small image with nc, for the network checks; pinned so the checks behave the same everywhere. */
export const PROBE_IMAGE = "busybox:1.36";
/** Small image that can listen on any port before Teleport or CockroachDB run there. */
export const LISTENER_IMAGE = "python:3.12-alpine";

export const PROXY_PEERING_PORT = 3021;
export const COCKROACH_PORT = 26257;

/** The provider's region code ("aws:us-east-1" → "us-east-1"). */
export const regionCode = (id: string): string => getRegion(id)?.code ?? id.slice(id.indexOf(":") + 1);

/** "aws:us-east-1 (US East (N. Virginia))" when the catalog knows the region. */
export function regionLabel(id: string): string {
  const name = getRegion(id)?.name;
  return name ? `${id} (${name})` : id;
}

export const providerOf = (id: string): "aws" | "gcp" | "azure" => (id.startsWith("gcp:") ? "gcp" : id.startsWith("azure:") ? "azure" : "aws");

/** The kubeconfig context of a region: named after its Kubernetes cluster (set up in the prerequisites). */
export const kubeContext = (region: PlanRegion): string => region.kubernetes.clusterName;

/**
 * Teleport regions in deployment order: the CockroachDB primary region first (its Auth Service
 * is the first to write the cluster's state), then the secondary, then the rest in plan order.
 */
export function teleportRegionsInOrder(plan: Plan): PlanRegion[] {
  const rank = (r: PlanRegion) => (r.id === plan.cockroachdb.primaryRegion ? 0 : r.id === plan.cockroachdb.secondaryRegion ? 1 : 2);
  return plan.regions.filter((r) => r.runsTeleport).sort((a, b) => rank(a) - rank(b));
}

export const cockroachRegions = (plan: Plan): PlanRegion[] => plan.regions.filter((r) => r.runsCockroach);

/** "a, b and c" */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The region name CockroachDB's `--locality=region=…` uses and the SQL files refer to: the provider's code. */
export const cockroachRegionName = (id: string): string => regionCode(id);

/** Nodes a region runs: nodes per zone times its zones. */
export const cockroachNodes = (plan: Plan, region: PlanRegion): number => plan.cockroachdb.nodesPerZone * region.zones.length;

/**
 * The CockroachDB region a Teleport region's Auth Service talks to: its own when it runs
 * CockroachDB, else the database region with the lowest round trip in the analysis (the same
 * choice as the bundle's values files; blueprint: "regional CockroachDB URL").
 */
export function databaseRegionFor(plan: Plan, latency: readonly { from: string; to: string; rttMs: number }[], region: PlanRegion): PlanRegion | undefined {
  if (region.runsCockroach) return region;
  let best: { region: PlanRegion; rtt: number } | undefined;
  for (const candidate of cockroachRegions(plan)) {
    const rtt = latency.find((p) => p.from === region.id && p.to === candidate.id)?.rttMs ?? Number.POSITIVE_INFINITY;
    if (!best || rtt < best.rtt) best = { region: candidate, rtt };
  }
  return best?.region;
}

/**
 * `--locality` of a region's nodes, one per zone release, as the bundle's values set them:
 * `region=<code>,zone=<zone>`, or `zone=<code>,az=<zone>` with CockroachDB core (blueprint,
 * "CockroachDB core" tab; lib/core/manifests/cockroach-zones.ts).
 */
export const cockroachLocalities = (plan: Plan, region: PlanRegion): string[] => cockroachReleases(plan, region).map((r) => r.locality);
