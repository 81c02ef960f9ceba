import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { writePlanFile, type PlanFileFormat } from "@/lib/core/plan-file";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import { main } from "@/lib/cli/main";
import type { Plan } from "@/lib/schemas/plan";

export type CliRun = { code: number; stdout: string; stderr: string };

/** The CLI's main function in-process, with its output collected. */
export async function runCli(args: string[], cwd: string): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd });
  return { code, stdout, stderr };
}

const ROOT = path.resolve(import.meta.dirname, "..", "..");
export const LAUNCHER = path.join(ROOT, "bin", "planner.mjs");

/** The real command, as `npx planner` starts it: a new Node process through the bin launcher. */
export function spawnCli(args: string[], cwd: string): CliRun {
  const result = spawnSync(process.execPath, [LAUNCHER, ...args], { cwd, encoding: "utf8", timeout: 180_000, env: { ...process.env, NODE_OPTIONS: "" } });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A temp folder for the file's tests, removed afterwards. */
export function useTempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "planner-cli-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function blueprint(edit: (plan: Plan) => void = () => {}): Plan {
  const plan = structuredClone(BLUEPRINT_TEMPLATE);
  edit(plan);
  return plan;
}

/** Writes a plan file the way the app exports it. */
export function writePlan(dir: string, name: string, plan: Plan, format: PlanFileFormat = name.endsWith(".json") ? "json" : "yaml"): string {
  writeFileSync(path.join(dir, name), writePlanFile(plan, format, "./plan.schema.json"));
  return name;
}
