import type { BundleContext } from "@/lib/core/bundle/context";
import { providerOf } from "@/lib/core/bundle/context";
import { STORAGE_CLASSES } from "@/lib/core/sizing";
import type { PlanRegion } from "@/lib/schemas/plan";

/**
 * The SSD StorageClass for a CockroachDB region, from the sizing's per-cloud advice (gp3 with
 * IOPS/throughput for the node size, pd-ssd, Premium_LRS) and named as the plan names it, so
 * the CockroachDB values' `storageClass` refers to it. The blueprint asks for SSDs because the
 * default class "might not be the one offering the best latency and throughput"; CockroachDB
 * docs (Kubernetes performance) say the default classes give slow disks.
 *
 * `WaitForFirstConsumer` binds a volume in the zone the pod is scheduled to, which the chart's
 * zone topology spread needs; `allowVolumeExpansion` lets the volumes grow with the data.
 */
export function storageClassManifest(ctx: BundleContext, region: PlanRegion): Record<string, unknown> {
  const provider = providerOf(region.id) ?? "aws";
  const advice = ctx.analysis.sizing.storageClasses.find((a) => a.provider === provider) ?? STORAGE_CLASSES[provider];
  return {
    apiVersion: "storage.k8s.io/v1",
    kind: "StorageClass",
    metadata: { name: region.storageClass.name },
    provisioner: advice.provisioner,
    parameters: { ...advice.parameters },
    reclaimPolicy: "Delete",
    volumeBindingMode: "WaitForFirstConsumer",
    allowVolumeExpansion: true,
  };
}
