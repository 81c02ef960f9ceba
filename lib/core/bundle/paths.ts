import type { RegionId } from "@/lib/core/analysis/types";

/** "aws:us-east-1" → "aws-us-east-1": region ids contain a colon, which some file systems and zip tools refuse. */
export const regionSlug = (id: RegionId | string): string => id.replace(":", "-");

/**
 * Every path in the deployment bundle, named once so the bundle, its README and the runbook's
 * links to files cannot drift apart.
 */
export const BUNDLE_PATHS = {
  readme: "README.md",
  plan: "plan.json",
  analysis: "analysis.json",
  runbook: "RUNBOOK.md",
  teleportValues: (id: RegionId | string) => `teleport/${regionSlug(id)}/values.yaml`,
  teleportAgentConfig: "agents/teleport.yaml",
  cockroachInitSql: "cockroachdb/01-databases.sql",
  cockroachRegionsSql: "cockroachdb/02-multi-region.sql",
  cockroachCertificates: "cockroachdb/certificates.sh",
  /** One values file per zone release (lib/core/manifests/cockroach-zones.ts). */
  cockroachValues: (id: RegionId | string, release: string) => `cockroachdb/${regionSlug(id)}/${release}/values.yaml`,
  cockroachPublicService: (id: RegionId | string) => `cockroachdb/${regionSlug(id)}/public-service.yaml`,
  storageClass: (id: RegionId | string) => `kubernetes/${regionSlug(id)}/storageclass.yaml`,
  dnsEndpoint: (id: RegionId | string) => `kubernetes/${regionSlug(id)}/dns-endpoint.yaml`,
  dnsForward: (id: RegionId | string) => `kubernetes/${regionSlug(id)}/dns-forward.yaml`,
  /** The GCS credential configuration for Auth pods outside Google Cloud (lib/core/manifests/storage-gcs-federation.ts). */
  gcpCredentials: (id: RegionId | string) => `kubernetes/${regionSlug(id)}/gcp-credentials.yaml`,
  storageTerraform: "storage/main.tf.json",
  storageSteps: "storage/README.md",
  dnsTerraform: "dns/main.tf.json",
  dnsChecklist: "dns/README.md",
  network: "network/README.md",
  ciliumValues: (id: RegionId | string) => `network/${regionSlug(id)}/cilium-values.yaml`,
  clustermeshValues: (id: RegionId | string) => `network/${regionSlug(id)}/clustermesh-values.yaml`,
} as const;

/** A link from one bundle file to another ("network/README.md" → "network/x/y.yaml" gives "x/y.yaml"). */
export function relativePath(fromFile: string, toFile: string): string {
  const from = fromFile.split("/").slice(0, -1);
  const to = toFile.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common += 1;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}
