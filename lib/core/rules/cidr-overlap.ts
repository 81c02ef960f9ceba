import type { RegionId, Rule, Severity } from "../analysis/types";
import { type Cidr, cidrsOverlap, parseCidr } from "../net/cidr";
import { BLUEPRINT } from "../sources";
import { finding } from "./finding";
import { type IndexedRegion, indexedRegions } from "./plan-regions";

const ID = "cidr-overlap";
const SOURCE = BLUEPRINT("Teleport Dependencies");

type Range = { kind: "pod" | "service"; region: RegionId; index: number; cidr: Cidr };

const FIELD = { pod: "podCidr", service: "serviceCidr" } as const;

/**
 * Severity of one overlapping pair.
 * - Pod ranges across regions: critical. The blueprint: "Pod CIDRs must not overlap"; proxies dial
 *   each other and CockroachDB nodes dial each other by pod IP across clusters.
 * - Pod and service ranges (same region or not): critical. Inside a cluster Kubernetes cannot tell
 *   a pod address from a service address; across clusters, kube-proxy in one region would
 *   capture traffic meant for the other region's pods.
 * - Service ranges across regions: warning. Service addresses stay inside their cluster in the
 *   blueprint's design (peers dial pod IPs), but overlapping ranges break any later cross-cluster
 *   service routing (Cilium global services, multi-cluster DNS) and make traces ambiguous.
 */
function severityOf(a: Range, b: Range): Severity {
  return a.kind === "service" && b.kind === "service" ? "warning" : "critical";
}

/** Ranges sorted by region id, then pod before service, so ids do not depend on region order. */
function rangesOf(regions: readonly IndexedRegion[]): Range[] {
  const ranges: Range[] = [];
  const sorted = [...regions].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const { region, index, id } of sorted) {
    for (const kind of ["pod", "service"] as const) {
      const cidr = parseCidr(region.kubernetes[FIELD[kind]]);
      if (cidr) ranges.push({ kind, region: id, index, cidr });
    }
  }
  return ranges;
}

const describe = (r: Range): string => `${r.kind} range ${r.cidr.text} of ${r.region}`;

/** Every pair of pod and service ranges in the plan must be disjoint (blueprint, Teleport Dependencies). */
export const cidrOverlapRule: Rule = {
  id: ID,
  title: "Overlapping pod or service CIDRs",
  source: SOURCE,
  check: ({ plan }) => {
    const ranges = rangesOf(indexedRegions(plan));
    const findings = [];
    for (let i = 0; i < ranges.length; i++) {
      for (let j = i + 1; j < ranges.length; j++) {
        const a = ranges[i]!;
        const b = ranges[j]!;
        if (!cidrsOverlap(a.cidr, b.cidr)) continue;
        const isSameRegion = a.region === b.region;
        const kinds = a.kind === b.kind ? a.kind : `${a.kind}-${b.kind}`;
        const severity = severityOf(a, b);
        findings.push(
          finding(ID, {
            subject: isSameRegion ? `${kinds}:${a.region}` : `${kinds}:${a.region}:${b.region}`,
            severity,
            title: isSameRegion
              ? `Pod and service CIDRs overlap in ${a.region}`
              : `${a.kind === b.kind ? `${a.kind === "pod" ? "Pod" : "Service"} CIDRs` : "Pod and service CIDRs"} of ${a.region} and ${b.region} overlap`,
            explanation:
              `The ${describe(a)} overlaps the ${describe(b)}. ` +
              (a.kind === "pod" && b.kind === "pod"
                ? "Teleport proxies dial each other on port 3021, and CockroachDB nodes dial each other, by pod IP across regions; with overlapping pod ranges those addresses are ambiguous and traffic goes to the wrong cluster. The blueprint: Pod CIDRs must not overlap."
                : severity === "critical"
                  ? "An address in both ranges is either a pod or a service: Kubernetes intercepts service addresses on every node, so pods with such addresses cannot be reached, and cross-region traffic to them is captured locally."
                  : "Service addresses stay inside their cluster in the blueprint's design, but overlapping ranges break any later cross-cluster service routing (for example Cilium global services) and make network traces ambiguous."),
            fix: "Give every region its own pod and service ranges that overlap no other range in the plan, for example 10.<n>.0.0/16 for pods and 172.<n>.0.0/16 for services.",
            fields: [`regions.${a.index}.kubernetes.${FIELD[a.kind]}`, `regions.${b.index}.kubernetes.${FIELD[b.kind]}`],
            regions: isSameRegion ? [a.region] : [a.region, b.region],
            source: SOURCE,
          }),
        );
      }
    }
    return findings;
  },
};
