import type { Plan } from "@/lib/schemas/plan";
import { cidrsOverlap, parseCidr, type Cidr } from "@/lib/core/net/cidr";

/**
 * Address plan for new regions, following the blueprint template: pods in 10.N.0.0/16 and
 * services in 172.N.0.0/16, N from 16 up. Pod and service ranges must not overlap anywhere in
 * the plan, because the blueprint routes pod IPs between regions (proxy peering and
 * CockroachDB talk pod to pod). Service ranges stay inside 172.16.0.0/12 (RFC 1918, 16 slots);
 * when those are used up they continue in 10.N.0.0/16 after the pods.
 */
const POD_CANDIDATES = range(16, 255).map((n) => `10.${n}.0.0/16`);
const SERVICE_CANDIDATES = [...range(16, 31).map((n) => `172.${n}.0.0/16`), ...POD_CANDIDATES.slice().reverse()];

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Every pod and service range of the plan that parses (malformed ones cannot collide). */
function usedRanges(plan: Plan): Cidr[] {
  return plan.regions
    .flatMap((r) => [r.kubernetes.podCidr, r.kubernetes.serviceCidr])
    .map(parseCidr)
    .filter((c): c is Cidr => c !== null);
}

function firstFree(candidates: string[], used: Cidr[]): string {
  for (const text of candidates) {
    const cidr = parseCidr(text);
    if (cidr && !used.some((u) => cidrsOverlap(u, cidr))) return text;
  }
  // 240 /16s cannot all be taken by at most 12 regions; keep a valid value all the same.
  return candidates[0] ?? "10.16.0.0/16";
}

/** The next free pod and service CIDRs for a region added to `plan`. */
export function nextFreeCidrs(plan: Plan): { podCidr: string; serviceCidr: string } {
  const used = usedRanges(plan);
  const podCidr = firstFree(POD_CANDIDATES, used);
  const pod = parseCidr(podCidr);
  const serviceCidr = firstFree(SERVICE_CANDIDATES, pod ? [...used, pod] : used);
  return { podCidr, serviceCidr };
}
