import { describe, expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { buildBundle } from "@/lib/core/bundle";
import { MATRIX } from "../matrix";
import { dnsTest, storageTest } from "./intent";
import { findTerraform, workDir } from "./terraform-cli";

/**
 * Every `*.tf.json` the bundle writes, for every plan of the matrix, goes through the real
 * Terraform CLI with the real hashicorp/aws provider (5.100 from the local mirror):
 * `terraform init -backend=false`, `terraform validate`, then `terraform test` with mocked
 * providers (command = plan) asserting what the file is for (intent.ts). Where the CLI or the
 * provider is missing the suite is skipped and says so on the console.
 */
const found = findTerraform();
if ("missing" in found) console.warn(`\n*** SKIPPED tests/bundle/terraform: ${found.missing}. The bundle's Terraform was NOT checked. ***\n`);

const INTENT: Record<string, typeof storageTest> = { storage: storageTest, dns: dnsTest };
const cases = MATRIX.flatMap(({ name, plan }) =>
  buildBundle(plan, analyzePlan(plan))
    .filter((f) => f.path.endsWith(".tf.json"))
    .map((file) => ({ label: `${name} ${file.path}`, name, plan, file })),
);

describe.skipIf("missing" in found)("terraform against the bundle", () => {
  test("the matrix writes Terraform for S3 and Route 53 plans", () => {
    expect(cases.map((c) => c.label)).toContain("blueprint storage/main.tf.json");
    expect(cases.map((c) => c.label)).toContain("load-balancer-ips dns/main.tf.json");
  });

  describe.each(cases)("$label", ({ name, plan, file }) => {
    const cli = "cli" in found ? found.cli : undefined;
    const folder = file.path.split("/")[0] ?? "";
    const intent = INTENT[folder];
    const dir = cli ? workDir(cli, `${name}-${folder}`, { "main.tf.json": file.content, ...(intent ? { "intent.tftest.hcl": intent(plan) } : {}) }) : "";

    test("terraform init and validate", { timeout: 300_000 }, () => {
      if (!cli) return;
      const init = cli.run(dir, ["init", "-backend=false", "-input=false", "-no-color"]);
      expect(init.code, init.stderr).toBe(0);
      const validate = cli.run(dir, ["validate", "-json", "-no-color"]);
      const report = JSON.parse(validate.stdout) as { valid: boolean; diagnostics: { severity: string; summary: string; detail?: string }[] };
      expect(report.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(report.valid).toBe(true);
    });

    test.skipIf(!intent)("terraform test asserts the intent with mocked providers", { timeout: 300_000 }, () => {
      if (!cli) return;
      const run = cli.run(dir, ["test", "-no-color"]);
      expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
      expect(run.stdout).toContain("1 passed, 0 failed");
    });
  });
});
