import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { blueprint, runCli, useTempDir, writePlan } from "./helpers";

const dir = useTempDir();

// The blueprint alone has one info finding; each variant adds exactly one finding of a higher
// severity (checked below), so every threshold is crossed by exactly one of them.
const INFO_ONLY = writePlan(dir, "info.json", blueprint());
const WARNING = writePlan(dir, "warning.yaml", blueprint((p) => void (p.geoDns.ttlSeconds = 3600)));
const CRITICAL = writePlan(dir, "critical.json", blueprint((p) => void (p.objectStorage.versioning = false)));
const CRITICAL_WAIVED = writePlan(
  dir,
  "critical-waived.yaml",
  blueprint((p) => {
    p.objectStorage.versioning = false;
    p.waivers.push({ findingId: "object-storage-versioning", reason: "Recordings are copied nightly by another job.", waivedAt: "2026-01-05T10:00:00.000Z" });
  }),
);
const INVALID = writePlan(dir, "invalid.json", blueprint((p) => void (p.regions[0]!.proxyReplicas = 0)));

describe("planner check: exit status at each threshold", () => {
  test.each([
    [INFO_ONLY, "critical", 0],
    [INFO_ONLY, "warning", 0],
    [INFO_ONLY, "info", 1],
    [WARNING, "critical", 0],
    [WARNING, "warning", 1],
    [WARNING, "info", 1],
    [CRITICAL, "critical", 1],
    [CRITICAL, "warning", 1],
    [CRITICAL, "info", 1],
    [CRITICAL_WAIVED, "critical", 0],
    [CRITICAL_WAIVED, "warning", 0],
    [CRITICAL_WAIVED, "info", 1],
    [INVALID, "critical", 2],
    [INVALID, "info", 2],
  ])("%s --fail-on %s exits %i", async (file, failOn, status) => {
    const run = await runCli(["check", file, "--fail-on", failOn], dir);
    expect(run.code).toBe(status);
  });

  test("the default threshold is critical", async () => {
    expect((await runCli(["check", WARNING], dir)).code).toBe(0);
    expect((await runCli(["check", CRITICAL], dir)).code).toBe(1);
  });

  test("the variants have exactly the findings the table assumes", async () => {
    const ids = async (file: string) => {
      const run = await runCli(["check", file, "--format", "json"], dir);
      return (JSON.parse(run.stdout) as { findings: { severity: string; id: string; waiver?: unknown }[] }).findings.map((f) => `${f.severity}:${f.id}${f.waiver ? ":waived" : ""}`);
    };
    expect(await ids(INFO_ONLY)).toEqual(["info:cockroach-below-production"]);
    expect(await ids(WARNING)).toEqual(["warning:geodns-ttl", "info:cockroach-below-production"]);
    expect(await ids(CRITICAL)).toEqual(["critical:object-storage-versioning", "info:cockroach-below-production"]);
    expect((await ids(CRITICAL_WAIVED)).sort()).toEqual(["critical:object-storage-versioning:waived", "info:cockroach-below-production"]);
  });
});

describe("planner check: output", () => {
  test("text lists each finding with its field, fix and source, then the verdict", async () => {
    const run = await runCli(["check", CRITICAL], dir);
    expect(run.stdout).toContain("CRITICAL  object-storage-versioning: ");
    expect(run.stdout).toContain("  field: objectStorage.versioning\n");
    expect(run.stdout).toMatch(/\n {2}fix: .+\n {2}source: .+/);
    expect(run.stdout.trimEnd().split("\n").slice(-2)).toEqual([
      "critical.json: 1 critical, 0 warning, 1 info (0 waived).",
      "FAILED: 1 unwaived finding(s) at or above critical.",
    ]);
    expect(run.stderr).toBe("Analysing critical.json…\n");
  });

  test("json carries the verdict, the summary and the findings", async () => {
    const run = await runCli(["check", WARNING, "--format", "json", "--fail-on", "warning"], dir);
    const body = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(body).toMatchObject({ file: "warning.yaml", valid: true, failOn: "warning", failed: true, summary: { critical: 0, warning: 1, info: 1, waived: 0, worst: "warning" } });
  });

  test("an invalid plan prints every field path and message as the API gives them, and exits 2", async () => {
    const file = writePlan(dir, "two-problems.json", blueprint((p) => {
      p.regions[0]!.proxyReplicas = 0;
      p.cockroachdb.nodesPerZone = 1.5;
    }));
    const text = await runCli(["check", file], dir);
    expect(text.code).toBe(2);
    expect(text.stdout).toBe("");
    expect(text.stderr).toBe("two-problems.json: the plan is not valid.\n  cockroachdb.nodesPerZone: Must be a whole number.\n  regions.0.proxyReplicas: Must be at least 1.\n");
    const json = await runCli(["check", file, "--format", "json"], dir);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toEqual({
      file: "two-problems.json",
      valid: false,
      error: {
        code: "validation_failed",
        message: "two-problems.json: the plan is not valid.",
        issues: [
          { path: "cockroachdb.nodesPerZone", message: "Must be a whole number." },
          { path: "regions.0.proxyReplicas", message: "Must be at least 1." },
        ],
      },
    });
  });

  test("unknown fields are named as the API names them", async () => {
    writeFileSync(path.join(dir, "extra.json"), JSON.stringify({ ...blueprint(), colour: "blue" }));
    const run = await runCli(["check", "extra.json"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('  colour: Unknown field "colour": remove it.\n');
  });

  test("a syntax error names its line and column, without a stack trace", async () => {
    writeFileSync(path.join(dir, "broken.yaml"), "schemaVersion: 1\nteleport: [unclosed\n");
    const run = await runCli(["check", "broken.yaml"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^broken\.yaml:\d+:\d+: Not valid YAML: /);
    expect(run.stderr).not.toContain("    at ");
  });

  test.each([
    [["check"], "planner check: give exactly one plan file.\nRun \"planner check --help\" for usage.\n"],
    [["check", INFO_ONLY, "--fail-on", "severe"], 'planner check: --fail-on must be one of critical, warning, info (got "severe").\n'],
    [["check", INFO_ONLY, "--format", "xml"], 'planner check: --format must be one of text, json, sarif (got "xml").\n'],
    [["check", INFO_ONLY, "--colour"], "planner check: Unknown option '--colour'.\nRun \"planner check --help\" for usage.\n"],
    [["check", "missing.json"], "missing.json: cannot read the file (ENOENT).\n"],
    [["bundle", INFO_ONLY], 'planner bundle: give one plan file and -o OUT.\nRun "planner bundle --help" for usage.\n'],
    [["latency", "aws:us-east-1", "aws:mars-1"], 'planner latency: unknown region aws:mars-1: not in the catalog of AWS, Google Cloud and Azure regions (list them with "planner regions").\n'],
    [["regions", "--provider", "ibm"], 'planner regions: --provider must be one of aws, gcp, azure (got "ibm").\n'],
  ])("misuse %j exits 2 with a readable message", async (args, message) => {
    const run = await runCli(args, dir);
    expect(run).toEqual({ code: 2, stdout: "", stderr: message });
  });

  test.each(["check", "bundle", "diff", "latency", "regions", "schema"])("planner %s --help prints its usage on stdout", async (command) => {
    const run = await runCli([command, "--help"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith(`Usage: planner ${command}`)).toBe(true);
    expect(run.stderr).toBe("");
  });

  test("an unknown command lists the commands and exits 2", async () => {
    const run = await runCli(["plan"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('planner: unknown command "plan".');
    expect(run.stderr).toContain("  check PLAN ");
  });
});
