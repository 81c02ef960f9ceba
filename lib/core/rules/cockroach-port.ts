import type { Rule } from "../analysis/types";
import { COCKROACH_DOC } from "../sources";
import { finding } from "./finding";
import { cockroachRegions } from "./plan-regions";

const ID = "cockroach-port";
const SOURCE = COCKROACH_DOC(
  "Orchestrate CockroachDB across multiple Kubernetes clusters",
  "orchestrate-cockroachdb-with-kubernetes-multi-cluster",
);
/** CockroachDB's port for inter-node traffic and SQL; the multi-cluster guide opens it between regions. */
export const COCKROACH_PORT = 26257;

export const cockroachPortRule: Rule = {
  id: ID,
  title: "CockroachDB port closed between regions",
  source: SOURCE,
  check: ({ plan }) => {
    const regions = cockroachRegions(plan);
    if (plan.connectivity.cockroachPortOpen || regions.length < 2) return [];
    return [
      finding(ID, {
        severity: "critical",
        title: `Port ${COCKROACH_PORT} is closed between regions`,
        explanation:
          `CockroachDB nodes replicate to each other and serve SQL on port ${COCKROACH_PORT}. With it closed between regions the nodes cannot form one cluster, ` +
          "so replicas in different regions never reach quorum together. CockroachDB's multi-cluster Kubernetes guide opens TCP 26257 from every region's address range.",
        fix: `Open TCP ${COCKROACH_PORT} between the pod ranges of every CockroachDB region.`,
        fields: ["connectivity.cockroachPortOpen"],
        regions: regions.map((r) => r.id),
        source: SOURCE,
      }),
    ];
  },
};
