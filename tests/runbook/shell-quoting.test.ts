import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { buildRunbook } from "@/lib/core/runbook";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";

/**
 * Runs every generated command line through a real bash, with the tools (kubectl, helm, aws, …)
 * replaced by a function that writes its arguments, one per line, to a file of its own and
 * prints a harmless address for commands whose output the runbook captures. One file per call
 * and a final `wait` for background jobs keep one call's record from being cut or mixed with
 * another's. A hostile value must arrive as one untouched argument and must never run anything.
 */
const TOOLS = ["kubectl", "helm", "aws", "gcloud", "az", "cockroach", "terraform", "cilium", "curl", "dig", "sh", "test", "echo", "mc"];
const STUB = `${TOOLS.map((t) => `${t}() { printf '%s\\n' "$@" > "$(mktemp "$CALL_DIR/call.XXXXXXXX")"; builtin echo 10.0.0.1; }`).join("\n")}\nid() { echo PWNED; }\ntee() { echo PWNED; }\n`;

function argvOfEveryCall(lines: string[]): string[][] {
  const dir = mkdtempSync(path.join(tmpdir(), "runbook-shell-"));
  try {
    const script = `${STUB}${lines.join("\n")}\nwait\n`;
    const out = execFileSync("bash", ["--noprofile", "--norc", "-c", script], {
      encoding: "utf8",
      env: { ...process.env, PATH: "/usr/bin:/bin", NODE_SG_US_EAST_1: "sg-1", CALL_DIR: dir },
    });
    return [
      ...readdirSync(dir).map((file) => readFileSync(path.join(dir, file), "utf8").replace(/\n$/, "").split("\n")),
      // Anything a command line printed by itself (not through a stub) is checked too.
      out.split("\n").filter((line) => line.length > 0 && line !== "10.0.0.1"),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("generated commands in a real shell", () => {
  test("a hostile cluster name arrives as one argument and runs nothing", () => {
    const hostile = `ctx'; id; echo "$(id)" \`id\` $HOME | tee x & #`;
    const plan = structuredClone(BLUEPRINT_TEMPLATE);
    plan.regions[0]!.kubernetes.clusterName = hostile;
    plan.teleport.clusterName = `$(id).example.org`;
    const runbook = buildRunbook(plan, analyzePlan(plan));
    const lines = runbook.sections
      .flatMap((s) => s.steps)
      .flatMap((s) => [...s.commands, ...s.verify])
      // Pipes feed the second command's stdin; captures assign variables: both still run the stubs.
      .filter((line) => line.includes(hostile.slice(0, 4)) || line.includes("$(id)"));
    expect(lines.length).toBeGreaterThan(20);
    const calls = argvOfEveryCall(lines);
    const flat = calls.flat();
    expect(flat).not.toContain("PWNED");
    expect(flat.filter((a) => a === hostile).length).toBeGreaterThan(20);
    for (const argv of calls.filter((c) => c.includes("--context"))) expect(argv[argv.indexOf("--context") + 1]).not.toMatch(/^ctx'?$/);
    expect(flat).toContain("https://$(id).example.org/v1/webapi/ping");
  });
});
