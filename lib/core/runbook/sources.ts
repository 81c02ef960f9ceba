import { BLUEPRINT, COCKROACH_DOC, TELEPORT_DOC } from "@/lib/core/sources";

/** The documents the runbook's steps cite, named once. */
export const SRC = {
  architecture: BLUEPRINT("Architecture overview"),
  dependencies: BLUEPRINT("Teleport Dependencies"),
  backend: BLUEPRINT("Teleport backend configuration"),
  deploying: BLUEPRINT("Deploying Teleport"),
  geoDns: BLUEPRINT("GeoDNS Setup"),
  updateStrategy: BLUEPRINT("Update strategy"),
  s3Replication: BLUEPRINT("Setting up multi-region AWS S3 replication"),
  upgradingOverview: TELEPORT_DOC("Upgrading: compatibility overview", "https://goteleport.com/docs/upgrading/overview/"),
  upgradingKubernetes: TELEPORT_DOC("Upgrading reference", "https://goteleport.com/docs/upgrading/upgrading-reference/", "Kubernetes"),
  proxyPeering: TELEPORT_DOC("Proxy peering", "https://goteleport.com/docs/reference/architecture/proxy-peering/"),
  networking: TELEPORT_DOC("Networking", "https://goteleport.com/docs/reference/networking/", "Ports"),
  backends: TELEPORT_DOC("Storage backends", "https://goteleport.com/docs/reference/backends/"),
  helmChart: TELEPORT_DOC("teleport-cluster Helm chart reference", "https://goteleport.com/docs/reference/helm-reference/teleport-cluster/"),
  cockroachCert: COCKROACH_DOC("cockroach cert", "cockroach-cert"),
  cockroachMultiCluster: COCKROACH_DOC(
    "Orchestrate CockroachDB across multiple Kubernetes clusters",
    "orchestrate-cockroachdb-with-kubernetes-multi-cluster",
  ),
  cockroachAlterDatabase: COCKROACH_DOC("ALTER DATABASE", "alter-database"),
  cockroachSurvival: COCKROACH_DOC("Multi-region survival goals", "multiregion-survival-goals"),
  cockroachLicensing: COCKROACH_DOC("Licensing FAQs", "licensing-faqs"),
  cockroachProduction: COCKROACH_DOC("Recommended production settings", "recommended-production-settings", "Storage"),
  cockroachNodeStatus: COCKROACH_DOC("cockroach node", "cockroach-node"),
  cockroachBackup: COCKROACH_DOC("BACKUP", "backup"),
} as const;
