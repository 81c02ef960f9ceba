import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import { PlanSchema, type Plan, type PlanRegion } from "@/lib/schemas/plan";

/** A deep copy of the blueprint template, edited by `edit` and checked against PlanSchema. */
export function blueprintWith(edit: (plan: Plan) => void = () => {}): Plan {
  const plan = structuredClone(BLUEPRINT_TEMPLATE);
  edit(plan);
  return PlanSchema.parse(plan);
}

/** A GCP region built by hand, with CIDRs that overlap none of the blueprint's. */
export const GCP_EUROPE_WEST1: PlanRegion = {
  id: "gcp:europe-west1",
  zones: ["europe-west1-b", "europe-west1-c", "europe-west1-d"],
  runsTeleport: true,
  runsCockroach: true,
  kubernetes: {
    clusterName: "teleport-europe-west1",
    teleportNamespace: "teleport",
    cockroachNamespace: "europe-west1",
    podCidr: "10.19.0.0/16",
    serviceCidr: "172.19.0.0/16",
    podNetworking: "native",
    staticCpuManager: false,
  },
  proxyReplicas: 2,
  authReplicas: 2,
  storageClass: { name: "cockroachdb-ssd", type: "ssd" },
};

export function regionOf(plan: Plan, id: string): PlanRegion {
  const region = plan.regions.find((r) => r.id === id);
  if (!region) throw new Error(`No region ${id} in the plan`);
  return region;
}
