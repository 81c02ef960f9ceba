import { isPrometheusOperator } from "@/lib/core/manifests/monitoring";
import type { PlanRegion } from "@/lib/schemas/plan";
import {
  CILIUM_REPO,
  COCKROACH_REPO,
  TELEPORT_CHART,
  TELEPORT_REPO,
  kubeContext,
  listText,
  providerOf,
  regionCode,
  regionLabel,
} from "../names";
import { envRef, envSuffix, kubectl, pipe, sh, type ShellArg } from "../shell";
import { SRC } from "../sources";
import { draft, type RunbookContext } from "../step";
import type { StepDraft } from "../types";

const PROVIDER_CLI = { aws: "the AWS CLI (aws)", gcp: "the Google Cloud CLI (gcloud)", azure: "the Azure CLI (az)" } as const;

/** Tools, licences and one kubeconfig context per region, named after the region's cluster. */
export function prerequisiteSteps({ plan }: RunbookContext): StepDraft[] {
  const providers = [...new Set(plan.regions.map((r) => providerOf(r.id)))].sort();
  const isCilium = plan.connectivity.kind === "cilium-cluster-mesh";
  const tools = draft({
    key: "prerequisites.tools",
    title: "Install the command-line tools and Helm repositories",
    what:
      `Install kubectl, Helm 3, Terraform, the cockroach CLI ${plan.cockroachdb.version} (it creates the certificates and runs the SQL files)${isCilium ? ", the cilium CLI" : ""} and ${listText(providers.map((p) => PROVIDER_CLI[p]))}. ` +
      `Add the Teleport and CockroachDB chart repositories. Every regional Teleport release is pinned to chart version ${plan.teleport.version}: the blueprint deploys one release per Kubernetes cluster, and releases on different versions break agent connectivity.`,
    commands: [
      sh(["helm", "repo", "add", TELEPORT_REPO.name, TELEPORT_REPO.url]),
      sh(["helm", "repo", "add", COCKROACH_REPO.name, COCKROACH_REPO.url]),
      ...(isCilium ? [sh(["helm", "repo", "add", CILIUM_REPO.name, CILIUM_REPO.url])] : []),
      sh(["helm", "repo", "update"]),
    ],
    verify: [sh(["helm", "search", "repo", TELEPORT_CHART, "--version", plan.teleport.version]), sh(["cockroach", "version"])],
    expect: `Helm lists ${TELEPORT_CHART} at chart version ${plan.teleport.version}; cockroach version shows Build Tag v${plan.cockroachdb.version}.`,
    sources: [SRC.deploying, SRC.cockroachCert],
    inputs: { teleport: plan.teleport.version, cockroach: plan.cockroachdb.version, providers, isCilium },
  });

  const isEnterprise = plan.teleport.edition === "enterprise";
  const licences = draft({
    key: "prerequisites.licences",
    title: "Have the Teleport and CockroachDB licences at hand",
    what:
      (isEnterprise
        ? "Download the Teleport Enterprise licence file license.pem from the Teleport customer portal; the Teleport steps store it as a Secret in every Teleport region. "
        : "The plan uses Teleport Community Edition, but the CockroachDB backend requires Teleport Enterprise: switch the plan to Enterprise before deploying. ") +
      cockroachLicenceText(plan.cockroachdb.licence),
    verify: isEnterprise ? [sh(["test", "-s", "license.pem"])] : [],
    expect: isEnterprise ? "The command exits 0: license.pem exists and is not empty." : "",
    sources: [SRC.architecture, SRC.backends, SRC.cockroachLicensing],
    inputs: { edition: plan.teleport.edition, licence: plan.cockroachdb.licence },
  });

  const isMonitored = isPrometheusOperator(plan);
  return [tools, licences, ...plan.regions.map((region) => clusterStep(region, isMonitored))];
}

function cockroachLicenceText(licence: "enterprise" | "enterprise-free" | "trial" | "core"): string {
  switch (licence) {
    case "enterprise":
      return "Have the CockroachDB Enterprise licence key ready; it is set once the cluster is initialised.";
    case "enterprise-free":
      return "Have the CockroachDB Enterprise Free licence key ready (only for businesses under US$10M annual revenue; it needs telemetry, or the cluster is throttled to 5 concurrent transactions after 7 days).";
    case "trial":
      return "The CockroachDB Enterprise Trial licence lasts 30 days and needs telemetry; get a paid or Free licence before it ends, or the cluster is throttled.";
    case "core":
      return "CockroachDB retired its Core offering in late 2024: versions from 24.3 on need an Enterprise, Enterprise Free or Trial licence key, or the cluster is throttled to 5 concurrent transactions 7 days after initialisation.";
  }
}

