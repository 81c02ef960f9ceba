import { describe, expect, test } from "vitest";
import { BLUEPRINT_TEMPLATE } from "../templates/blueprint";
import { sizePlan } from "./size-plan";
import { SIZING_SOURCES } from "./sources";
import { STORAGE_CLASSES, gp3Provisioning, providerOf, storageClassFor } from "./storage-classes";
import { extraRegion, sshOnly, withRegions } from "./test-fixtures";

describe("STORAGE_CLASSES", () => {
  test.each([
    ["aws", "ebs.csi.aws.com", { type: "gp3", iops: "3000", throughput: "125", "csi.storage.k8s.io/fstype": "ext4" }],
    ["gcp", "pd.csi.storage.gke.io", { type: "pd-ssd", "csi.storage.k8s.io/fstype": "ext4" }],
    ["azure", "disk.csi.azure.com", { skuName: "Premium_LRS", "csi.storage.k8s.io/fstype": "ext4" }],
  ] as const)("%s: %s", (provider, provisioner, parameters) => {
    expect(STORAGE_CLASSES[provider]).toEqual({ provider, name: "cockroachdb-ssd", provisioner, parameters, source: SIZING_SOURCES.cockroachCloud });
  });
});

describe("gp3 sized for the node", () => {
  test.each([
    [2, { iops: 3_000, throughputMiBps: 125 }],
    [4, { iops: 3_000, throughputMiBps: 125 }],
    [8, { iops: 4_000, throughputMiBps: 240 }],
    [16, { iops: 8_000, throughputMiBps: 480 }],
    [40, { iops: 16_000, throughputMiBps: 1_000 }],
  ])("%d vCPU", (vcpu, expected) => {
    expect(gp3Provisioning(vcpu)).toEqual(expected);
    expect(storageClassFor("aws", vcpu).parameters).toMatchObject({ iops: String(expected.iops), throughput: String(expected.throughputMiBps) });
  });
});

describe("sizing.storageClasses", () => {
  test("the template: one AWS class named as the plan names it, at gp3's baseline", () => {
    expect(sizePlan(BLUEPRINT_TEMPLATE).storageClasses).toEqual([STORAGE_CLASSES.aws]);
  });

  test("sized for the planned pod: 50,000 SSH nodes gives 10 vCPU nodes", () => {
    expect(sizePlan(sshOnly(50_000)).storageClasses[0]?.parameters).toMatchObject({ iops: "5000", throughput: "300" });
  });

  test("one class per cloud that runs CockroachDB, in plan order", () => {
    const plan = withRegions([
      extraRegion("gcp:europe-west1", ["europe-west1-b"], { storageClass: { name: "fast-ssd", type: "ssd" } }),
      extraRegion("aws:us-east-1", ["us-east-1a"]),
      extraRegion("azure:westeurope", ["1"]),
      extraRegion("gcp:europe-west3", ["europe-west3-a"]),
      extraRegion("azure:northeurope", ["1"], { runsCockroach: false }),
    ]);
    expect(sizePlan(plan).storageClasses.map((c) => [c.provider, c.name])).toEqual([
      ["gcp", "fast-ssd"],
      ["aws", "cockroachdb-ssd"],
      ["azure", "cockroachdb-ssd"],
    ]);
  });
});

test.each([
  ["aws:us-east-1", "aws"],
  ["gcp:europe-west1", "gcp"],
  ["azure:westeurope", "azure"],
] as const)("providerOf(%s) is %s", (id, provider) => {
  expect(providerOf(id)).toBe(provider);
});

test("providerOf refuses an id without a known provider", () => {
  expect(() => providerOf("oci:us-ashburn-1")).toThrow(RangeError);
});
