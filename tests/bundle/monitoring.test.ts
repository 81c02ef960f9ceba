import { readFileSync } from "node:fs";
import Ajv from "ajv";
import { describe, expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { buildBundle } from "@/lib/core/bundle";
import { fromYaml } from "@/lib/core/bundle/serialize/yaml";
import { buildRunbook } from "@/lib/core/runbook";
import { planJsonSchema } from "@/lib/schemas/plan-json-schema";
import type { Plan } from "@/lib/schemas/plan";
import { PlanSchema } from "@/lib/schemas/plan";
import { MATRIX } from "./matrix";

/**
 * The optional plan field `monitoring.prometheusOperator` turns on the charts' monitoring hooks:
 * teleport-cluster `podMonitor.enabled`, cockroachdb `serviceMonitor.enabled`, cilium
 * `prometheus` / `operator.prometheus` with their ServiceMonitors. Off (or absent, as in plans saved
 * before it) the values are exactly what they were. Keys are checked against each chart's own list.
 */
type Json = Record<string, unknown>;
const fixture = (name: string) => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8")) as Json;
const TELEPORT_SCHEMA = fixture("teleport-cluster/values.schema.json");
const COCKROACH_KEYS = new Set((fixture("cockroachdb-chart-keys.json").keys as { path: string }[]).map((k) => k.path));
const CILIUM_TYPES = new Map((fixture("cilium-chart-keys.json").keys as { path: string; type: string }[]).map((k) => [k.path, k.type]));

const base = MATRIX.find((m) => m.name === "mixed-cloud-cilium")?.plan as Plan;
const withMonitoring = (isOn: boolean | undefined): Plan => {
  const plan = structuredClone(base);
  if (isOn === undefined) delete plan.monitoring;
  else plan.monitoring = { prometheusOperator: isOn };
  return PlanSchema.parse(plan);
};
const filesOf = (plan: Plan) => new Map(buildBundle(plan, analyzePlan(plan)).map((f) => [f.path, f.content]));
const yaml = (files: Map<string, string>, path: string) => fromYaml(files.get(path) ?? "") as Json;
const TELEPORT = "teleport/aws-us-east-1/values.yaml";
/** The first zone release of the region (one cockroachdb release per availability zone). */
const firstCockroachValues = (files: Map<string, string>): string => {
  const path = [...files.keys()].find((p) => /^cockroachdb\/gcp-us-central1\/[^/]+\/values\.yaml$/.test(p));
  if (path === undefined) throw new Error("no cockroachdb release values for gcp-us-central1");
  return path;
};
const CILIUM = "network/azure-eastus2/cilium-values.yaml";

describe("monitoring.prometheusOperator", () => {
  const absent = filesOf(withMonitoring(undefined));
  const off = filesOf(withMonitoring(false));
  const COCKROACH = firstCockroachValues(absent);
  const on = filesOf(withMonitoring(true));

  test("absent and false give the same bundle, without any monitor", () => {
    for (const path of [TELEPORT, COCKROACH, CILIUM]) expect(off.get(path)).toBe(absent.get(path));
    expect(yaml(off, TELEPORT).podMonitor).toBeUndefined();
    expect(yaml(off, COCKROACH).serviceMonitor).toBeUndefined();
    expect(yaml(off, CILIUM).prometheus).toBeUndefined();
  });

  test("on: the teleport values enable the chart's PodMonitor, valid against the chart schema", () => {
    const values = yaml(on, TELEPORT);
    expect(values.podMonitor).toEqual({ enabled: true });
    const ajv = new Ajv({ strict: false });
    const { $id: _, ...podMonitorSchema } = (TELEPORT_SCHEMA.properties as Json).podMonitor as Json;
    const strip = (node: unknown): unknown =>
      Array.isArray(node) ? node.map(strip) : node && typeof node === "object" ? Object.fromEntries(Object.entries(node).filter(([k]) => k !== "$id").map(([k, v]) => [k, strip(v)])) : node;
    expect(ajv.validate(strip(podMonitorSchema) as object, values.podMonitor)).toBe(true);
    expect(ajv.validate(strip(podMonitorSchema) as object, { enabled: "yes" })).toBe(false);
  });

  test("on: cockroachdb serviceMonitor.enabled, a key of the pinned chart", () => {
    const releases = [...on.keys()].filter((p) => /^cockroachdb\/[^/]+\/[^/]+\/values\.yaml$/.test(p));
    expect(releases.length).toBeGreaterThan(3);
    for (const path of releases) expect(yaml(on, path).serviceMonitor, path).toEqual({ enabled: true });
    expect(COCKROACH_KEYS.has("serviceMonitor.enabled")).toBe(true);
  });

  test("on: cilium agent and operator metrics with ServiceMonitors, keys and types of chart 1.18.0", () => {
    const values = yaml(on, CILIUM);
    const scraped = { enabled: true, serviceMonitor: { enabled: true } };
    expect(values.prometheus).toEqual(scraped);
    expect(values.operator).toEqual({ prometheus: scraped });
    const paths = ["prometheus.enabled", "prometheus.serviceMonitor.enabled", "operator.prometheus.enabled", "operator.prometheus.serviceMonitor.enabled"];
    expect(paths.map((p) => CILIUM_TYPES.get(p))).toEqual(["boolean", "boolean", "boolean", "boolean"]);
  });

  test("on: every cluster step of the runbook checks the Prometheus Operator CRDs first", () => {
    const plan = withMonitoring(true);
    const steps = buildRunbook(plan, analyzePlan(plan)).sections.flatMap((s) => s.steps).filter((s) => s.key.startsWith("prerequisites.cluster."));
    expect(steps).toHaveLength(plan.regions.length);
    for (const [i, step] of steps.entries()) {
      expect(step.what).toContain("Prometheus Operator's CRDs must be installed");
      expect(step.verify).toContain(`kubectl --context ${plan.regions[i]?.kubernetes.clusterName} get crd podmonitors.monitoring.coreos.com servicemonitors.monitoring.coreos.com`);
    }
    const offSteps = buildRunbook(withMonitoring(false), analyzePlan(withMonitoring(false))).sections.flatMap((s) => s.steps);
    expect(offSteps.some((s) => s.verify.some((c) => c.includes("monitoring.coreos.com")))).toBe(false);
  });
});

describe("the plan schema", () => {
  test("monitoring is optional, strict, and reported with its field path", () => {
    expect(PlanSchema.safeParse(withMonitoring(undefined)).success).toBe(true);
    const bad = PlanSchema.safeParse({ ...withMonitoring(undefined), monitoring: { prometheusOperator: "yes" } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual(["monitoring.prometheusOperator"]);
    const extra = PlanSchema.safeParse({ ...withMonitoring(undefined), monitoring: { prometheusOperator: true, grafana: true } });
    expect(extra.error?.issues.map((i) => i.path.join("."))).toEqual(["monitoring"]);
  });

  test("the published JSON schema has the optional field", () => {
    const schema = planJsonSchema() as { properties: Json; required: string[] };
    expect(schema.required).not.toContain("monitoring");
    expect(schema.properties.monitoring).toMatchObject({ type: "object", properties: { prometheusOperator: { type: "boolean" } }, required: ["prometheusOperator"], additionalProperties: false });
  });
});
