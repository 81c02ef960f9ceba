import { describe, expect, test } from "vitest";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import type { Plan } from "@/lib/schemas/plan";
import { historyReducer, initialHistory, type HistoryAction, type PlanHistory } from "./index";

const ttl = (seconds: number): Plan => ({ ...BLUEPRINT_TEMPLATE, geoDns: { ...BLUEPRINT_TEMPLATE.geoDns, ttlSeconds: seconds } });
const run = (actions: HistoryAction[], start: PlanHistory = initialHistory(ttl(60))) => actions.reduce(historyReducer, start);
const presentTtl = (h: PlanHistory) => h.present.geoDns.ttlSeconds;

describe("historyReducer", () => {
  test("undo and redo walk the edits; a new edit drops the redo branch", () => {
    const h = run([
      { type: "edit", plan: ttl(30), at: 1_000 },
      { type: "edit", plan: ttl(20), at: 5_000 },
      { type: "undo" },
    ]);
    expect(presentTtl(h)).toBe(30);
    expect(presentTtl(historyReducer(h, { type: "redo" }))).toBe(20);
    const branched = historyReducer(h, { type: "edit", plan: ttl(10), at: 9_000 });
    expect(branched.future).toEqual([]);
    expect(presentTtl(historyReducer(branched, { type: "redo" }))).toBe(10);
  });

  test.each([
    // [gap between the two edits in ms, same group?, undo steps back to the start]
    [300, true, 1],
    [300, false, 2],
    [2_000, true, 2],
  ])("two edits %i ms apart (same group: %s) take %i undo steps", (gap, isSameGroup, steps) => {
    let h = run([
      { type: "edit", plan: ttl(30), group: "form", at: 10_000 },
      { type: "edit", plan: ttl(20), group: isSameGroup ? "form" : "map", at: 10_000 + gap },
    ]);
    for (let i = 0; i < steps; i++) h = historyReducer(h, { type: "undo" });
    expect(presentTtl(h)).toBe(60);
    expect(h.past).toEqual([]);
  });

  test("apply computes the edit from the current plan; an update that changes nothing adds no step", () => {
    const h = run([{ type: "apply", update: (p) => ({ ...p, geoDns: { ...p.geoDns, ttlSeconds: p.geoDns.ttlSeconds / 2 } }), at: 1 }]);
    expect(presentTtl(h)).toBe(30);
    expect(historyReducer(h, { type: "apply", update: (p) => p, at: 2 })).toBe(h);
  });

  test("undo with nothing to undo and reset", () => {
    const start = initialHistory(ttl(60));
    expect(historyReducer(start, { type: "undo" })).toBe(start);
    expect(historyReducer(start, { type: "redo" })).toBe(start);
    const reset = run([{ type: "edit", plan: ttl(30), at: 1 }, { type: "reset", plan: ttl(5) }]);
    expect(reset).toEqual(initialHistory(ttl(5)));
  });
});
