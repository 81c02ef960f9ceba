import { describe, expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { bundleDocuments } from "@/lib/core/bundle/documents";
import { buildRunbook } from "@/lib/core/runbook";
import { BUNDLE_MATRIX } from "./matrix";

/**
 * The runbook as a dependency graph (issue 10): for every plan of the matrix, each step's needs
 * are provided by an earlier step, each capability is provided once, and every file a step
 * links to is a file of the bundle.
 */
describe.each(BUNDLE_MATRIX)("$name", ({ plan }) => {
  const analysis = analyzePlan(plan);
  const steps = buildRunbook(plan, analysis).sections.flatMap((s) => s.steps);
  const paths = new Set(bundleDocuments(plan, analysis).map((d) => d.path));

  test("every step declares what it provides", () => {
    expect(steps.filter((s) => s.provides.length === 0).map((s) => s.key)).toEqual([]);
  });

  test("no step comes before what it needs", () => {
    const provided = new Set<string>();
    const early: string[] = [];
    for (const step of steps) {
      for (const need of step.needs) if (!provided.has(need)) early.push(`${step.key} needs ${need}`);
      for (const p of step.provides) provided.add(p);
    }
    expect(early).toEqual([]);
  });

  test("each capability has one provider", () => {
    const all = steps.flatMap((s) => s.provides);
    expect(all.filter((p, i) => all.indexOf(p) !== i)).toEqual([]);
  });

  test("every file a step links to is in the bundle", () => {
    expect(steps.flatMap((s) => s.files.filter((f) => !paths.has(f)).map((f) => `${s.key} → ${f}`))).toEqual([]);
  });
});
