import { describe, expect, test } from "vitest";
import { cidrOverlapRule as rule } from "./cidr-overlap";
import { brief, runRule, variant } from "./test-support";

describe("cidr-overlap", () => {
  test.each([
    [
      "pod ranges of two regions",
      variant((p) => void (p.regions[2]!.kubernetes.podCidr = "10.16.128.0/17")),
      [{ id: "cidr-overlap:pod:aws:us-east-1:aws:us-west-2", severity: "critical", fields: ["regions.0.kubernetes.podCidr", "regions.2.kubernetes.podCidr"] }],
    ],
    [
      "pod and service ranges inside one region",
      variant((p) => void (p.regions[1]!.kubernetes.serviceCidr = "10.17.0.0/20")),
      [{ id: "cidr-overlap:pod-service:aws:us-east-2", severity: "critical", fields: ["regions.1.kubernetes.podCidr", "regions.1.kubernetes.serviceCidr"] }],
    ],
    [
      "a service range of one region inside the pod range of another",
      variant((p) => void (p.regions[0]!.kubernetes.serviceCidr = "10.18.0.0/20")),
      [{ id: "cidr-overlap:service-pod:aws:us-east-1:aws:us-west-2", severity: "critical", fields: ["regions.0.kubernetes.serviceCidr", "regions.2.kubernetes.podCidr"] }],
    ],
    [
      "service ranges of two regions",
      variant((p) => void (p.regions[1]!.kubernetes.serviceCidr = "172.16.0.0/16")),
      [{ id: "cidr-overlap:service:aws:us-east-1:aws:us-east-2", severity: "warning", fields: ["regions.0.kubernetes.serviceCidr", "regions.1.kubernetes.serviceCidr"] }],
    ],
  ])("fires: %s", (_, plan, expected) => {
    expect(brief(runRule(rule, plan))).toEqual(expected);
  });

  test("every overlapping pair of one wide range is reported", () => {
    const plan = variant((p) => void (p.regions[0]!.kubernetes.podCidr = "10.16.0.0/14"));
    expect(runRule(rule, plan).map((f) => f.id)).toEqual([
      "cidr-overlap:pod:aws:us-east-1:aws:us-east-2",
      "cidr-overlap:pod:aws:us-east-1:aws:us-west-2",
    ]);
  });

  test("ids do not depend on the order of the regions", () => {
    const plan = variant((p) => {
      p.regions[2]!.kubernetes.podCidr = "10.16.128.0/17";
      p.regions.reverse();
    });
    expect(brief(runRule(rule, plan))).toEqual([
      { id: "cidr-overlap:pod:aws:us-east-1:aws:us-west-2", severity: "critical", fields: ["regions.2.kubernetes.podCidr", "regions.0.kubernetes.podCidr"] },
    ]);
  });

  test("silent for the template's disjoint ranges", () => {
    expect(runRule(rule, variant())).toEqual([]);
  });
});
