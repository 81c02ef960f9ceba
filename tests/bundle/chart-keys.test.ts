import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { buildBundle } from "@/lib/core/bundle";
import { fromYaml } from "@/lib/core/bundle/serialize/yaml";
import { buildRunbook } from "@/lib/core/runbook";
import { BUNDLE_MATRIX } from "./matrix";

/**
 * Helm values of the CockroachDB and Cilium charts use only keys the pinned chart knows: the key
 * lists in tests/bundle/fixtures were reduced from each chart's values (sources inside each file).
 * A key the chart does not read is silently ignored by Helm, which is how a setting gets lost.
 */
type KeyList = { chartVersion: string; keys: { path: string; kind?: string; type?: string }[]; templateKeys?: string[] };
const load = (name: string) => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8")) as KeyList;
const COCKROACH = load("cockroachdb-chart-keys.json");
const CILIUM = load("cilium-chart-keys.json");

/** Leaf paths of a values object; arrays and empty maps are leaves. */
function leafPaths(value: unknown, prefix: string[] = []): string[] {
  if (value === null || typeof value !== "object" || Array.isArray(value) || Object.keys(value).length === 0) return [prefix.join(".")];
  return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...prefix, k]));
}

/** A path is known when the chart lists it, or lies under a key whose default is a free-form map or a list, or a template reads it. */
function unknownKeys(values: unknown, list: KeyList): string[] {
  const exact = new Set([...list.keys.map((k) => k.path), ...(list.templateKeys ?? [])]);
  const open = list.keys.filter((k) => k.kind === "map" || k.type === "object").map((k) => `${k.path}.`);
  return leafPaths(values).filter((p) => !exact.has(p) && !open.some((o) => p.startsWith(o)));
}

/** Leaves whose JSON type is not one the key list gives (types like "array|string" allow either). */
function mistyped(values: unknown, list: KeyList, prefix: string[] = []): string[] {
  const types = new Map(list.keys.map((k) => [k.path, k.type]));
  const jsonType = (v: unknown) => (Array.isArray(v) ? "array" : v === null ? "null" : Number.isInteger(v) ? "integer" : typeof v === "number" ? "number" : typeof v);
  const walk = (value: unknown, at: string[]): string[] => {
    const expected = types.get(at.join("."));
    if (expected !== undefined) {
      const allowed = expected.split("|").flatMap((t) => (t === "number" ? ["number", "integer"] : [t]));
      return allowed.includes(jsonType(value)) ? [] : [`${at.join(".")}: ${jsonType(value)}, chart says ${expected}`];
    }
    return value !== null && typeof value === "object" && !Array.isArray(value) ? Object.entries(value).flatMap(([k, v]) => walk(v, [...at, k])) : [];
  };
  return walk(values, prefix);
}

describe.each(BUNDLE_MATRIX)("$name", ({ plan }) => {
  const analysis = analyzePlan(plan);
  const files = buildBundle(plan, analysis);
  const commands = buildRunbook(plan, analysis).sections.flatMap((s) => s.steps.flatMap((st) => st.commands));

  test("cockroachdb values use only keys of the pinned chart", () => {
    const values = files.filter((f) => /^cockroachdb\/.+\/values\.yaml$/.test(f.path));
    expect(values.length).toBeGreaterThan(0);
    for (const f of values) expect(unknownKeys(fromYaml(f.content), COCKROACH), f.path).toEqual([]);
  });

  test("cilium values use only keys of the pinned chart", () => {
    for (const f of files.filter((x) => x.path.startsWith("network/") && x.path.endsWith(".yaml")))
      expect(unknownKeys(fromYaml(f.content), CILIUM), f.path).toEqual([]);
  });

  test("cilium values have the types chart 1.18.0's schema gives their keys", () => {
    for (const f of files.filter((x) => x.path.startsWith("network/") && x.path.endsWith(".yaml")))
      expect(mistyped(fromYaml(f.content), CILIUM), f.path).toEqual([]);
  });

  test("every helm install pins its chart version", () => {
    const helm = commands.filter((c) => c.includes("helm upgrade --install"));
    expect(helm.length).toBeGreaterThan(0);
    expect(helm.filter((c) => !/ --version [0-9]+\.[0-9]+\.[0-9]+ /.test(c))).toEqual([]);
  });
});

test("the type check catches a string where the chart wants an integer", () => {
  expect(mistyped({ cluster: { id: "3", name: "x" } }, CILIUM)).toEqual(["cluster.id: string, chart says integer"]);
});

test("the key check catches a misspelt key", () => {
  expect(unknownKeys({ conf: { locallity: "region=x" } }, COCKROACH)).toEqual(["conf.locallity"]);
  expect(unknownKeys({ clustermesh: { useApiServer: true } }, CILIUM)).toEqual(["clustermesh.useApiServer"]);
});

test.each(BUNDLE_MATRIX)("$name: the README's helm commands pin their chart versions", ({ plan }) => {
  const readme = buildBundle(plan, analyzePlan(plan)).find((f) => f.path === "README.md")!.content;
  const helm = readme.split("\n").filter((l) => l.includes("helm upgrade --install"));
  expect(helm.length).toBeGreaterThan(0);
  expect(helm.filter((l) => !/--version[ =][0-9]+\.[0-9]+\.[0-9]+/.test(l))).toEqual([]);
});
