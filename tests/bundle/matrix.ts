import { getRegionOrThrow } from "@/lib/core/catalog";
import { addRegion } from "@/lib/core/plan-edit";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import type { Plan } from "@/lib/schemas/plan";

/**
 * The plans every bundle check runs over (issue 10): the blueprint and the deployments that
 * break it in different places. Regions are added with the editor's own `addRegion`, so each
 * plan is one a user can make. (b10a writes the same shape; the lead merges both.)
 */
const withRegions = (plan: Plan, ids: string[]): Plan =>
  ids.reduce<Plan>((p, id) => addRegion(p, getRegionOrThrow(id)), { ...plan, regions: [], cockroachdb: { ...plan.cockroachdb, secondaryRegion: null } });

function blueprint(): Plan {
  return structuredClone(BLUEPRINT_TEMPLATE);
}

/** AWS, Google Cloud and Azure with overlay pod networks meshed by Cilium; Azure Blob recordings. */
function mixedCloudsCilium(): Plan {
  const plan = withRegions(blueprint(), ["aws:us-east-1", "gcp:us-central1", "azure:eastus2"]);
  return {
    ...plan,
    regions: plan.regions.map((r) => ({ ...r, kubernetes: { ...r.kubernetes, podNetworking: "overlay" } })),
    connectivity: { kind: "cilium-cluster-mesh", proxyPeeringPortOpen: true, cockroachPortOpen: true },
    objectStorage: { ...plan.objectStorage, kind: "azure-blob" },
    geoDns: { ...plan.geoDns, provider: "route53" },
  };
}

/** Three Google Cloud regions in one global VPC, GCS recordings, Google Cloud DNS. */
function gcpGlobalVpc(): Plan {
  const plan = withRegions(blueprint(), ["gcp:us-central1", "gcp:us-east4", "gcp:europe-west1"]);
  return {
    ...plan,
    connectivity: { kind: "global-vpc", proxyPeeringPortOpen: true, cockroachPortOpen: true },
    objectStorage: { ...plan.objectStorage, kind: "gcs" },
    geoDns: { ...plan.geoDns, provider: "gcp-cloud-dns" },
  };
}

/** Three Azure regions, Azure Blob recordings. */
function azureBlob(): Plan {
  const plan = withRegions(blueprint(), ["azure:eastus", "azure:eastus2", "azure:westus2"]);
  return { ...plan, objectStorage: { ...plan.objectStorage, kind: "azure-blob" }, geoDns: { ...plan.geoDns, provider: "azure-traffic-manager" } };
}

/** The blueprint on CockroachDB core: regions declared as zones, zone survival. */
function cockroachCore(): Plan {
  const plan = blueprint();
  return { ...plan, cockroachdb: { ...plan.cockroachdb, licence: "core", survivalGoal: "zone", secondaryRegion: null } };
}

/** Five AWS regions. */
function fiveRegions(): Plan {
  return withRegions(blueprint(), ["aws:us-east-1", "aws:us-east-2", "aws:us-west-2", "aws:eu-west-1", "aws:eu-central-1"]);
}

/** Route 53 in front of GKE and AKS load balancers, which answer with IP addresses. */
function loadBalancerIps(): Plan {
  const plan = withRegions(blueprint(), ["aws:us-east-1", "gcp:us-east4", "azure:eastus2"]);
  return { ...plan, geoDns: { ...plan.geoDns, provider: "route53" } };
}

export const BUNDLE_MATRIX: { name: string; plan: Plan }[] = [
  { name: "blueprint", plan: blueprint() },
  { name: "mixed clouds, overlay pod networks and Cilium", plan: mixedCloudsCilium() },
  { name: "Google Cloud, one global VPC, GCS", plan: gcpGlobalVpc() },
  { name: "Azure with Azure Blob", plan: azureBlob() },
  { name: "CockroachDB core with zone survival", plan: cockroachCore() },
  { name: "five regions", plan: fiveRegions() },
  { name: "load balancers with IP addresses", plan: loadBalancerIps() },
];
