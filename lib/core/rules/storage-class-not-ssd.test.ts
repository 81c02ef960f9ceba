import { describe, expect, test } from "vitest";
import { storageClassNotSsdRule as rule } from "./storage-class-not-ssd";
import { brief, runRule, variant } from "./test-support";

describe("storage-class-not-ssd", () => {
  test.each([
    ["hdd", "critical"],
    ["unknown", "warning"],
  ] as const)("fires for %s storage", (type, severity) => {
    const plan = variant((p) => void (p.regions[1]!.storageClass = { name: "standard", type }));
    expect(brief(runRule(rule, plan))).toEqual([
      { id: "storage-class-not-ssd:aws:us-east-2", severity, fields: ["regions.1.storageClass.type", "regions.1.storageClass.name"] },
    ]);
  });

  test.each([
    ["the template (SSD everywhere)", variant()],
    [
      "HDD in a region that runs no CockroachDB",
      variant((p) => {
        p.regions.push({ ...structuredClone(p.regions[2]!), id: "aws:us-west-1", zones: ["us-west-1a", "us-west-1b"], runsCockroach: false, storageClass: { name: "standard", type: "hdd" } });
        // A copied region must not keep the Cilium cluster id of the region it was copied from.
        delete p.regions[3]!.kubernetes.ciliumClusterId;
        p.regions[3]!.kubernetes.podCidr = "10.19.0.0/16";
        p.regions[3]!.kubernetes.serviceCidr = "172.19.0.0/16";
      }),
    ],
  ])("silent: %s", (_, plan) => {
    expect(runRule(rule, plan)).toEqual([]);
  });
});
