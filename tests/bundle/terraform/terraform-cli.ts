import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * The real Terraform CLI with the hashicorp/aws provider from a local filesystem mirror, for
 * checking the bundle's `*.tf.json` files offline. `TF_PLUGIN_MIRROR` names the folder above
 * `registry.terraform.io/` (default /opt/tf-plugins); `TERRAFORM` the binary (default: on PATH).
 * `terraform init` copies the provider into each working directory unless a plugin cache is
 * shared: the CLI config below shares one for the whole run, so init takes about a second.
 */
export type TerraformCli = { run: (cwd: string, args: string[]) => { code: number; stdout: string; stderr: string }; workRoot: string };

export function findTerraform(): { cli: TerraformCli } | { missing: string } {
  const binary = process.env.TERRAFORM ?? "terraform";
  const mirror = process.env.TF_PLUGIN_MIRROR ?? "/opt/tf-plugins";
  try {
    execFileSync(binary, ["version"], { stdio: "ignore", env: { ...process.env, CHECKPOINT_DISABLE: "1" } });
  } catch {
    return { missing: `no Terraform CLI (${binary}) on this machine` };
  }
  if (!existsSync(path.join(mirror, "registry.terraform.io", "hashicorp", "aws"))) return { missing: `no hashicorp/aws provider mirror under ${mirror}` };

  const workRoot = mkdtempSync(path.join(tmpdir(), "bundle-tf-"));
  const cache = path.join(workRoot, "plugin-cache");
  mkdirSync(cache);
  const config = path.join(workRoot, "cli.tfrc");
  writeFileSync(
    config,
    [
      `plugin_cache_dir = ${JSON.stringify(cache)}`,
      "plugin_cache_may_break_dependency_lock_file = true",
      "provider_installation {",
      `  filesystem_mirror { path = ${JSON.stringify(mirror)} }`,
      "}",
      "",
    ].join("\n"),
  );
  const env = { ...process.env, TF_CLI_CONFIG_FILE: config, CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1", TF_INPUT: "0" };
  const run = (cwd: string, args: string[]) => {
    const result = spawnSync(binary, args, { cwd, env, encoding: "utf8", timeout: 120_000 });
    return { code: result.status ?? -1, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
  };
  return { cli: { run, workRoot } };
}

/** Writes files into a fresh working directory under the run's root. */
export function workDir(cli: TerraformCli, name: string, files: Record<string, string>): string {
  const dir = path.join(cli.workRoot, name.replace(/[^A-Za-z0-9_.-]/g, "_"));
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(path.join(dir, file), content);
  return dir;
}
