import { isDns1123Label } from "@/lib/core/dns";
import type { Plan, PlanRegion } from "@/lib/schemas/plan";

/**
 * The CockroachDB regions whose names a region must resolve through another cluster's DNS: a
 * database region resolves every other database region's pods (the join list), a
 * Teleport-only region resolves the database regions' pods, which its Auth pods connect to
 * (./teleport-values.ts `cockroachHosts`: pods, not a ClusterIP that routes only inside its cluster). Each
 * target is reached by forwarding the zone `<namespace>.svc.cluster.local` to that cluster's
 * DNS (CockroachDB docs: Orchestrate CockroachDB across multiple Kubernetes clusters, "Set up
 * load balancing" and "Configure CoreDNS"). A namespace that is not a DNS label cannot exist in
 * Kubernetes, so it has no zone to forward and is left out.
 */
export function dnsForwardTargets(plan: Plan, region: PlanRegion): PlanRegion[] {
  const own = region.runsCockroach ? region.kubernetes.cockroachNamespace : null;
  return plan.regions.filter(
    (r) => r.runsCockroach && r.id !== region.id && isDns1123Label(r.kubernetes.cockroachNamespace) && r.kubernetes.cockroachNamespace !== own,
  );
}

/** Regions whose DNS is forwarded to from elsewhere: each exposes its cluster DNS on an internal load balancer. */
export function dnsEndpointRegions(plan: Plan): PlanRegion[] {
  const targets = new Set(plan.regions.flatMap((r) => dnsForwardTargets(plan, r).map((t) => t.id)));
  return plan.regions.filter((r) => targets.has(r.id));
}

/** Regions that forward at least one other cluster's CockroachDB namespace. */
export const dnsForwardingRegions = (plan: Plan): PlanRegion[] => plan.regions.filter((r) => dnsForwardTargets(plan, r).length > 0);
