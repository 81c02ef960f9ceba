import type { Plan } from "@/lib/schemas/plan";
import type { FailureScenario, RegionSizing, Sizing, Totals } from "../analysis/types";

/**
 * The sizing a drill shows (issue 13: "during a drill, every figure on the dashboard is the
 * figure after the failure"). What "after" means here:
 * - The pods that keep running: every region but the failed one, exactly as planned. Nobody
 *   resizes during an outage, so the surviving regions' figures do not change; the totals lose
 *   the failed region's pods, vCPU, memory and storage.
 * - The load moves: the failed region's Teleport users go to the surviving Teleport regions
 *   (the scenario's `usersGoTo`; the Multi-region Blueprint provisions every region "to handle
 *   all traffic in the event of a complete region failure"), and the CockroachDB cluster's
 *   whole workload runs on the surviving zones' nodes.
 * - The plan the survivors form (`survivingPlan`): the plan without the failed region, its
 *   leases where the scenario puts them (the new primary). The sizing curve is drawn for it,
 *   so the chart's recommendation is the one for the topology that is left.
 */
export type SizingAfterFailure = {
  region: string;
  /** The regions still running, as planned. */
  regions: RegionSizing[];
  /** What stopped with the failed region. */
  lost: Totals;
  /** The surviving regions' totals. */
  totals: Totals;
};

const sum = (a: Totals, b: Totals): Totals => ({ vcpu: a.vcpu + b.vcpu, memoryGiB: a.memoryGiB + b.memoryGiB, storageGiB: a.storageGiB + b.storageGiB, pods: a.pods + b.pods });
const ZERO: Totals = { vcpu: 0, memoryGiB: 0, storageGiB: 0, pods: 0 };

export function sizingAfterFailure(sizing: Sizing, failed: string): SizingAfterFailure {
  const regions = sizing.regions.filter((r) => r.region !== failed);
  const lost = sizing.regions.find((r) => r.region === failed)?.totals ?? ZERO;
  return {
    region: failed,
    regions,
    lost,
    totals: regions.map((r) => r.totals).reduce(sum, ZERO),
  };
}

/**
 * The plan without the failed region. A failed primary hands the primary role to the region
 * the scenario moves the leases to (or, without one, the first surviving CockroachDB region);
 * a secondary that failed or became primary is cleared.
 */
export function survivingPlan(plan: Plan, scenario: FailureScenario | null, failed: string): Plan {
  const regions = plan.regions.filter((r) => r.id !== failed);
  const { primaryRegion, secondaryRegion } = plan.cockroachdb;
  const cockroachIds = regions.filter((r) => r.runsCockroach).map((r) => r.id);
  const leaseholder = scenario?.after.leaseholderRegion ?? null;
  const primary = primaryRegion !== failed ? primaryRegion : leaseholder && cockroachIds.includes(leaseholder) ? leaseholder : (cockroachIds[0] ?? primaryRegion);
  const secondary = secondaryRegion === failed || secondaryRegion === primary ? null : secondaryRegion;
  return { ...plan, regions, cockroachdb: { ...plan.cockroachdb, primaryRegion: primary, secondaryRegion: secondary } };
}
