import type { PlanRegion } from "@/lib/schemas/plan";
import { providerOf } from "@/lib/core/bundle/context";

/**
 * The in-tree AWS cloud provider and the AWS Load Balancer Controller both read this annotation
 * (the controller also accepts `aws-load-balancer-attributes`); the teleport-cluster chart adds
 * exactly it to the proxy Service in `chartMode: aws` (templates/proxy/service.yaml), but the
 * blueprint's `standalone` mode does not, so an AWS region's proxy load balancer would route
 * only to targets in the zone a client's connection arrives in.
 */
export const AWS_CROSS_ZONE_ANNOTATION = "service.beta.kubernetes.io/aws-load-balancer-cross-zone-load-balancing-enabled";

/**
 * `proxy.annotations.service` for a region: cross-zone load balancing on AWS. Only the proxy
 * gets a load balancer: the chart's Auth Service is "internal-only and always uses a ClusterIP"
 * (values.yaml, `service`), so there is no Auth load balancer to annotate.
 */
export function proxyServiceAnnotations(region: PlanRegion): Record<string, string> {
  return providerOf(region.id) === "aws" ? { [AWS_CROSS_ZONE_ANNOTATION]: "true" } : {};
}
