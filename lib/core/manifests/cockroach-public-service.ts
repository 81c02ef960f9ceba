import type { PlanRegion } from "@/lib/schemas/plan";
import { COCKROACH_RELEASE_PREFIX } from "./cockroach-zones";

/**
 * The region-wide `cockroachdb-public` Service in front of every zone release of a region.
 *
 * Each zone release gets its own `<release>-public` Service from the chart, which reaches that
 * zone's pods only. Teleport's connection string (`cockroachdb-public.<namespace>.svc.cluster.local`,
 * Multi-region Blueprint, "Teleport backend configuration") and the node certificates name one
 * Service per region, so this one selects the pods of all releases by the labels the chart puts
 * on every CockroachDB pod whatever the release: `app.kubernetes.io/name: cockroachdb` (the
 * chart name, cockroachdb.name in _helpers.tpl) and `app.kubernetes.io/component: cockroachdb`
 * (the default `statefulset.labels`, values.yaml). It leaves out `app.kubernetes.io/instance`,
 * which is the release. Ports as the chart's own public Service: `grpc` 26257 (SQL and
 * inter-node) and `http` 8080, targeting the container ports the StatefulSet names `grpc` and
 * `http` (cockroachdb/helm-charts cockroachdb/templates/service.public.yaml and
 * statefulset.yaml at a26cc90afdace16bb29c0acebe7bfdec2f56b346, chart 21.0.1).
 *
 * Not headless and not publishing unready pods: clients should only reach live nodes. The
 * name cannot clash with a release's own Service, since every release is `cockroachdb-<zone>`.
 */
export const COCKROACH_PUBLIC_SERVICE = `${COCKROACH_RELEASE_PREFIX}-public`;

/** The labels every CockroachDB pod of every release carries (see above). */
export const COCKROACH_POD_LABELS = {
  "app.kubernetes.io/name": "cockroachdb",
  "app.kubernetes.io/component": "cockroachdb",
} as const;

export function cockroachPublicService(region: PlanRegion): Record<string, unknown> {
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: {
      name: COCKROACH_PUBLIC_SERVICE,
      namespace: region.kubernetes.cockroachNamespace,
      labels: { ...COCKROACH_POD_LABELS, "app.kubernetes.io/part-of": "teleport-multi-region" },
    },
    spec: {
      type: "ClusterIP",
      selector: { ...COCKROACH_POD_LABELS },
      ports: [
        { name: "grpc", port: 26257, targetPort: "grpc", protocol: "TCP" },
        { name: "http", port: 8080, targetPort: "http", protocol: "TCP" },
      ],
    },
  };
}
