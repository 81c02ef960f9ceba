import { shellCommand } from "@/lib/core/text/quote";
import { TELEPORT_DATABASES } from "@/lib/core/manifests/cockroach-sql";
// Release and chart names are shared with the runbook so its checks find what the README installs.
import { COCKROACH_CHART, COCKROACH_CHART_VERSION, COCKROACH_RELEASE, COCKROACH_REPO, TELEPORT_CHART, TELEPORT_RELEASE, TELEPORT_REPO } from "@/lib/core/runbook/names";
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
      paragraph("Install CockroachDB in every CockroachDB region, then initialise the cluster once (see the runbook):"),
      sh(
        ["helm", "repo", "add", COCKROACH_REPO.name, COCKROACH_REPO.url],
        ...ctx.databaseRegions.map((r) => [
          "helm", "upgrade", "--install", COCKROACH_RELEASE, COCKROACH_CHART, `--version=${COCKROACH_CHART_VERSION}`,
          `--namespace=${r.kubernetes.cockroachNamespace}`, `--kube-context=${r.kubernetes.clusterName}`, `--values=${BUNDLE_PATHS.cockroachValues(r.id)}`,
        ]),
      ),
    ],
    [
      paragraph("Create the databases, then declare the regions (", code(TELEPORT_DATABASES.join(", ")), "):"),
      list([[fileLink(BUNDLE_PATHS.cockroachInitSql)], [fileLink(BUNDLE_PATHS.cockroachRegionsSql)]]),
    ],
    [paragraph("Set up the session recording storage: ", fileLink(storageDoc), ".")],
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
