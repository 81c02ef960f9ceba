import type { Rule } from "../analysis/types";
import { COCKROACH_DOC } from "../sources";
import { finding, listText } from "./finding";
import { cockroachRegions, type IndexedRegion } from "./plan-regions";

const ID = "cockroach-namespace-shared";
const SOURCE = COCKROACH_DOC(
  "Orchestrate CockroachDB across multiple Kubernetes clusters",
  "orchestrate-cockroachdb-with-kubernetes-multi-cluster",
);

/**
 * CockroachDB's multi-cluster guide gives each region its own namespace, named after the region,
 * and forwards `<other-namespace>.svc.cluster.local` DNS queries to the other regions' clusters;
 * the blueprint's connection string `cockroachdb-public.<region>.svc.cluster.local` relies on it.
 * Two regions with the same namespace make those names ambiguous.
 */
export const cockroachNamespaceSharedRule: Rule = {
  id: ID,
  title: "CockroachDB regions share a namespace",
  source: SOURCE,
  check: ({ plan }) => {
    const byNamespace = new Map<string, IndexedRegion[]>();
    for (const r of cockroachRegions(plan)) {
      const ns = r.region.kubernetes.cockroachNamespace;
      byNamespace.set(ns, [...(byNamespace.get(ns) ?? []), r]);
    }
    const shared = [...byNamespace.entries()].filter(([, regions]) => regions.length > 1);
    if (shared.length === 0) return [];
    const sharing = shared.flatMap(([, regions]) => regions);
    return [
      finding(ID, {
        severity: "warning",
        title: "CockroachDB namespaces are not unique per region",
        explanation:
          shared.map(([ns, regions]) => `${listText(regions.map((r) => r.id))} ${regions.length === 2 ? "both" : "all"} use the namespace "${ns}"`).join("; ") + ". " +
          "CockroachDB's multi-cluster Kubernetes guide names each region's namespace after the region and forwards DNS for <namespace>.svc.cluster.local to the cluster that owns it, " +
          "which is how nodes find each other across regions and how Teleport reaches cockroachdb-public.<namespace>.svc.cluster.local. With a shared namespace those names cannot tell the regions apart.",
        fix: "Give each region's CockroachDB its own namespace, for example the region code.",
        fields: sharing.map((r) => `regions.${r.index}.kubernetes.cockroachNamespace`),
        regions: sharing.map((r) => r.id),
        source: SOURCE,
      }),
    ];
  },
};
