import { describe, expect, test } from "vitest";
import { ConfigMap, Service } from "kubernetes-models/v1";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";
import { StorageClass } from "kubernetes-models/storage.k8s.io/v1";
import { analyzePlan } from "@/lib/core/analyze";
import { buildBundle } from "@/lib/core/bundle";
import { fromYaml } from "@/lib/core/bundle/serialize/yaml";
import { BUNDLE_MATRIX } from "./matrix";

/**
 * Every Kubernetes object in the bundle, read back from its file, validates against the
 * Kubernetes OpenAPI schema of its kind: kubernetes-models 5.1.0 (npm), whose validators are
 * generated from the Kubernetes OpenAPI spec and run offline. An object of a kind this table
 * does not know fails the test, so a new kind cannot go unchecked.
 */
type Validator = { validate(): void };
const KINDS: Record<string, (value: never) => Validator> = {
  "v1/Service": (v) => new Service(v),
  "v1/ConfigMap": (v) => new ConfigMap(v),
  "storage.k8s.io/v1/StorageClass": (v) => new StorageClass(v),
  "policy/v1/PodDisruptionBudget": (v) => new PodDisruptionBudget(v),
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

describe.each(BUNDLE_MATRIX)("$name", ({ plan }) => {
  const files = buildBundle(plan, analyzePlan(plan)).filter((f) => f.path.endsWith(".yaml"));
  const objects = files.flatMap((f) => {
    const value = fromYaml(f.content as string);
    return isObject(value) && typeof value.apiVersion === "string" && typeof value.kind === "string" ? [{ path: f.path, value }] : [];
  });

  test("has Kubernetes objects to check", () => {
    expect(objects.length).toBeGreaterThan(0);
  });

  test.each(objects.map((o) => [o.path, o.value] as const))("%s validates against its kind's schema", (_, value) => {
    const make = KINDS[`${value.apiVersion}/${value.kind}`];
    expect(make, `no validator for ${String(value.apiVersion)}/${String(value.kind)}`).toBeDefined();
    expect(() => make!(value as never).validate()).not.toThrow();
  });
});

test("the validator rejects what Kubernetes would (a port as a string, a number in ConfigMap data)", () => {
  expect(() => new Service({ metadata: { name: "x" }, spec: { ports: [{ port: "53" as never }] } }).validate()).toThrow();
  expect(() => new ConfigMap({ metadata: { name: "x" }, data: { a: 1 as never } }).validate()).toThrow(/must be string/);
});
