import { describe, expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import { buildRunbook } from "./build-runbook";
import { runbookToMarkdown } from "./to-markdown";
import { progressMap, runbookView, withoutCheckers, withStepState, type StepState } from "./view";

const runbook = buildRunbook(structuredClone(BLUEPRINT_TEMPLATE), analyzePlan(structuredClone(BLUEPRINT_TEMPLATE)));
const [first, second] = runbook.sections[0]!.steps;
const checked: StepState = { checkedAt: "2026-12-04T10:00:00.000Z", note: "done", changedSinceCheck: false, checkedBy: "eddie" };

describe("runbook view: who checked a step off", () => {
  test("a stored checker reaches the step; steps without a stored state name nobody", () => {
    const view = runbookView(1, runbook, new Map([[first!.key, checked]]));
    const steps = view.sections[0]!.steps;
    expect(steps[0]).toMatchObject({ key: first!.key, checkedBy: "eddie", checkedAt: checked.checkedAt });
    expect(steps[1]).toMatchObject({ key: second!.key, checkedBy: "", checkedAt: null });
  });

  test("an optimistic state replaces the checker with the step's other fields", () => {
    const view = withStepState(runbookView(1, runbook, new Map()), second!.key, { ...checked, checkedBy: "olivia" });
    expect(view.sections[0]!.steps[1]!.checkedBy).toBe("olivia");
    expect(view.progress.done).toBe(1);
  });

  test("the Markdown says who: 'Done <time> by <user>: <note>', and only the time when nobody is recorded", () => {
    const view = runbookView(1, runbook, new Map([[first!.key, checked], [second!.key, { ...checked, checkedBy: "" }]]));
    const markdown = runbookToMarkdown(view, progressMap(view));
    expect(markdown).toContain(`- [x] Done 2026-12-04T10:00:00.000Z by eddie: done (\`${first!.key}\`)`);
    expect(markdown).toContain(`- [x] Done 2026-12-04T10:00:00.000Z: done (\`${second!.key}\`)`);
  });

  test("withoutCheckers keeps the progress and drops every name", () => {
    const view = withoutCheckers(runbookView(1, runbook, new Map([[first!.key, checked]])));
    expect(view.sections[0]!.steps[0]).toMatchObject({ checkedAt: checked.checkedAt, note: "done", checkedBy: "" });
    expect(view.progress.done).toBe(1);
    expect(JSON.stringify(view)).not.toContain("eddie");
  });
});
