import { describe, expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { buildBundle } from "@/lib/core/bundle";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import { gcsCorePlan, minioPlan, mixedCloudPlan } from "./fixtures";

const paths = (plan: typeof BLUEPRINT_TEMPLATE) => buildBundle(plan, analyzePlan(plan)).map((f) => f.path);
/** One values file per zone release and the region-wide Service (lib/core/manifests/cockroach-zones.ts). */
const cockroachFiles = (slug: string, zones: string[]) => [...zones.map((z) => `cockroachdb/${slug}/cockroachdb-${z}/values.yaml`), `cockroachdb/${slug}/public-service.yaml`];
const AWS_THREE = [
  ...cockroachFiles("aws-us-east-1", ["us-east-1a", "us-east-1b", "us-east-1c"]),
  ...cockroachFiles("aws-us-east-2", ["us-east-2a", "us-east-2b", "us-east-2c"]),
  ...cockroachFiles("aws-us-west-2", ["us-west-2a", "us-west-2b", "us-west-2c"]),
];
const COMMON = ["README.md", "RUNBOOK.md", "analysis.json", "cockroachdb/01-databases.sql", "cockroachdb/02-multi-region.sql", "cockroachdb/certificates.sh", "network/README.md", "agents/teleport.yaml", "plan.json"];

describe("which files a plan gets", () => {
  test.each([
    {
      name: "blueprint: S3 Terraform, Route 53 Terraform, three regions of everything",
      plan: BLUEPRINT_TEMPLATE,
      expected: [
        ...COMMON,
        ...AWS_THREE,
        "dns/main.tf.json",
        "kubernetes/aws-us-east-1/dns-endpoint.yaml",
        "kubernetes/aws-us-east-1/dns-forward.yaml",
        "kubernetes/aws-us-east-2/dns-endpoint.yaml",
        "kubernetes/aws-us-east-2/dns-forward.yaml",
        "kubernetes/aws-us-west-2/dns-endpoint.yaml",
        "kubernetes/aws-us-west-2/dns-forward.yaml",
        "kubernetes/aws-us-east-1/storageclass.yaml",
        "kubernetes/aws-us-east-2/storageclass.yaml",
        "kubernetes/aws-us-west-2/storageclass.yaml",
        "storage/main.tf.json",
        "teleport/aws-us-east-1/values.yaml",
        "teleport/aws-us-east-2/values.yaml",
        "teleport/aws-us-west-2/values.yaml",
      ],
    },
    {
      name: "GCS + Cloudflare + overlay: storage Terraform and README, DNS README, Cilium values per region, GCS credentials ConfigMaps outside Google Cloud",
      plan: gcsCorePlan(),
      expected: [
        ...COMMON,
        ...AWS_THREE,
        "dns/README.md",
        "kubernetes/aws-us-east-1/gcp-credentials.yaml",
        "kubernetes/aws-us-east-2/gcp-credentials.yaml",
        "kubernetes/aws-us-west-2/gcp-credentials.yaml",
        "kubernetes/aws-us-east-1/dns-endpoint.yaml",
        "kubernetes/aws-us-east-1/dns-forward.yaml",
        "kubernetes/aws-us-east-2/dns-endpoint.yaml",
        "kubernetes/aws-us-east-2/dns-forward.yaml",
        "kubernetes/aws-us-west-2/dns-endpoint.yaml",
        "kubernetes/aws-us-west-2/dns-forward.yaml",
        "kubernetes/aws-us-east-1/storageclass.yaml",
        "kubernetes/aws-us-east-2/storageclass.yaml",
        "kubernetes/aws-us-west-2/storageclass.yaml",
        "network/aws-us-east-1/cilium-values.yaml",
        "network/aws-us-east-1/clustermesh-values.yaml",
        "network/aws-us-east-2/cilium-values.yaml",
        "network/aws-us-east-2/clustermesh-values.yaml",
        "network/aws-us-west-2/cilium-values.yaml",
        "network/aws-us-west-2/clustermesh-values.yaml",
        "storage/README.md",
        "storage/main.tf.json",
        "teleport/aws-us-east-1/values.yaml",
        "teleport/aws-us-east-2/values.yaml",
        "teleport/aws-us-west-2/values.yaml",
      ],
    },
    {
      name: "mixed clouds: Teleport values only where Teleport runs, CockroachDB files only where it runs",
      plan: mixedCloudPlan(),
      expected: [
        ...COMMON,
        ...cockroachFiles("aws-us-east-1", ["us-east-1a", "us-east-1b", "us-east-1c"]),
        // AKS zone labels are <region>-<zone number>.
        ...cockroachFiles("azure-eastus2", ["eastus2-1", "eastus2-2", "eastus2-3"]),
        ...cockroachFiles("gcp-us-east4", ["us-east4-a", "us-east4-b", "us-east4-c"]),
        "dns/README.md",
        "kubernetes/aws-us-east-1/dns-endpoint.yaml",
        "kubernetes/aws-us-east-1/dns-forward.yaml",
        "kubernetes/azure-eastus2/dns-endpoint.yaml",
        "kubernetes/azure-eastus2/dns-forward.yaml",
        "kubernetes/gcp-us-east4/dns-endpoint.yaml",
        "kubernetes/gcp-us-east4/dns-forward.yaml",
        "kubernetes/gcp-europe-west1/dns-forward.yaml",
        "kubernetes/aws-us-east-1/storageclass.yaml",
        "kubernetes/azure-eastus2/storageclass.yaml",
        "kubernetes/gcp-us-east4/storageclass.yaml",
        "storage/README.md",
        "storage/main.tf.json",
        "teleport/aws-us-east-1/values.yaml",
        "teleport/gcp-europe-west1/values.yaml",
        "teleport/gcp-us-east4/values.yaml",
      ],
    },
  ])("$name", ({ plan, expected }) => {
    expect(paths(plan)).toEqual([...expected].sort((a, b) => (a < b ? -1 : 1)));
  });

  test("media types follow the file type", () => {
    const files = buildBundle(minioPlan(), analyzePlan(minioPlan()));
    const type = (path: string) => files.find((f) => f.path === path)?.mediaType;
    expect([type("README.md"), type("plan.json"), type("cockroachdb/01-databases.sql"), type("cockroachdb/certificates.sh"), type("teleport/aws-us-east-1/values.yaml")]).toEqual([
      "text/markdown; charset=utf-8",
      "application/json",
      "application/sql",
      "application/x-sh",
      "application/yaml",
    ]);
  });
});
