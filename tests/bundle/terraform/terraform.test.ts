import { rmSync } from "node:fs";
import { afterAll, describe, expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { buildBundle } from "@/lib/core/bundle";
import { MATRIX } from "../matrix";
import type { Plan } from "@/lib/schemas/plan";
import { dnsTest, storageTest } from "./intent";
import { azureStorageTest, gcsStorageTest } from "./intent-clouds";
import { findTerraform, mirrorHas, requiredProviders, workDir } from "./terraform-cli";

/**
 * Every `*.tf.json` the bundle writes, for every plan of the matrix, goes through the real
 * Terraform CLI with the real provider from the local mirror (hashicorp/aws 5.100 here; google
 * and azurerm when a mirror has them, else that file is SKIPPED loudly):
 * `terraform init -backend=false`, `terraform validate`, then `terraform test` with mocked
 * providers (command = plan) asserting what the file is for (intent.ts). Where the CLI or the
 * provider is missing the suite is skipped and says so on the console.
 */
const found = findTerraform();
if ("missing" in found) console.warn(`\n*** SKIPPED tests/bundle/terraform: ${found.missing}. The bundle's Terraform was NOT checked. ***\n`);

const INTENT: Record<string, (plan: Plan) => string> = { storage: storageIntent, dns: dnsTest };
const allCases = MATRIX.flatMap(({ name, plan }) =>
  buildBundle(plan, analyzePlan(plan))
    .filter((f) => f.path.endsWith(".tf.json"))
    .map((file) => ({ label: `${name} ${file.path}`, name, plan, file, absent: requiredProviders(file.content).filter((p) => !mirrorHas(p)) })),
);
// Same code path for every provider: a file whose provider the mirror lacks (google, azurerm on
// this machine) is skipped loudly; provider-docs.test.ts checks it against the provider's docs.
const cases = allCases.filter((c) => c.absent.length === 0);
const skipped = allCases.filter((c) => c.absent.length > 0);
if (!("missing" in found))
  for (const c of skipped) console.warn(`\n*** SKIPPED terraform init/validate/test of ${c.label}: no hashicorp/${c.absent.join(", hashicorp/")} provider in the plugin mirror. Checked against the provider docs only (provider-docs.test.ts). ***\n`);

describe.skipIf("missing" in found)("terraform against the bundle", () => {
  test("the matrix writes Terraform for S3, GCS, Azure Blob and Route 53 plans", () => {
    expect(cases.map((c) => c.label)).toContain("blueprint storage/main.tf.json");
    expect(cases.map((c) => c.label)).toContain("load-balancer-ips dns/main.tf.json");
    expect(allCases.map((c) => c.label)).toEqual(expect.arrayContaining(["gcp-global-vpc-gcs storage/main.tf.json", "azure-blob storage/main.tf.json"]));
  });

  afterAll(() => {
    if ("cli" in found) rmSync(found.cli.workRoot, { recursive: true, force: true });
  });

  // Each case runs init → validate → test in order; cases run side by side (at most three
  // Terraform processes at once, terraform-cli.ts), since most of the time is the provider starting.
  test.concurrent.each(cases)("$label: terraform init, validate, and test of its intent", { timeout: 900_000 }, async ({ name, plan, file }) => {
    if (!("cli" in found)) return;
    const { cli } = found;
    const folder = file.path.split("/")[0] ?? "";
    const intent = INTENT[folder];
    const dir = workDir(cli, `${name}-${folder}`, { "main.tf.json": file.content, ...(intent ? { "intent.tftest.hcl": intent(plan) } : {}) });

    const init = await cli.run(dir, ["init", "-backend=false", "-input=false", "-no-color"]);
    expect(init.code, init.stderr).toBe(0);
    const validate = await cli.run(dir, ["validate", "-json", "-no-color"]);
    const report = JSON.parse(validate.stdout) as { valid: boolean; diagnostics: { severity: string; summary: string; detail?: string }[] };
    expect(report.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(report.valid).toBe(true);

    expect(intent, `no intent test for ${file.path}`).toBeDefined();
    const run = await cli.run(dir, ["test", "-no-color"]);
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toContain("1 passed, 0 failed");
  });

  // The intent tests can fail: the defects issue 10 found, put back into a generated file.
  const broken = [
    {
      label: "blueprint storage without SSE-KMS selection",
      plan: "blueprint",
      path: "storage/main.tf.json",
      breakIt: (tf: Tf) => {
        for (const config of Object.values(tf.resource.aws_s3_bucket_replication_configuration ?? {}))
          for (const rule of config.rule as Tf[]) delete rule.source_selection_criteria;
      },
      failing: "sse_kms_encrypted_objects",
    },
    {
      label: "load-balancer-ips dns with a CNAME to an IP",
      plan: "load-balancer-ips",
      path: "dns/main.tf.json",
      breakIt: (tf: Tf) => {
        const record = tf.resource.aws_route53_record?.proxy_gcp_europe_west1;
        if (record) record.type = "CNAME";
      },
      failing: "aws_route53_record.proxy_gcp_europe_west1.type",
    },
  ];
  test.concurrent.each(broken)("$label fails its terraform test", { timeout: 900_000 }, async ({ label, plan: planName, path, breakIt, failing }) => {
    if (!("cli" in found)) return;
    const { cli } = found;
    const matrixCase = cases.find((c) => c.name === planName && c.file.path === path);
    if (!matrixCase) throw new Error(`no ${path} for ${planName}`);
    const tf = JSON.parse(matrixCase.file.content) as Tf;
    breakIt(tf);
    const intent = INTENT[path.split("/")[0] ?? ""] ?? storageIntent;
    const dir = workDir(cli, label, { "main.tf.json": JSON.stringify(tf), "intent.tftest.hcl": intent(matrixCase.plan) });
    expect((await cli.run(dir, ["init", "-backend=false", "-input=false", "-no-color"])).code).toBe(0);
    const run = await cli.run(dir, ["test", "-no-color"]);
    expect(run.code).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toContain(failing);
  });
});

/** The storage intent test for the plan's recordings store. */
function storageIntent(plan: Plan): string {
  if (plan.objectStorage.kind === "gcs") return gcsStorageTest(plan);
  if (plan.objectStorage.kind === "azure-blob") return azureStorageTest(plan);
  return storageTest(plan);
}

type Tf = { resource: Record<string, Record<string, Record<string, unknown>> | undefined> } & Record<string, unknown>;