/** The provider's command that writes a kubeconfig entry, with the context named after the cluster. */
function credentialsCommands(region: PlanRegion): string[] {
  const name = region.kubernetes.clusterName;
  const code = regionCode(region.id);
  switch (providerOf(region.id)) {
    case "aws":
      return [sh(["aws", "eks", "update-kubeconfig", "--region", code, "--name", name, "--alias", name])];
    case "gcp":
      return [
        sh(["gcloud", "container", "clusters", "get-credentials", name, "--region", code]),
        // gcloud names the context gke_<project>_<region>_<cluster>; rename it to the cluster name.
        `${sh(["kubectl", "config", "rename-context"])} "$(kubectl config current-context)" ${sh([name])}`,
      ];
    case "azure": {
      const group: ShellArg = envRef(`AKS_RESOURCE_GROUP_${envSuffix(code)}`);
      return [sh(["az", "aks", "get-credentials", "--name", name, "--resource-group", group, "--context", name])];
    }
  }
}

/** The Prometheus Operator CRDs the charts' PodMonitor and ServiceMonitor need (lib/core/manifests/monitoring.ts). */
const MONITOR_CRDS = ["podmonitors.monitoring.coreos.com", "servicemonitors.monitoring.coreos.com"];

function clusterStep(region: PlanRegion, isMonitored: boolean): StepDraft {
  const context = kubeContext(region);
  const { teleportNamespace, cockroachNamespace } = region.kubernetes;
  const namespaces = [...new Set([...(region.runsTeleport ? [teleportNamespace] : []), ...(region.runsCockroach ? [cockroachNamespace] : [])])];
  const roles = [region.runsTeleport ? "Teleport" : null, region.runsCockroach ? "CockroachDB" : null].filter((r) => r !== null);
  const createNamespace = (ns: string) =>
    pipe(kubectl(context, null, "create", "namespace", ns, "--dry-run=client", "--output=yaml"), kubectl(context, null, "apply", "--filename=-"));
  return draft({
    key: `prerequisites.cluster.${region.id}`,
    title: `Connect to the Kubernetes cluster in ${region.id}`,
    what:
      `${regionLabel(region.id)} runs ${listText(roles) || "nothing yet"} in the Kubernetes cluster ${context}, with nodes in ${listText(region.zones)}. ` +
      `Name its kubeconfig context ${context} so every later command selects it with --context or --kube-context, then create the namespace${namespaces.length === 1 ? "" : "s"} ${listText(namespaces)}. ` +
      "The blueprint runs one Kubernetes cluster per region." +
      (isMonitored
        ? " The plan turns on the charts' PodMonitor and ServiceMonitor objects, so the Prometheus Operator's CRDs must be installed in this cluster before any Helm release: without them helm install fails (no matches for kind PodMonitor)."
        : ""),
    commands: [...credentialsCommands(region), ...namespaces.map(createNamespace)],
    verify: [
      sh(kubectl(context, null, "get", "nodes", "--label-columns=topology.kubernetes.io/zone")),
      ...(namespaces.length ? [sh(kubectl(context, null, "get", "namespaces", ...namespaces))] : []),
      ...(isMonitored ? [sh(kubectl(context, null, "get", "crd", ...MONITOR_CRDS))] : []),
    ],
    expect:
      `Ready nodes in each of ${listText(region.zones)} (ZONE column); ${namespaces.length ? `namespace${namespaces.length === 1 ? "" : "s"} ${listText(namespaces)} Active.` : "no namespaces needed."}` +
      (isMonitored ? ` Both CRDs ${listText(MONITOR_CRDS)} are listed.` : ""),
    sources: [SRC.dependencies, ...(isMonitored ? [SRC.helmChart] : [])],
    inputs: { id: region.id, kubernetes: { clusterName: context, teleportNamespace, cockroachNamespace }, zones: region.zones, roles, ...(isMonitored ? { isMonitored } : {}) },
  });
}
