import type { Component, Sizing } from "@/lib/core/analysis/types";
import { getRegion } from "@/lib/core/catalog";
import { groupTotals } from "@/components/sizing/format";

/** Stacking order, bottom to top. */
export const COMPONENTS: readonly Component[] = ["cockroachdb", "teleport-auth", "teleport-proxy"];

export type Metric = "vcpu" | "mem";
export type Row = { region: string } & Record<Metric, Record<Component, number>>;

/** Per region, the vCPU and memory each component's pods request (pods × per-pod sizing). */
export function regionRows(sizing: Sizing): Row[] {
  return sizing.regions.map((r) => {
    const sum = (component: Component, pick: (t: ReturnType<typeof groupTotals>) => number) =>
      r.groups.filter((g) => g.component === component).reduce((total, g) => total + pick(groupTotals(g)), 0);
    const by = (pick: (t: ReturnType<typeof groupTotals>) => number) =>
      ({ cockroachdb: sum("cockroachdb", pick), "teleport-auth": sum("teleport-auth", pick), "teleport-proxy": sum("teleport-proxy", pick) });
    return { region: getRegion(r.region)?.code ?? r.region, vcpu: by((t) => t.vcpu), mem: by((t) => t.memoryGiB) };
  });
}
