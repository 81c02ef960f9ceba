import type { Analysis, Component, PodGroup, RegionId, ResourceBlock } from "@/lib/core/analysis/types";
import { REGIONS, getRegion } from "@/lib/core/catalog";
import type { CatalogRegion } from "@/lib/core/catalog";
import type { Plan, PlanRegion } from "@/lib/schemas/plan";

export type BundleOptions = { targetVersion?: string };

/**
 * What every file builder needs, derived once from the plan and its analysis: the regions by
 * role, the Teleport version the files are written for, and lookups into the sizing so the
 * bundle carries exactly the pod counts and resources the dashboard shows.
 */
export type BundleContext = {
  plan: Plan;
  analysis: Analysis;
  /** `options.targetVersion` when a runbook upgrades to it, else the plan's Teleport version. */
  teleportVersion: string;
  teleportRegions: PlanRegion[];
  databaseRegions: PlanRegion[];
};

export function bundleContext(plan: Plan, analysis: Analysis, options: BundleOptions = {}): BundleContext {
  return {
    plan,
    analysis,
    teleportVersion: options.targetVersion ?? plan.teleport.version,
    teleportRegions: plan.regions.filter((r) => r.runsTeleport),
    databaseRegions: plan.regions.filter((r) => r.runsCockroach),
  };
}

/** The provider's region code ("us-east-1"); falls back to the id's suffix for ids the catalog lacks. */
export function regionCode(id: string): string {
  return getRegion(id)?.code ?? id.slice(id.indexOf(":") + 1);
}

export function providerOf(id: string): CatalogRegion["provider"] | undefined {
  return getRegion(id)?.provider ?? (["aws", "gcp", "azure"] as const).find((p) => id.startsWith(`${p}:`));
}

export function podGroup(ctx: BundleContext, region: RegionId | string, component: Component): PodGroup | undefined {
  return ctx.analysis.sizing.regions.find((r) => r.region === region)?.groups.find((g) => g.component === component);
}

/**
 * The blueprint's pod resources (requests 2 CPU / 8Gi, memory limit 8Gi, no CPU limit), used
 * only if the sizing has no group for a component it should have sized (Multi-region
 * Blueprint, "Kubernetes CPU limits").
 */
const BLUEPRINT_RESOURCES: ResourceBlock = { requests: { cpu: "2", memory: "8Gi" }, limits: { memory: "8Gi" } };

/** The resources block a component's pods carry, exactly as the sizing (or the plan's override) set it. */
export function resourcesFor(ctx: BundleContext, region: RegionId | string, component: Component): ResourceBlock {
  return podGroup(ctx, region, component)?.resources ?? BLUEPRINT_RESOURCES;
}

/** Pod count for a component: the sizing's, falling back to the plan's own number. */
export function podsFor(ctx: BundleContext, region: PlanRegion, component: Component): number {
  const group = podGroup(ctx, region.id, component);
  if (group) return group.pods;
  if (component === "teleport-auth") return region.authReplicas;
  if (component === "teleport-proxy") return region.proxyReplicas;
  return ctx.plan.cockroachdb.nodesPerZone * region.zones.length;
}

/**
 * The CockroachDB region a Teleport region's Auth Service talks to: its own when it runs
 * CockroachDB, otherwise the one with the lowest round trip in the analysis' latency matrix
 * (ties and missing pairs fall back to plan order). The blueprint points each region at its
 * "regional CockroachDB URL" (Multi-region Blueprint, "Teleport backend configuration").
 */
export function nearestDatabaseRegion(ctx: BundleContext, region: PlanRegion): PlanRegion | undefined {
  if (region.runsCockroach) return region;
  let best: { region: PlanRegion; rtt: number } | undefined;
  for (const candidate of ctx.databaseRegions) {
    const rtt = ctx.analysis.latency.find((p) => p.from === region.id && p.to === candidate.id)?.rttMs ?? Number.POSITIVE_INFINITY;
    if (!best || rtt < best.rtt) best = { region: candidate, rtt };
  }
  return best?.region;
}

/**
 * The AWS region that serves a plan region for S3 and Route 53: itself on AWS, else the
 * geographically nearest AWS region of the catalog (great-circle distance).
 */
export function nearestAwsRegionCode(id: string): string {
  const here = getRegion(id);
  if (!here) return regionCode(id);
  if (here.provider === "aws") return here.code;
  let best: { code: string; km: number } | undefined;
  for (const candidate of REGIONS) {
    if (candidate.provider !== "aws") continue;
    const km = haversineKm(here, candidate);
    if (!best || km < best.km) best = { code: candidate.code, km };
  }
  return best?.code ?? here.code;
}

const EARTH_RADIUS_KM = 6371;
function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

/** A Terraform identifier derived from a region id ("aws:us-east-1" → "aws_us_east_1"). */
export const tfName = (id: string): string => id.replace(/[^A-Za-z0-9]/g, "_");
