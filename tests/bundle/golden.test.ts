import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { buildBundle } from "@/lib/core/bundle";
import { stableJson } from "@/lib/core/bundle/serialize/json";
import { buildRunbook, runbookToMarkdown } from "@/lib/core/runbook";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";

/**
 * Golden files for the blueprint template, compared byte for byte. Regenerate with
 * `UPDATE_GOLDEN=1 npx vitest run tests/bundle/golden.test.ts` and review the diff.
 *
 * RUNBOOK.md and analysis.json are other modules' output (the runbook and the analysis have
 * their own tests); here they are checked to be exactly what those modules return, so a change
 * in a risk rule's wording does not break the bundle's goldens.
 */
const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), "golden", "blueprint");
const FOREIGN = new Set(["RUNBOOK.md", "analysis.json"]);
const isUpdate = process.env.UPDATE_GOLDEN === "1";

const analysis = analyzePlan(BLUEPRINT_TEMPLATE);
const files = buildBundle(BLUEPRINT_TEMPLATE, analysis);
const owned = files.filter((f) => !FOREIGN.has(f.path));

function listGolden(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listGolden(path) : [relative(GOLDEN_DIR, path)];
  });
}

if (isUpdate) {
  rmSync(GOLDEN_DIR, { recursive: true, force: true });
  for (const file of owned) {
    const path = join(GOLDEN_DIR, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
}

describe("blueprint template bundle matches the golden files", () => {
  test("the same set of files", () => {
    expect(listGolden(GOLDEN_DIR).sort()).toEqual(owned.map((f) => f.path));
  });

  test.each(owned.map((f) => [f.path, f.content] as const))("%s is byte-identical", (path, content) => {
    const golden = readFileSync(join(GOLDEN_DIR, path));
    expect(content).toBe(golden.toString("utf8")); // readable diff on failure
    expect(Buffer.from(content, "utf8").equals(golden)).toBe(true);
  });

  test("RUNBOOK.md is the runbook module's Markdown and analysis.json the analysis", () => {
    expect(files.find((f) => f.path === "RUNBOOK.md")?.content.trimEnd()).toBe(runbookToMarkdown(buildRunbook(BLUEPRINT_TEMPLATE, analysis)).trimEnd());
    expect(files.find((f) => f.path === "analysis.json")?.content).toBe(stableJson(analysis));
  });
});
