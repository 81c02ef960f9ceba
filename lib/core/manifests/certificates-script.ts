import type { BundleContext } from "@/lib/core/bundle/context";
import type { ShellLine } from "@/lib/core/bundle/serialize/shell";
import { blank, command, comment } from "@/lib/core/bundle/serialize/shell";
import { COCKROACH_PUBLIC_SERVICE } from "./cockroach-public-service";
import { COCKROACH_NODE_SECRET, COCKROACH_ROOT_SECRET } from "./cockroach-values";
import { cockroachReleases } from "./cockroach-zones";
import { TELEPORT_SQL_USER } from "./cockroach-sql";
import { DB_CERTS_SECRET } from "./teleport-values";

const CERTS = "certs";
const CA_KEY = "my-safe-directory/ca.key";
const fromFile = (key: string) => `--from-file=${key}=${CERTS}/${key}`;
/** A Service's short, namespaced and cluster-local names, as node certificates need them (multi-cluster guide). */
const serviceNames = (service: string, ns: string) => [service, `${service}.${ns}`, `${service}.${ns}.svc.cluster.local`];
const where = (namespace: string, context: string) => [`--namespace=${namespace}`, `--context=${context}`];

/**
 * certificates.sh: the commands that create one CockroachDB CA, the `teleport` and `root`
 * client certificates, a node certificate per CockroachDB region (naming the region-wide
 * `cockroachdb-public` and every zone release's Services and pods), and the Kubernetes secrets
 * that carry them. The bundle holds commands only, never key material: the operator runs this
 * on a trusted machine and keeps `my-safe-directory/ca.key` offline.
 *
 * Sources: CockroachDB docs, cockroach cert (create-ca, create-client, create-node) and the
 * multi-cluster guide (one CA shared by all regions; node SANs per namespace; delete the node
 * key between regions); Multi-region Blueprint ("You must end up with 3 files:
 * client.teleport.crt, client.teleport.key, ca.crt", mounted from secret `cockroach-certs`).
 * Kubernetes contexts are assumed to be named after the plan's cluster names.
 */
export function certificatesScript(ctx: BundleContext): ShellLine[] {
  const lines: ShellLine[] = [
    comment("CockroachDB certificates and the Kubernetes secrets that carry them."),
    comment("Run on a trusted machine with cockroach and kubectl; keep my-safe-directory/ca.key offline afterwards."),
    comment("Kubernetes contexts are assumed to be named after each region's cluster name in the plan."),
    blank,
    command("mkdir", "-p", CERTS, "my-safe-directory"),
    comment("One CA for every region (CockroachDB multi-cluster guide)."),
    command("cockroach", "cert", "create-ca", `--certs-dir=${CERTS}`, `--ca-key=${CA_KEY}`),
    comment("Client certificate for Teleport's SQL user: client.teleport.crt and client.teleport.key."),
    command("cockroach", "cert", "create-client", TELEPORT_SQL_USER, `--certs-dir=${CERTS}`, `--ca-key=${CA_KEY}`),
    comment("Client certificate for root, used by operators and the chart's init job."),
    command("cockroach", "cert", "create-client", "root", `--certs-dir=${CERTS}`, `--ca-key=${CA_KEY}`),
  ];

  for (const region of ctx.databaseRegions) {
    const { cockroachNamespace: ns, clusterName } = region.kubernetes;
    lines.push(
      blank,
      comment(`CockroachDB region ${region.id}: node certificate for this namespace, then the chart's secrets.`),
      command(
        "cockroach",
        "cert",
        "create-node",
        "localhost",
        "127.0.0.1",
        ...serviceNames(COCKROACH_PUBLIC_SERVICE, ns),
        // Every zone release: its own public Service and its pods (`<release>-N.<release>…`, the
        // chart's --advertise-host and the join list).
        ...cockroachReleases(ctx.plan, region).flatMap(({ release }) => [...serviceNames(`${release}-public`, ns), ...serviceNames(`*.${release}`, ns)]),
        `--certs-dir=${CERTS}`,
        `--ca-key=${CA_KEY}`,
      ),
      command("kubectl", "create", "secret", "generic", COCKROACH_NODE_SECRET, ...where(ns, clusterName), fromFile("ca.crt"), fromFile("node.crt"), fromFile("node.key")),
      command(
        "kubectl",
        "create",
        "secret",
        "generic",
        COCKROACH_ROOT_SECRET,
        ...where(ns, clusterName),
        fromFile("ca.crt"),
        fromFile("client.root.crt"),
        fromFile("client.root.key"),
      ),
      comment("The next region gets its own node certificate."),
      command("rm", `${CERTS}/node.crt`, `${CERTS}/node.key`),
    );
  }

  for (const region of ctx.teleportRegions) {
    const { teleportNamespace: ns, clusterName } = region.kubernetes;
    lines.push(
      blank,
      comment(`Teleport region ${region.id}: the secret the Auth pods mount at /var/lib/db-certs.`),
      command(
        "kubectl",
        "create",
        "secret",
        "generic",
        DB_CERTS_SECRET,
        ...where(ns, clusterName),
        fromFile("ca.crt"),
        fromFile("client.teleport.crt"),
        fromFile("client.teleport.key"),
      ),
    );
  }
  return lines;
}
