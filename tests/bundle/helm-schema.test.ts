import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { buildBundle } from "@/lib/core/bundle";
import { fromYaml } from "@/lib/core/bundle/serialize/yaml";
import { VARIANTS } from "./fixtures";
import { BUNDLE_MATRIX } from "./matrix";

/**
 * Every teleport values file validates against the teleport-cluster chart's values.schema.json
 * (chart 18.10.0, copied with its SOURCE.md into tests/bundle/fixtures/teleport-cluster). Helm validates the chart's defaults
 * merged with the user's values, so the file is checked that way (defaults from the chart's
 * values.yaml, plus the schema's own default for `tls.existingCASecretKeyName`, which that older
 * values.yaml lacks), and also on its own against the schema without `required`, so every key
 * the bundle sets is type-checked.
 */
// A copy of the reference files, so the test runs in any checkout (a worktree has no shared/ beside it).
const REFERENCE = fileURLToPath(new URL("./fixtures/teleport-cluster", import.meta.url));
const schema = JSON.parse(readFileSync(`${REFERENCE}/values.schema.json`, "utf8")) as Record<string, unknown>;
const chartDefaults = fromYaml(readFileSync(`${REFERENCE}/values.yaml`, "utf8")) as Record<string, unknown>;
const SCHEMA_ONLY_DEFAULTS = { tls: { existingCASecretKeyName: "ca.pem" } };

/** The schema repeats `$id`s, which ajv refuses as ambiguous; Helm's validator ignores them. */
function transform(node: unknown, isRoot: boolean, dropRequired: boolean): unknown {
  if (Array.isArray(node)) return node.map((n) => transform(n, false, dropRequired));
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => !(key === "$id" && !isRoot) && !(dropRequired && key === "required"))
      .map(([key, value]) => [key, key === "required" ? value : transform(value, false, dropRequired)]),
  );
}

function compile(dropRequired: boolean) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(transform(schema, true, dropRequired) as object);
}

/** Helm's coalescing: maps merge key by key, anything else is replaced. */
function merge(base: unknown, over: unknown): unknown {
  if (isMap(base) && isMap(over)) {
    const out: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(over)) out[key] = key in base ? merge(base[key], value) : value;
    return out;
  }
  return over;
}
const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

const validateMerged = compile(false);
const validateAlone = compile(true);
const topLevelKeys = Object.keys(schema.properties as object);

const PLANS = [...VARIANTS, ...BUNDLE_MATRIX.map(({ name, plan }) => ({ name: `matrix: ${name}`, plan: () => plan }))];
const valuesFiles = PLANS.flatMap(({ name, plan: makePlan }) => {
  const plan = makePlan();
  return buildBundle(plan, analyzePlan(plan))
    .filter((f) => f.path.startsWith("teleport/"))
    .map((f) => [`${name}: ${f.path}`, fromYaml(f.content) as Record<string, unknown>] as const);
});

describe("teleport-cluster values against the chart schema", () => {
  test("there are values files to check", () => {
    expect(valuesFiles.length).toBe(38);
    // The GCS values outside Google Cloud (projected token and credential configuration) are among them.
    expect(valuesFiles.map(([name]) => name)).toEqual(expect.arrayContaining(["matrix: gcs-mixed-cloud: teleport/aws-us-east-1/values.yaml", "matrix: gcs-mixed-cloud: teleport/azure-eastus2/values.yaml"]));
  });

  test.each(valuesFiles)("%s validates after Helm's merge with the chart defaults", (_name, values) => {
    const merged = merge(merge(chartDefaults, SCHEMA_ONLY_DEFAULTS), values);
    expect(validateMerged(merged) ? [] : validateMerged.errors).toEqual([]);
  });

  test.each(valuesFiles)("%s validates on its own (every key type-checked)", (_name, values) => {
    expect(validateAlone(values) ? [] : validateAlone.errors).toEqual([]);
    expect(Object.keys(values).filter((key) => !topLevelKeys.includes(key))).toEqual([]);
  });

  test("the schema check catches a wrong type", () => {
    expect(validateAlone({ chartMode: "multi-region", highAvailability: { replicaCount: "2" } })).toBe(false);
    expect(validateAlone.errors?.map((e) => e.instancePath).sort()).toEqual(["/chartMode", "/highAvailability/replicaCount"]);
  });
});
