import { describe, expect, test } from "vitest";
import { getRegionOrThrow } from "@/lib/core/catalog";
import { addRegion } from "@/lib/core/plan-edit";
import type { Plan } from "@/lib/schemas/plan";
import { BUNDLE_MATRIX } from "@/tests/bundle/matrix";
import { dnsEndpointService, dnsForwardConfigMap } from "./cross-cluster-dns";
import { dnsForwardTargets } from "./cross-cluster-dns-targets";

const plan = (name: string) => BUNDLE_MATRIX.find((m) => m.name === name)!.plan;
const regionOf = (p: ReturnType<typeof plan>, id: string) => p.regions.find((r) => r.id === id)!;

describe("the forwarding takes the form each managed Kubernetes reads", () => {
  // EKS, GKE and AKS side by side, added as the designer adds regions.
  const blueprint = plan("blueprint");
  const mixed = ["aws:us-east-1", "gcp:us-east4", "azure:eastus2"].reduce<Plan>(
    (p, id) => addRegion(p, getRegionOrThrow(id)),
    { ...blueprint, regions: [], cockroachdb: { ...blueprint.cockroachdb, secondaryRegion: null } },
  );

  test("GKE: kube-dns stubDomains, one zone per other CockroachDB namespace", () => {
    const cm = dnsForwardConfigMap(mixed, regionOf(mixed, "gcp:us-east4")) as { metadata: { name: string }; data: { stubDomains: string } };
    expect(cm.metadata.name).toBe("kube-dns");
    expect(JSON.parse(cm.data.stubDomains)).toEqual({
      "us-east-1.svc.cluster.local": ["${CROSS_DNS_IP_AWS_US_EAST_1}"],
      "eastus2.svc.cluster.local": ["${CROSS_DNS_IP_AZURE_EASTUS2}"],
    });
  });

  test("AKS: coredns-custom with a .server key; EKS: the whole coredns Corefile with the default block first", () => {
    const aks = dnsForwardConfigMap(mixed, regionOf(mixed, "azure:eastus2")) as { metadata: { name: string }; data: Record<string, string> };
    expect(aks.metadata.name).toBe("coredns-custom");
    expect(aks.data["cockroachdb.server"]).toContain("us-east4.svc.cluster.local:53 {\n    errors\n    cache 30\n    forward . ${CROSS_DNS_IP_GCP_US_EAST4}\n}");
    const eks = dnsForwardConfigMap(mixed, regionOf(mixed, "aws:us-east-1")) as { metadata: { name: string }; data: { Corefile: string } };
    expect(eks.metadata.name).toBe("coredns");
    expect(eks.data.Corefile.startsWith(".:53 {\n    errors\n")).toBe(true);
    expect(eks.data.Corefile).toContain("eastus2.svc.cluster.local:53 {\n    errors\n    cache 30\n    forward . ${CROSS_DNS_IP_AZURE_EASTUS2} {\n        force_tcp\n    }\n}");
  });

  test("the DNS endpoint is internal, UDP on Google Cloud and TCP elsewhere", () => {
    const gcp = dnsEndpointService(regionOf(mixed, "gcp:us-east4")) as { metadata: { annotations: Record<string, string> }; spec: { ports: { protocol: string }[] } };
    expect(gcp.metadata.annotations["networking.gke.io/internal-load-balancer-allow-global-access"]).toBe("true");
    expect(gcp.spec.ports.map((p) => p.protocol)).toEqual(["UDP"]);
    const aws = dnsEndpointService(regionOf(mixed, "aws:us-east-1")) as { metadata: { annotations: Record<string, string> }; spec: { ports: { protocol: string }[] } };
    expect(aws.metadata.annotations["service.beta.kubernetes.io/aws-load-balancer-internal"]).toBe("true");
    expect(aws.spec.ports.map((p) => p.protocol)).toEqual(["TCP"]);
  });
});

test("a namespace that is not a DNS label has no zone to forward (it cannot exist in Kubernetes) and never reaches a Corefile", () => {
  const p = structuredClone(plan("blueprint"));
  p.regions[1]!.kubernetes.cockroachNamespace = "bad } name";
  expect(dnsForwardTargets(p, p.regions[0]!).map((r) => r.id)).toEqual([p.regions[2]!.id]);
  expect(() => dnsForwardConfigMap(p, p.regions[0]!)).not.toThrow();
});

test("a single database region needs no forwarding in itself", () => {
  const p = structuredClone(plan("blueprint"));
  p.regions = p.regions.map((r, i) => ({ ...r, runsCockroach: i === 0 }));
  expect(dnsForwardTargets(p, p.regions[0]!)).toEqual([]);
  expect(dnsForwardTargets(p, p.regions[1]!).map((r) => r.id)).toEqual([p.regions[0]!.id]);
});
