import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import type { Plan, PlanRegion } from "@/lib/schemas/plan";
import { region } from "./fixtures";
import { PlanSchema } from "@/lib/schemas/plan";

/**
 * The plan matrix the bundle is checked against with real tools (terraform validate/test,
 * Kubernetes and chart schemas, the runbook's dependency graph). Every plan starts from the
 * blueprint template and changes only what its name says, so a failure points at one feature.
 * A plain list: tests import MATRIX and loop over it.
 */
export type MatrixPlan = { name: string; plan: Plan };

const overlay = (r: PlanRegion): PlanRegion => ({ ...r, kubernetes: { ...r.kubernetes, podNetworking: "overlay" } });

function derive(change: (plan: Plan) => void): Plan {
  const plan = structuredClone(BLUEPRINT_TEMPLATE);
  change(plan);
  return PlanSchema.parse(plan);
}

/** AWS, Google Cloud and Azure with overlay pod networks meshed by Cilium; S3 recordings federated to AWS. */
const mixedCloudCilium = derive((plan) => {
  plan.regions = [
    overlay(region("aws:us-east-1", ["us-east-1a", "us-east-1b", "us-east-1c"], 16)),
    overlay(region("gcp:us-central1", ["us-central1-a", "us-central1-b", "us-central1-c"], 17, { storageClass: { name: "pd-ssd", type: "ssd" } })),
    overlay(region("azure:eastus2", ["1", "2", "3"], 18, { storageClass: { name: "managed-premium", type: "ssd" } })),
  ];
  plan.cockroachdb = { ...plan.cockroachdb, primaryRegion: "aws:us-east-1", secondaryRegion: "azure:eastus2" };
  plan.connectivity = { ...plan.connectivity, kind: "cilium-cluster-mesh" };
});

/** Google Cloud only, one global VPC, one GCS bucket that Google replicates, Cloud DNS. */
const gcpGlobalVpcGcs = derive((plan) => {
  plan.regions = [
    region("gcp:us-central1", ["us-central1-a", "us-central1-b", "us-central1-c"], 16, { storageClass: { name: "pd-ssd", type: "ssd" } }),
    region("gcp:us-east4", ["us-east4-a", "us-east4-b", "us-east4-c"], 17, { storageClass: { name: "pd-ssd", type: "ssd" } }),
    region("gcp:europe-west1", ["europe-west1-b", "europe-west1-c", "europe-west1-d"], 18, { storageClass: { name: "pd-ssd", type: "ssd" } }),
  ];
  plan.cockroachdb = { ...plan.cockroachdb, primaryRegion: "gcp:us-central1", secondaryRegion: "gcp:us-east4" };
  plan.objectStorage = { ...plan.objectStorage, kind: "gcs", multiRegionAccessPoint: false };
  plan.geoDns = { ...plan.geoDns, provider: "gcp-cloud-dns" };
  plan.connectivity = { ...plan.connectivity, kind: "global-vpc" };
});

/** GCS recordings from GKE, EKS and AKS: the non-GKE Auth pods federate with their cluster's OIDC issuer. */
const gcsMixedCloud = derive((plan) => {
  plan.regions = [
    region("aws:us-east-1", ["us-east-1a", "us-east-1b", "us-east-1c"], 16),
    region("gcp:us-east4", ["us-east4-a", "us-east4-b", "us-east4-c"], 17, { storageClass: { name: "pd-ssd", type: "ssd" } }),
    region("azure:eastus2", ["1", "2", "3"], 18, { storageClass: { name: "managed-premium", type: "ssd" } }),
  ];
  plan.regions[2]!.kubernetes.teleportNamespace = "teleport-aks";
  plan.cockroachdb = { ...plan.cockroachdb, primaryRegion: "aws:us-east-1", secondaryRegion: "gcp:us-east4" };
  plan.objectStorage = { ...plan.objectStorage, kind: "gcs", multiRegionAccessPoint: false };
});

/** Azure only, one storage account per region with object replication, Traffic Manager. */
const azureBlob = derive((plan) => {
  plan.regions = [
    region("azure:eastus2", ["1", "2", "3"], 16, { storageClass: { name: "managed-premium", type: "ssd" } }),
    region("azure:westeurope", ["1", "2", "3"], 17, { storageClass: { name: "managed-premium", type: "ssd" } }),
    region("azure:northeurope", ["1", "2", "3"], 18, { storageClass: { name: "managed-premium", type: "ssd" } }),
  ];
  plan.cockroachdb = { ...plan.cockroachdb, primaryRegion: "azure:westeurope", secondaryRegion: "azure:northeurope" };
  plan.objectStorage = { ...plan.objectStorage, kind: "azure-blob", multiRegionAccessPoint: false, bucketPrefix: "tpsessions" };
  plan.geoDns = { ...plan.geoDns, provider: "azure-traffic-manager" };
});

/** CockroachDB core licence: zone configurations instead of multi-region SQL, zone survival. */
const cockroachCoreZone = derive((plan) => {
  plan.cockroachdb = { ...plan.cockroachdb, licence: "core", survivalGoal: "zone", secondaryRegion: null };
});

/** Five AWS regions: 20 replication rules, five records and health checks. */
const fiveRegions = derive((plan) => {
  plan.regions = [
    ...plan.regions,
    region("aws:eu-west-1", ["eu-west-1a", "eu-west-1b", "eu-west-1c"], 19),
    region("aws:ap-southeast-1", ["ap-southeast-1a", "ap-southeast-1b", "ap-southeast-1c"], 20),
  ];
});

/** Route 53 in front of GKE and AKS load balancers (IP addresses) and one AWS NLB (alias). */
const loadBalancerIps = derive((plan) => {
  plan.regions = [
    region("aws:us-east-1", ["us-east-1a", "us-east-1b", "us-east-1c"], 16),
    region("gcp:europe-west1", ["europe-west1-b", "europe-west1-c", "europe-west1-d"], 17, { storageClass: { name: "pd-ssd", type: "ssd" } }),
    region("azure:westeurope", ["1", "2", "3"], 18, { storageClass: { name: "managed-premium", type: "ssd" } }),
  ];
  plan.cockroachdb = { ...plan.cockroachdb, primaryRegion: "aws:us-east-1", secondaryRegion: "gcp:europe-west1" };
  plan.objectStorage = { ...plan.objectStorage, awsAccountId: "111122223333" };
});

export const MATRIX: readonly MatrixPlan[] = [
  { name: "blueprint", plan: PlanSchema.parse(structuredClone(BLUEPRINT_TEMPLATE)) },
  { name: "mixed-cloud-cilium", plan: mixedCloudCilium },
  { name: "gcp-global-vpc-gcs", plan: gcpGlobalVpcGcs },
  { name: "gcs-mixed-cloud", plan: gcsMixedCloud },
  { name: "azure-blob", plan: azureBlob },
  { name: "cockroach-core-zone", plan: cockroachCoreZone },
  { name: "five-regions", plan: fiveRegions },
  { name: "load-balancer-ips", plan: loadBalancerIps },
];

/** The same list under the name the Kubernetes, chart and runbook-graph checks use. */
export const BUNDLE_MATRIX: readonly MatrixPlan[] = MATRIX;
