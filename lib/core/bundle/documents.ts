import type { Analysis } from "@/lib/core/analysis/types";
import { certificatesScript } from "@/lib/core/manifests/certificates-script";
import { CILIUM_CHART_VERSION, ciliumRegions, ciliumValues, clustermeshValues } from "@/lib/core/manifests/cilium-values";
import { databasesSql, multiRegionSql } from "@/lib/core/manifests/cockroach-sql";
import { crossClusterDnsDocuments } from "@/lib/core/manifests/cross-cluster-dns-documents";
import { cockroachPublicService } from "@/lib/core/manifests/cockroach-public-service";
import { cockroachRegionValues } from "@/lib/core/manifests/cockroach-values";
import { dnsChecklist, dnsTerraform } from "@/lib/core/manifests/dns";
import { networkReadme } from "@/lib/core/manifests/network-readme";
import { storageClassManifest } from "@/lib/core/manifests/storage-class";
import { storageDocuments } from "@/lib/core/manifests/storage-documents";
import { agentConfig } from "@/lib/core/manifests/teleport-agent-config";
import { teleportValues } from "@/lib/core/manifests/teleport-values";
import { runbookContent, runbookToMarkdown } from "@/lib/core/runbook";
import type { Plan } from "@/lib/schemas/plan";
import type { BundleContext, BundleOptions } from "./context";
import { bundleContext } from "./context";
import { BUNDLE_PATHS } from "./paths";
import { readme } from "./readme";
import type { Block } from "./serialize/markdown";
import type { ShellLine } from "./serialize/shell";
import type { SqlScript } from "./serialize/sql";

/**
 * Every bundle file as the object it is built from, before serialization. `buildBundle`
 * renders these; the tests parse each rendered file back and compare it with `value`.
 */
export type BundleDocument = { path: string; description: string } & (
  | { format: "yaml"; value: unknown; comment?: readonly string[] }
  | { format: "json" | "terraform"; value: unknown }
  | { format: "markdown"; value: readonly Block[] }
  | { format: "markdown-text"; value: string }
  | { format: "sql"; value: SqlScript }
  | { format: "shell"; value: readonly ShellLine[] }
);

export function bundleDocuments(plan: Plan, analysis: Analysis, options: BundleOptions = {}): BundleDocument[] {
  const ctx = bundleContext(plan, analysis, options);
  const docs = contentDocuments(ctx, options);
  return [{ path: BUNDLE_PATHS.readme, description: "This file: what each file is and the order to use them.", format: "markdown", value: readme(ctx, docs) }, ...docs];
}

