import { getRegion } from "@/lib/core/catalog";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import type { Plan, PlanRegion } from "@/lib/schemas/plan";

const SSD_CLASS = { aws: "gp3-cockroachdb", gcp: "pd-ssd-cockroachdb", azure: "premium-ssd-cockroachdb" } as const;

/**
 * A valid plan over the given catalog regions, built like the blueprint template: every region
 * runs Teleport and CockroachDB with three zones (or as many as the catalog has) and its own
 * non-overlapping pod and service ranges.
 */
export function planOver(ids: readonly string[]): Plan {
  const regions: PlanRegion[] = ids.map((id, index) => {
    const region = getRegion(id);
    if (!region) throw new Error(`unknown region ${id}`);
    return {
      id: region.id,
      zones: region.zones.length > 0 ? region.zones.slice(0, 3) : ["1"],
      runsTeleport: true,
      runsCockroach: true,
      kubernetes: {
        clusterName: `teleport-${region.code}`,
        teleportNamespace: "teleport",
        cockroachNamespace: region.code,
        podCidr: `10.${20 + index}.0.0/16`,
        serviceCidr: `172.${16 + index}.0.0/16`,
        podNetworking: "native",
        staticCpuManager: false,
      },
      proxyReplicas: 2,
      authReplicas: 2,
      storageClass: { name: SSD_CLASS[region.provider], type: "ssd" },
    };
  });
  const [first, second] = ids;
  if (!first || !second) throw new Error("a plan needs at least two regions");
  return {
    ...structuredClone(BLUEPRINT_TEMPLATE),
    regions,
    cockroachdb: { ...BLUEPRINT_TEMPLATE.cockroachdb, primaryRegion: first as Plan["cockroachdb"]["primaryRegion"], secondaryRegion: second as Plan["cockroachdb"]["primaryRegion"] },
  };
}

export const SIX_REGIONS = ["aws:us-east-1", "aws:us-east-2", "aws:us-west-2", "gcp:europe-west1", "gcp:europe-west4", "azure:westeurope"];

export const TWELVE_REGIONS = [
  ...SIX_REGIONS,
  "aws:ap-southeast-2",
  "aws:ap-northeast-1",
  "gcp:asia-south1",
  "gcp:southamerica-east1",
  "azure:eastus",
  "azure:southeastasia",
];
