import type { Component, ResourceBlock, Sizing } from "@/lib/core/analysis/types";
import { sizePlan } from "@/lib/core/sizing";
import type { Plan, Resources } from "@/lib/schemas/plan";
import type { OverrideKey } from "./region-fields";

const COMPONENT: Record<OverrideKey, Component> = {
  teleportAuth: "teleport-auth",
  teleportProxy: "teleport-proxy",
  cockroach: "cockroachdb",
};

/**
 * Used only when the sizing cannot be computed for a draft (the override still needs a
 * starting point). Memory requests equal limits and there is no CPU limit, as the sizing does.
 */
const FALLBACK: Record<OverrideKey, Resources> = {
  teleportAuth: { requests: { cpu: "1", memory: "2Gi" }, limits: { memory: "2Gi" } },
  teleportProxy: { requests: { cpu: "1", memory: "2Gi" }, limits: { memory: "2Gi" } },
  cockroach: { requests: { cpu: "4", memory: "16Gi" }, limits: { memory: "16Gi" } },
};

function toResources(block: ResourceBlock): Resources {
  return { requests: { ...block.requests }, limits: { ...block.limits } };
}

/** Sizes the plan once; a draft the sizing cannot handle yields null and the fallbacks apply. */
export function trySizePlan(plan: Plan): Sizing | null {
  try {
    return sizePlan(plan);
  } catch {
    return null;
  }
}

/** Starting values for a region's resources override: what the sizing gives that component. */
export function suggestedResources(sizing: Sizing | null, regionId: string): Record<OverrideKey, Resources> {
  const groups = sizing?.regions.find((r) => r.region === regionId)?.groups ?? [];
  const pick = (key: OverrideKey) => {
    const group = groups.find((g) => g.component === COMPONENT[key]);
    return group ? toResources(group.resources) : FALLBACK[key];
  };
  return { teleportAuth: pick("teleportAuth"), teleportProxy: pick("teleportProxy"), cockroach: pick("cockroach") };
}