function contentDocuments(ctx: BundleContext, options: BundleOptions): BundleDocument[] {
  const { plan, analysis } = ctx;
  const isRoute53 = plan.geoDns.provider === "route53";
  return [
    { path: BUNDLE_PATHS.plan, description: "The plan this bundle was generated from.", format: "json", value: plan },
    {
      path: BUNDLE_PATHS.analysis,
      description: "Sizing, risk findings (with waivers), failure scenarios and latency the planner computed for the plan.",
      format: "json",
      value: analysis,
    },
    {
      path: BUNDLE_PATHS.runbook,
      description: "Step-by-step deployment runbook with checks.",
      format: "markdown-text",
      value: runbookToMarkdown(runbookContent(plan, analysis, options)),
    },
    ...ctx.teleportRegions.map(
      (region): BundleDocument => ({
        path: BUNDLE_PATHS.teleportValues(region.id),
        description: `Helm values for the teleport-cluster chart in ${region.id}.`,
        format: "yaml",
        value: teleportValues(ctx, region),
        comment: [
          `teleport-cluster Helm values for ${region.id}, shaped like the Teleport Multi-region Blueprint's example.`,
          "One release per Kubernetes cluster, the same chart version in every region (README.md, step 8).",
        ],
      }),
    ),
    {
      path: BUNDLE_PATHS.teleportAgentConfig,
      description: "teleport.yaml settings for every agent: a cache back-off so a failed region's agents do not reconnect all at once.",
      format: "yaml",
      value: agentConfig(),
      comment: ["Merge into the teleport.yaml of every Teleport agent (Teleport docs: Scaling, Agent configuration)."],
    },
    { path: BUNDLE_PATHS.cockroachInitSql, description: "Creates Teleport's databases and SQL user and enables rangefeeds.", format: "sql", value: databasesSql() },
    {
      path: BUNDLE_PATHS.cockroachRegionsSql,
      description: "Declares the database regions and the survival goal for the licence.",
      format: "sql",
      value: multiRegionSql(ctx),
    },
    {
      path: BUNDLE_PATHS.cockroachCertificates,
      description: "Commands that create the CockroachDB CA, client and node certificates and their Kubernetes secrets (no key material inside).",
      format: "shell",
      value: certificatesScript(ctx),
    },
    ...ctx.databaseRegions.flatMap((region): BundleDocument[] => [
      ...cockroachRegionValues(ctx, region).map(({ release, values }): BundleDocument => ({
        path: BUNDLE_PATHS.cockroachValues(region.id, release.release),
        description: `Helm values for the cockroachdb chart release ${release.release} in ${release.zone === null ? region.id : `zone ${release.zoneLabel} of ${region.id}`}.`,
        format: "yaml",
        value: values,
        comment: [
          `cockroachdb Helm values for release ${release.release} in ${region.id}. Certificates come from certificates.sh (one CA for every region).`,
          release.zone === null
            ? "The region has no availability zones, so one release serves it and conf.locality has no zone tier."
            : `One release per zone: the chart gives every pod of a release the same conf.locality, so this one runs only on nodes of ${release.zoneLabel}.`,
        ],
      })),
      {
        path: BUNDLE_PATHS.cockroachPublicService(region.id),
        description: `The Service cockroachdb-public in ${region.id}: every zone release's pods, for Teleport and the runbook's SQL.`,
        format: "yaml",
        value: cockroachPublicService(region),
      },
      {
        path: BUNDLE_PATHS.storageClass(region.id),
        description: `SSD StorageClass for CockroachDB volumes in ${region.id}.`,
        format: "yaml",
        value: storageClassManifest(ctx, region),
      },
    ]),
    ...storageDocuments(ctx),
    isRoute53
      ? { path: BUNDLE_PATHS.dnsTerraform, description: "Terraform (JSON) for latency-routed, health-checked Route 53 records.", format: "terraform", value: dnsTerraform(ctx) }
      : { path: BUNDLE_PATHS.dnsChecklist, description: "GeoDNS checklist for the plan's DNS provider.", format: "markdown", value: dnsChecklist(ctx) },
    { path: BUNDLE_PATHS.network, description: "Ports, CIDRs and DNS forwarding needed between the regions.", format: "markdown", value: networkReadme(ctx) },
    ...crossClusterDnsDocuments(ctx),
    ...ciliumRegions(plan).flatMap((region): BundleDocument[] => [
      {
        path: BUNDLE_PATHS.ciliumValues(region.id),
        description: `Cilium values for ${region.id}: cluster name and id, IPAM and routing, the clustermesh-apiserver.`,
        format: "yaml",
        value: ciliumValues(ctx, region),
        comment: [`Cilium chart ${CILIUM_CHART_VERSION} values for ${region.id}. Every upgrade passes this file and clustermesh-values.yaml (RUNBOOK.md).`],
      },
      {
        path: BUNDLE_PATHS.clustermeshValues(region.id),
        description: `Cilium Cluster Mesh peers of ${region.id}, with placeholders for their clustermesh-apiserver addresses.`,
        format: "yaml",
        value: clustermeshValues(ctx, region),
        comment: ["Cluster Mesh peers; the runbook fills the ${CLUSTERMESH_IP_…} placeholders with envsubst and passes the result to helm."],
      },
    ]),
  ];
}
