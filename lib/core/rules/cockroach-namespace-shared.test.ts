import { describe, expect, test } from "vitest";
import { cockroachNamespaceSharedRule as rule } from "./cockroach-namespace-shared";
import { brief, runRule, variant } from "./test-support";

describe("cockroach-namespace-shared", () => {
  test("fires when CockroachDB regions share a namespace", () => {
    const plan = variant((p) => p.regions.forEach((r) => (r.kubernetes.cockroachNamespace = "cockroachdb")));
    const findings = runRule(rule, plan);
    expect(brief(findings)).toEqual([
      {
        id: "cockroach-namespace-shared",
        severity: "warning",
        fields: ["regions.0.kubernetes.cockroachNamespace", "regions.1.kubernetes.cockroachNamespace", "regions.2.kubernetes.cockroachNamespace"],
      },
    ]);
    expect(findings[0]?.explanation).toMatch(/^aws:us-east-1, aws:us-east-2 and aws:us-west-2 all use the namespace "cockroachdb"\./);
  });

  test.each([
    ["the template (namespace per region)", variant()],
    ["a shared name in a region without CockroachDB", variant((p) => {
      p.regions.push({ ...structuredClone(p.regions[0]!), id: "aws:ca-central-1", zones: ["ca-central-1a", "ca-central-1b", "ca-central-1d"], runsCockroach: false });
      // A copied region must not keep the Cilium cluster id of the region it was copied from.
      delete p.regions[3]!.kubernetes.ciliumClusterId;
      Object.assign(p.regions[3]!.kubernetes, { podCidr: "10.19.0.0/16", serviceCidr: "172.19.0.0/16" });
    })],
  ])("silent: %s", (_, plan) => {
    expect(runRule(rule, plan)).toEqual([]);
  });
});
