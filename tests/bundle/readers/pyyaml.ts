import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * A second, independent YAML 1.1 reader for the bundle tests: PyYAML from Debian's python3-yaml
 * (6.0), run as /usr/bin/python3, with both its libyaml loader (the C library go-yaml was ported
 * from, so it reads like Helm) and its pure-Python loader. Outside CI a machine without it skips
 * the check with a loud warning; in CI (.ci/run installs python3-yaml) a missing reader fails.
 */
const PYTHON = "/usr/bin/python3";
const SCRIPT = fileURLToPath(new URL("./pyyaml-read.py", import.meta.url));

export type ReaderResult = { value: unknown } | { error: string };
export type PyYamlReading = { c: ReaderResult; py: ReaderResult };

let availability: boolean | undefined;

/** True when /usr/bin/python3 can import yaml. */
export function hasPyYaml(): boolean {
  availability ??= existsSync(PYTHON) && spawnSync(PYTHON, ["-c", "import yaml"], { stdio: "ignore" }).status === 0;
  return availability;
}

/** Throws in CI when PyYAML is missing; elsewhere warns once and answers false (the caller skips). */
export function requirePyYaml(): boolean {
  if (hasPyYaml()) return true;
  if (process.env.CI) throw new Error("PyYAML is missing: .ci/run installs Debian's python3-yaml; the bundle's second YAML reader cannot run.");
  console.warn("SKIPPED: the PyYAML cross-check of bundle YAML (install Debian's python3-yaml to run it).");
  return false;
}

/** Every text read by both PyYAML loaders, in one python process. */
export function readWithPyYaml(texts: readonly string[]): PyYamlReading[] {
  const run = spawnSync(PYTHON, [SCRIPT], {
    input: JSON.stringify(texts),
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, PYTHONUTF8: "1", PYTHONIOENCODING: "utf-8" },
  });
  if (run.status !== 0) throw new Error(`PyYAML reader failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as PyYamlReading[];
}
