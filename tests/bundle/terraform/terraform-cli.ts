import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * The real Terraform CLI with the providers of a local filesystem mirror (hashicorp/aws at least;
 * google and azurerm where the mirror has them, see mirrorHas), for
 * checking the bundle's `*.tf.json` files offline. `TF_PLUGIN_MIRROR` names the folder above
 * `registry.terraform.io/` (default /opt/tf-plugins); `TERRAFORM` the binary (default: on PATH).
 * `terraform init` copies the provider into each working directory unless a plugin cache is
 * shared: the CLI config below shares one for the whole run, so init takes about a second.
 */
export type RunResult = { code: number; stdout: string; stderr: string };
export type TerraformCli = { run: (cwd: string, args: string[]) => Promise<RunResult>; workRoot: string };

/** At most this many Terraform processes at once: each loads the 700 MB provider. */
const MAX_PARALLEL = 3;

/** Whether the local mirror holds the provider hashicorp/<name> (aws, google, azurerm). */
export function mirrorHas(name: string): boolean {
  const mirror = process.env.TF_PLUGIN_MIRROR ?? "/opt/tf-plugins";
  return existsSync(path.join(mirror, "registry.terraform.io", "hashicorp", name));
}

/** The providers a `*.tf.json` requires (terraform.required_providers), by local name. */
export function requiredProviders(content: string): string[] {
  const tf = JSON.parse(content) as { terraform?: { required_providers?: Record<string, unknown> } };
  return Object.keys(tf.terraform?.required_providers ?? {});
}

export function findTerraform(): { cli: TerraformCli } | { missing: string } {
  const binary = process.env.TERRAFORM ?? "terraform";
  const mirror = process.env.TF_PLUGIN_MIRROR ?? "/opt/tf-plugins";
  try {
    execFileSync(binary, ["version"], { stdio: "ignore", env: { ...process.env, CHECKPOINT_DISABLE: "1" } });
  } catch {
    return { missing: `no Terraform CLI (${binary}) on this machine` };
  }
  if (!mirrorHas("aws")) return { missing: `no hashicorp/aws provider mirror under ${mirror}` };

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
  let running = 0;
  const waiting: (() => void)[] = [];
  const slot = async () => {
    if (running >= MAX_PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
  };
  const release = () => {
    running -= 1;
    waiting.shift()?.();
  };
  const run = async (cwd: string, args: string[]): Promise<RunResult> => {
    await slot();
    try {
      return await new Promise<RunResult>((resolve) => {
        const child = spawn(binary, args, { cwd, env });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
        child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
        child.on("error", (error) => resolve({ code: -1, stdout, stderr: String(error) }));
      });
    } finally {
      release();
    }
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
