import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { buildBundle } from "@/lib/core/bundle";
import { gcsCorePlan, mixedCloudPlan } from "../fixtures";
import { MATRIX } from "../matrix";

/**
 * No google or azurerm provider is installed here, so `terraform validate` cannot check the GCS and
 * Azure storage files (terraform.test.ts says SKIPPED for them). This checks them against the
 * providers' own documentation instead: every argument and block the bundle writes is one the
 * resource documents, and every required one is there. The fixtures hold only names and Required
 * flags, extracted from the docs at the pinned release by scripts/extract-provider-docs.py (SOURCE
 * inside each file).
 */
type Level = { arguments: string[]; required: string[]; blocks: Record<string, { arguments: string[]; required: string[] }> };
type Fixture = { SOURCE: string; provider: string; version: string; resources: Record<string, Level & { doc: string }> };
const load = (name: string) => JSON.parse(readFileSync(path.join(__dirname, "../fixtures/terraform-providers", name), "utf8")) as Fixture;
const FIXTURES = [load("google.json"), load("azurerm.json")];
/** Terraform meta-arguments, valid on every resource (Terraform docs: "Meta-Arguments"). */
const META = new Set(["provider", "depends_on", "count", "for_each", "lifecycle"]);

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Problems of one resource body against the docs of its type, e.g. "x.blob_properties.foo is not documented". */
function undocumented(type: string, body: Json, docs: Level, where: string): string[] {
  const problems: string[] = [];
  const check = (value: Json, level: { arguments: string[]; required: string[] }, at: string, isTop: boolean) => {
    for (const key of Object.keys(value)) {
      if (isTop && META.has(key)) continue;
      if (!level.arguments.includes(key)) problems.push(`${at}.${key} is not a documented argument of ${type}`);
      const block = docs.blocks[key];
      const nested = value[key];
      const items = Array.isArray(nested) ? nested : [nested];
      // A documented block written as an object (or a list of objects) is checked one level down.
      if (block && items.every(isObject)) items.forEach((item, i) => check(item as Json, block, Array.isArray(nested) ? `${at}.${key}[${i}]` : `${at}.${key}`, false));
    }
    for (const key of level.required) if (!(key in value)) problems.push(`${at}.${key} is required by ${type} and missing`);
  };
  check(body, docs, where, true);
  return problems;
}

const PLANS = [...MATRIX, { name: "fixture gcs-core", plan: gcsCorePlan() }, { name: "fixture mixed-cloud azure-blob", plan: mixedCloudPlan() }];
const cases = PLANS.flatMap(({ name, plan }) =>
  buildBundle(plan, analyzePlan(plan))
    .filter((f) => f.path.endsWith(".tf.json"))
    .map((file) => ({ label: `${name} ${file.path}`, tf: JSON.parse(file.content) as Json }))
    .filter(({ tf }) => Object.keys((tf.resource as Json | undefined) ?? {}).some((type) => FIXTURES.some((f) => type.startsWith(`${f.provider}_`)))),
);

describe("GCS and Azure storage Terraform against the providers' documentation", () => {
  test("the fixtures say where they come from and cover the provider the file requires", () => {
    for (const fixture of FIXTURES) expect(fixture.SOURCE).toMatch(/^hashicorp\/terraform-provider-(google|azurerm) v\d+\.\d+\.\d+ \(commit [0-9a-f]{40}\)/);
    expect(cases.map((c) => c.label)).toEqual(
      expect.arrayContaining(["gcp-global-vpc-gcs storage/main.tf.json", "azure-blob storage/main.tf.json", "fixture mixed-cloud azure-blob storage/main.tf.json"]),
    );
  });

  test.each(cases)("$label: every argument and block documented, every required one present", ({ tf }) => {
    const problems: string[] = [];
    for (const [type, instances] of Object.entries(tf.resource as Record<string, Record<string, Json>>)) {
      const fixture = FIXTURES.find((f) => type.startsWith(`${f.provider}_`));
      const docs = fixture?.resources[type];
      expect(docs, `${type} has no documentation fixture`).toBeDefined();
      if (!docs) continue;
      for (const [name, body] of Object.entries(instances)) problems.push(...undocumented(type, body, docs, `${type}.${name}`));
      const version = (tf.terraform as { required_providers: Record<string, { version: string }> }).required_providers[fixture.provider]?.version;
      // The pin allows the documented release: "~> 6.50" for docs of 6.50.0.
      expect(version).toBe(`~> ${fixture.version.split(".").slice(0, 2).join(".")}`);
    }
    expect(problems).toEqual([]);
  });

  test("the check finds a misspelt argument, an undocumented block argument and a missing required one", () => {
    const docs = FIXTURES[1]?.resources.azurerm_storage_account as Level;
    const body = { name: "a", resource_group_name: "g", location: "eastus2", account_tier: "Standard", account_replication_type: "ZRS", blob_properties: { versioning_enabled: true, change_feed: true } };
    expect(undocumented("azurerm_storage_account", body, docs, "x")).toEqual(["x.blob_properties.change_feed is not a documented argument of azurerm_storage_account"]);
    const { account_tier: _, ...missing } = { ...body, min_tls: "TLS1_2", blob_properties: {} };
    expect(undocumented("azurerm_storage_account", missing, docs, "x")).toEqual([
      "x.min_tls is not a documented argument of azurerm_storage_account",
      "x.account_tier is required by azurerm_storage_account and missing",
    ]);
  });
});
