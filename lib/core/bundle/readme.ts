import { shellCommand } from "@/lib/core/text/quote";
import { TELEPORT_DATABASES } from "@/lib/core/manifests/cockroach-sql";
import { cockroachReleases } from "@/lib/core/manifests/cockroach-zones";
// Release and chart names are shared with the runbook so its checks find what the README installs.
import { COCKROACH_CHART, COCKROACH_CHART_VERSION, COCKROACH_REPO, TELEPORT_CHART, TELEPORT_RELEASE, TELEPORT_REPO } from "@/lib/core/runbook/names";
import type { BundleContext } from "./context";
import type { BundleDocument } from "./documents";
import { BUNDLE_PATHS } from "./paths";
import type { Block, BlockContent, Inline } from "./serialize/markdown";
import { code, codeBlock, heading, link, list, paragraph, table } from "./serialize/markdown";


/**
 * README.md: what each file is, then the order to use them with the commands for each region.
 * Commands are argument vectors quoted by shellCommand; plan values appear only as text nodes
 * or inside those commands.
 */
export function readme(ctx: BundleContext, docs: readonly BundleDocument[]): Block[] {
  const { plan, analysis } = ctx;
  const { summary } = analysis;
  const sh = (...lines: string[][]) => codeBlock("sh", lines.map(shellCommand).join("\n"));
  const fileLink = (path: string): Inline => link(path, path);
  const has = (path: string) => docs.some((d) => d.path === path);
  const storageDoc = has(BUNDLE_PATHS.storageTerraform) ? BUNDLE_PATHS.storageTerraform : BUNDLE_PATHS.storageSteps;
  const dnsDoc = has(BUNDLE_PATHS.dnsTerraform) ? BUNDLE_PATHS.dnsTerraform : BUNDLE_PATHS.dnsChecklist;

  const steps: BlockContent[][] = [
    [
      paragraph("Read ", fileLink(BUNDLE_PATHS.runbook), " (the full procedure with checks) and the findings in ", fileLink(BUNDLE_PATHS.analysis), "."),
      paragraph(`Open findings: ${summary.critical} critical, ${summary.warning} warning, ${summary.info} info (${summary.waived} waived).`),
    ],
    [paragraph("Open the network paths in ", fileLink(BUNDLE_PATHS.network), " between all regions.")],
    [
      paragraph("Create the namespaces, and the SSD StorageClass in every CockroachDB region:"),
      sh(
        ...namespaces(ctx).map(({ namespace, context }) => ["kubectl", "create", "namespace", namespace, `--context=${context}`]),
        ...ctx.databaseRegions.map((r) => ["kubectl", "apply", `--context=${r.kubernetes.clusterName}`, "-f", BUNDLE_PATHS.storageClass(r.id)]),
      ),
    ],
    [paragraph("Create the certificates and secrets:"), sh(["sh", BUNDLE_PATHS.cockroachCertificates])],
    [
      paragraph("Install CockroachDB in every CockroachDB region, one release per availability zone so that each node carries its zone in its locality, then initialise the cluster once (see the runbook):"),
      sh(
        ["helm", "repo", "add", COCKROACH_REPO.name, COCKROACH_REPO.url],
        // One release per zone (lib/core/manifests/cockroach-zones.ts), then the region-wide cockroachdb-public Service.
        ...ctx.databaseRegions.flatMap((r) => [
          ...cockroachReleases(ctx.plan, r).map(({ release }) => [
            "helm", "upgrade", "--install", release, COCKROACH_CHART, `--version=${COCKROACH_CHART_VERSION}`,
            `--namespace=${r.kubernetes.cockroachNamespace}`, `--kube-context=${r.kubernetes.clusterName}`, `--values=${BUNDLE_PATHS.cockroachValues(r.id, release)}`,
          ]),
          ["kubectl", "apply", `--namespace=${r.kubernetes.cockroachNamespace}`, `--context=${r.kubernetes.clusterName}`, "-f", BUNDLE_PATHS.cockroachPublicService(r.id)],
        ]),
      ),
    ],
    [
      paragraph("Create the databases, then declare the regions (", code(TELEPORT_DATABASES.join(", ")), "):"),
      list([[fileLink(BUNDLE_PATHS.cockroachInitSql)], [fileLink(BUNDLE_PATHS.cockroachRegionsSql)]]),
    ],
    // GCS and Azure Blob have steps beyond terraform apply (placeholders, ConfigMaps) that must precede the install.
    [paragraph("Set up the session recording storage: ", fileLink(storageDoc), ...(storageDoc !== BUNDLE_PATHS.storageSteps && has(BUNDLE_PATHS.storageSteps) ? [", following ", fileLink(BUNDLE_PATHS.storageSteps)] : []), ".")],
    [
      paragraph(`Install Teleport ${ctx.teleportVersion} in every Teleport region (one release per Kubernetes cluster, the same chart version everywhere):`),
      sh(
        ["helm", "repo", "add", TELEPORT_REPO.name, TELEPORT_REPO.url],
        ...ctx.teleportRegions.map((r) => [
          "helm", "upgrade", "--install", TELEPORT_RELEASE, TELEPORT_CHART, `--version=${ctx.teleportVersion}`,
          `--namespace=${r.kubernetes.teleportNamespace}`, `--kube-context=${r.kubernetes.clusterName}`, `--values=${BUNDLE_PATHS.teleportValues(r.id)}`,
        ]),
      ),
    ],
    [paragraph("Publish the GeoDNS records: ", fileLink(dnsDoc), ".")],
  ];

  return [
    heading(1, "Deployment bundle: ", plan.teleport.clusterName),
    paragraph(
      `Teleport ${ctx.teleportVersion} (${plan.teleport.edition}) in ${ctx.teleportRegions.length} regions, backed by CockroachDB ${plan.cockroachdb.version} ` +
        `in ${ctx.databaseRegions.length} regions, following Teleport's Multi-region Blueprint. Kubernetes contexts are assumed to be named after each region's cluster name.`,
    ),
    heading(2, "CockroachDB layout"),
    paragraph(
      "One release of the classic cockroachdb chart per availability zone, named cockroachdb-<zone>, pinned to its zone's nodes with the node label ",
      code("topology.kubernetes.io/zone"),
      ", so that every node's locality carries its zone (",
      code(plan.cockroachdb.licence === "core" ? "zone=<region>,az=<zone>" : "region=<region>,zone=<zone>"),
      ") and CockroachDB spreads replicas over zones. The chart gives every pod of a release one locality, which is why a release per zone and not per region. " +
        "A region without availability zones gets one release without a zone tier. In each region the Service cockroachdb-public selects the pods of all its releases: Teleport connects through it.",
    ),
    heading(2, "Files"),
    table(
      ["File", "What it is"],
      [...docs].sort((a, b) => (a.path < b.path ? -1 : 1)).map((d) => [fileLink(d.path), d.description]),
    ),
    heading(2, "Order of use"),
    list(steps, true),
  ];
}

/** Every (context, namespace) pair the bundle installs into, once each, in plan order. */
function namespaces(ctx: BundleContext): { context: string; namespace: string }[] {
  const pairs = ctx.plan.regions.flatMap((r) => [
    ...(r.runsCockroach ? [{ context: r.kubernetes.clusterName, namespace: r.kubernetes.cockroachNamespace }] : []),
    ...(r.runsTeleport ? [{ context: r.kubernetes.clusterName, namespace: r.kubernetes.teleportNamespace }] : []),
  ]);
  return pairs.filter((p, i) => pairs.findIndex((q) => q.context === p.context && q.namespace === p.namespace) === i);
}
