import { describe, expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { buildRunbook, runbookContent, runbookToMarkdown } from "@/lib/core/runbook";
import { planOver, TWELVE_REGIONS } from "@/bench/plans";
import { MATRIX } from "@/tests/bundle/matrix";

/**
 * The bundle writes RUNBOOK.md from runbookContent (no hashes, needs or provides); the app's
 * runbook and its Markdown route use buildRunbook. Both must give the same steps and the same
 * Markdown, for every plan of the bundle matrix, the 12-region bench plan and an upgrade target.
 */
const PLANS = [...MATRIX, { name: "12 regions (bench)", plan: planOver(TWELVE_REGIONS) }];

describe("runbookContent", () => {
  test.each(PLANS)("$name: the same steps and Markdown as buildRunbook", ({ plan }) => {
    const analysis = analyzePlan(plan);
    for (const options of [{}, { targetVersion: "19.1.0" }]) {
      const full = buildRunbook(plan, analysis, options);
      const content = runbookContent(plan, analysis, options);
      expect(runbookToMarkdown(content)).toBe(runbookToMarkdown(full));
      const visible = full.sections.map((s) => ({ ...s, steps: s.steps.map(({ hash: _h, needs: _n, provides: _p, ...step }) => step) }));
      expect(content.sections).toStrictEqual(visible);
      expect({ ...content, sections: [] }).toStrictEqual({ ...full, sections: [] });
    }
  });

  test("refuses a duplicate step key as buildRunbook does", () => {
    // Both go through the same drafting; this pins that the check did not move out of runbookContent's path.
    const plan = planOver(TWELVE_REGIONS);
    const twice = { ...plan, regions: [...plan.regions, plan.regions[0]!] };
    const analysis = analyzePlan(plan);
    expect(() => buildRunbook(twice, analysis)).toThrow(/appears twice/);
    expect(() => runbookContent(twice, analysis)).toThrow(/appears twice/);
  });
});
