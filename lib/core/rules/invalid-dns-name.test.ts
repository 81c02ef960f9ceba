import { describe, expect, test } from "vitest";
import { invalidDnsNameRule as rule } from "./invalid-dns-name";
import { brief, moveRegion, runRule, variant } from "./test-support";

describe("invalid-dns-name", () => {
  test.each([
    ["Teleport cluster name with upper case", variant((p) => void (p.teleport.clusterName = "Teleport.example.org")), "invalid-dns-name:cluster-name", "teleport.clusterName"],
    ["Teleport cluster name with a 64-character label", variant((p) => void (p.teleport.clusterName = `${"a".repeat(64)}.example.org`)), "invalid-dns-name:cluster-name", "teleport.clusterName"],
    ["TLS secret with an underscore", variant((p) => void (p.teleport.tls = { mode: "existing-secret", secretName: "proxy_cert" })), "invalid-dns-name:tls-secret", "teleport.tls.secretName"],
    ["cert-manager issuer ending in a dot", variant((p) => void (p.teleport.tls = { mode: "cert-manager", issuerName: "letsencrypt.", issuerKind: "ClusterIssuer" })), "invalid-dns-name:tls-issuer", "teleport.tls.issuerName"],
    ["Kubernetes cluster name with a space", variant((p) => void (p.regions[1]!.kubernetes.clusterName = "teleport us-east-2")), "invalid-dns-name:aws:us-east-2:kubernetes-cluster-name", "regions.1.kubernetes.clusterName"],
    ["Teleport namespace with a dot", variant((p) => void (p.regions[0]!.kubernetes.teleportNamespace = "teleport.prod")), "invalid-dns-name:aws:us-east-1:teleport-namespace", "regions.0.kubernetes.teleportNamespace"],
    ["CockroachDB namespace over 63 characters", variant((p) => void (p.regions[2]!.kubernetes.cockroachNamespace = "c".repeat(64))), "invalid-dns-name:aws:us-west-2:cockroach-namespace", "regions.2.kubernetes.cockroachNamespace"],
    ["storage class with upper case", variant((p) => void (p.regions[0]!.storageClass.name = "GP3")), "invalid-dns-name:aws:us-east-1:storage-class", "regions.0.storageClass.name"],
  ])("fires: %s", (_, plan, id, field) => {
    expect(brief(runRule(rule, plan))).toEqual([{ id, severity: "critical", fields: [field] }]);
  });

  test("one finding for bucket names the prefix makes invalid", () => {
    const findings = runRule(rule, variant((p) => void (p.objectStorage.bucketPrefix = "Teleport_Sessions")));
    expect(brief(findings)).toEqual([{ id: "invalid-dns-name:bucket", severity: "critical", fields: ["objectStorage.bucketPrefix"] }]);
    expect(findings[0]?.regions).toEqual(["aws:us-east-1", "aws:us-east-2", "aws:us-west-2"]);
  });

  test("a prefix too long only for a longer region code names that region", () => {
    const prefix = "p".repeat(63 - "-us-east-1".length);
    const plan = variant((p) => {
      moveRegion(p, 2, "aws:ap-southeast-2");
      p.objectStorage.bucketPrefix = prefix;
    });
    const findings = runRule(rule, plan);
    expect(findings.map((f) => [f.id, f.regions])).toEqual([["invalid-dns-name:bucket", ["aws:ap-southeast-2"]]]);
    expect(findings[0]?.explanation).toContain("It is 68 characters long; S3 bucket names have 3 to 63.");
  });

  test.each([
    ["the template", variant()],
    ["bucket rules do not apply to GCS", variant((p) => Object.assign(p.objectStorage, { kind: "gcs", bucketPrefix: "Teleport_Sessions" }))],
    ["a namespace of a region without Teleport is not a Teleport namespace", variant((p) => Object.assign(p.regions[2]!, { runsTeleport: false, kubernetes: { ...p.regions[2]!.kubernetes, teleportNamespace: "Not Used" } }))],
  ])("silent: %s", (_, plan) => {
    expect(runRule(rule, plan)).toEqual([]);
  });
});
