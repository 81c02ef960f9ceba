import { BUNDLE_PATHS } from "@/lib/core/bundle/paths";
import { CILIUM_CHART_VERSION, ciliumClusterId, clustermeshVar } from "@/lib/core/manifests/cilium-values";
import type { Plan, PlanRegion } from "@/lib/schemas/plan";
import { kubeContext, providerOf, regionLabel } from "../names";
import { capture, captureFirst, envRef, kubectl, pipe, sh, substituted } from "../shell";
import { SRC } from "../sources";
import type { StepDraft } from "../types";
import { draft } from "../step";

export { CILIUM_CHART_VERSION };

const CILIUM_NAMESPACE = "kube-system";
const CILIUM_CHART = "cilium/cilium";

/** `helm upgrade --install cilium` for a region with the pinned chart and its values file, plus any further values. */
function helmCilium(region: PlanRegion, extra: readonly string[] = []): string[] {
  return [
    "helm", "upgrade", "--install", "cilium", CILIUM_CHART, "--version", CILIUM_CHART_VERSION,
    "--kube-context", kubeContext(region), "--namespace", CILIUM_NAMESPACE,
    "--values", BUNDLE_PATHS.ciliumValues(region.id), ...extra,
  ];
}

/**
 * Cilium in every cluster before any mesh command (issue 10, defect 6). The first region's
 * release generates the cilium-ca Secret; the others get a copy first, because clusters of a
 * mesh must trust one CA (Cilium docs: Setting up Cluster Mesh, "Shared Certificate Authority").
 */
export function ciliumInstallSteps(plan: Plan): StepDraft[] {
  const [first] = plan.regions;
  return plan.regions.map((region) => {
    const context = kubeContext(region);
    const copyCa =
      first && first !== region
        ? [pipe(kubectl(kubeContext(first), CILIUM_NAMESPACE, "get", "secret", "cilium-ca", "--output=yaml"), kubectl(context, CILIUM_NAMESPACE, "apply", "--filename=-"))]
        : [];
    return draft({
      key: `networks.cilium.${region.id}`,
      title: `Install Cilium in ${region.id}`,
      what:
        `Install Cilium ${CILIUM_CHART_VERSION} in ${context} (${regionLabel(region.id)}) as cluster ${region.kubernetes.clusterName} with id ${ciliumClusterId(plan, region)}, from this region's values file: every setting the mesh needs is there, so later upgrades with the same files change nothing unintended. ` +
        (providerOf(region.id) === "azure" ? "The AKS cluster must have been created without a CNI (--network-plugin none) for bring-your-own CNI. " : "") +
        (copyCa.length ? `First copy the cilium-ca Secret from ${first!.id}: every cluster of the mesh trusts the same CA.` : "This release generates the cilium-ca Secret the other regions copy."),
      commands: [...copyCa, sh(helmCilium(region))],
      verify: [sh(["cilium", "status", "--context", context, "--wait"])],
      expect: "Cilium and the operator report OK; the clustermesh-apiserver Deployment is ready.",
      files: [BUNDLE_PATHS.ciliumValues(region.id)],
      sources: [SRC.dependencies],
      inputs: { id: region.id, context, clusterName: region.kubernetes.clusterName, clusterId: ciliumClusterId(plan, region), podCidr: region.kubernetes.podCidr, podNetworking: region.kubernetes.podNetworking, first: first?.id ?? null },
    });
  });
}

const apiserverAddress = (region: PlanRegion) =>
  kubectl(kubeContext(region), CILIUM_NAMESPACE, "get", "service", "clustermesh-apiserver", `--output=jsonpath={.status.loadBalancer.ingress[0].${providerOf(region.id) === "aws" ? "hostname" : "ip"}}`);

/** Look up every clustermesh-apiserver address, then upgrade each release with its values and its filled-in peers. */
export function meshCommands(plan: Plan): string[] {
  const lookups = plan.regions.flatMap((r) =>
    providerOf(r.id) === "aws"
      ? [capture(`${clustermeshVar(r)}_HOST`, apiserverAddress(r)), captureFirst(clustermeshVar(r), ["dig", "+short", envRef(`${clustermeshVar(r)}_HOST`)])]
      : [capture(clustermeshVar(r), apiserverAddress(r))],
  );
  const upgrades = plan.regions.map((r) =>
    substituted(
      plan.regions.filter((p) => p.id !== r.id).map(clustermeshVar),
      BUNDLE_PATHS.clustermeshValues(r.id),
      helmCilium(r, ["--values", "-"]),
    ),
  );
  return [...lookups, ...upgrades];
}
