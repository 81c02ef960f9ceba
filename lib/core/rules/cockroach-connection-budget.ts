import type { PlanRegion } from "@/lib/schemas/plan";
import type { RegionId, Rule } from "../analysis/types";
import { ACTIVE_CONNECTIONS_PER_VCPU, AUDIT_POOL_MAX_CONNS, CHANGE_FEED_CONNS, CONNECTION_BUDGET_SOURCES, MIN_POOL_MAX_CONNS, connectionBudget } from "../sizing/connection-budget";
import { finding, listText } from "./finding";
import { asRegionId, regionIndex } from "./plan-regions";

const ID = "cockroach-connection-budget";
const SOURCE = CONNECTION_BUDGET_SOURCES[0]!;

/**
 * CockroachDB serves about 4 active connections per vCPU, per region in a multi-region cluster
 * (Connection Pooling, "Size connection pools"). Each Auth pod holds its backend pool
 * (`pool_max_conns`), one change feed connection and the audit pool; the bundle derives the
 * pool from the budget (lib/core/sizing/connection-budget.ts), and this rule flags a database
 * region whose budget leaves less than the minimum pool per Auth pod.
 */
export const cockroachConnectionBudgetRule: Rule = {
  id: ID,
  title: "Auth connections exceed the CockroachDB connection budget",
  source: SOURCE,
  check: ({ plan, sizing, rtt }) => {
    const databases = plan.regions.filter((r) => r.runsCockroach);
    const nearest = (region: PlanRegion): PlanRegion | undefined => {
      if (region.runsCockroach) return region;
      let best: { region: PlanRegion; ms: number } | undefined;
      for (const d of databases) {
        const ms = rtt(asRegionId(region.id), asRegionId(d.id)).rttMs;
        if (!best || ms < best.ms) best = { region: d, ms };
      }
      return best?.region;
    };
    return connectionBudget(plan, sizing, nearest)
      .filter((b) => !b.fits)
      .map((b) => {
        const needed = b.authPods * (MIN_POOL_MAX_CONNS + CHANGE_FEED_CONNS + AUDIT_POOL_MAX_CONNS);
        return finding(ID, {
          subject: b.region,
          severity: "warning",
          title: `${b.region}: ${b.authPods} Auth pods need ${needed} connections, CockroachDB there serves about ${b.budget}`,
          explanation:
            `CockroachDB advises about ${ACTIVE_CONNECTIONS_PER_VCPU} active connections per vCPU, counted per region in a multi-region cluster; the ${b.vcpu} vCPU of ${b.region} give ${b.budget}. ` +
            `The Auth pods of ${listText(b.clients)} (${b.authPods}) connect there, each with its backend pool (at least ${MIN_POOL_MAX_CONNS}), ${CHANGE_FEED_CONNS} change feed connection and an audit pool of ${AUDIT_POOL_MAX_CONNS}: ${needed} connections at the least. ` +
            "Beyond the budget, queries queue inside CockroachDB and tail latency grows for every Teleport request.",
          fix: `Add CockroachDB vCPU in ${b.region} (more nodes per zone or larger nodes), or run fewer Auth pods against it.`,
          fields: ["cockroachdb.nodesPerZone", ...b.clients.map((id) => `regions.${regionIndex(plan, id)}.authReplicas`)],
          regions: [b.region, ...b.clients.filter((id) => id !== b.region)] as RegionId[],
          source: SOURCE,
        });
      });
  },
};
