import type { Plan } from "@/lib/schemas/plan";

/**
 * Monitoring hooks the charts offer, turned on by the optional plan field
 * `monitoring.prometheusOperator` (default false: plans stored before it existed, and clusters
 * without the Prometheus Operator, get none, since a PodMonitor or ServiceMonitor without its CRD
 * fails the Helm install: "no matches for kind").
 * - teleport-cluster: `podMonitor.enabled` (values.schema.json, chart 18.x: a PodMonitor scraping
 *   the diagnostics port of the Auth and Proxy pods; `additionalLabels` defaults to
 *   `prometheus: default`).
 * - cockroachdb: `serviceMonitor.enabled` (cockroachdb/helm-charts cockroachdb/values.yaml and
 *   templates/servicemonitor.yaml: a ServiceMonitor on the public service's http port, /_status/vars).
 * - cilium: `prometheus.enabled` + `prometheus.serviceMonitor.enabled` for the agent and
 *   `operator.prometheus.enabled` + `operator.prometheus.serviceMonitor.enabled` for the operator
 *   (cilium chart 1.18.0 values.schema.json; tests/bundle/fixtures/cilium-chart-keys.json). The chart's
 *   templates/validate.yaml fails the install when monitoring.coreos.com/v1 is not served, which the
 *   runbook's cluster step checks first.
 *   Hubble metrics are left off: they need Hubble itself, which the bundle does not enable.
 */
export const isPrometheusOperator = (plan: Plan): boolean => plan.monitoring?.prometheusOperator ?? false;

export function teleportMonitoringValues(plan: Plan): Record<string, unknown> {
  return isPrometheusOperator(plan) ? { podMonitor: { enabled: true } } : {};
}

export function cockroachMonitoringValues(plan: Plan): Record<string, unknown> {
  return isPrometheusOperator(plan) ? { serviceMonitor: { enabled: true } } : {};
}

export function ciliumMonitoringValues(plan: Plan): Record<string, unknown> {
  if (!isPrometheusOperator(plan)) return {};
  const scraped = { enabled: true, serviceMonitor: { enabled: true } };
  return { prometheus: scraped, operator: { prometheus: scraped } };
}
