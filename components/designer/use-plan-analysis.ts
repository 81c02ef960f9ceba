"use client";

import { useMemo, useState } from "react";
import type { Analysis } from "@/lib/core/analysis/types";
import { analyzePlan } from "@/lib/core/analyze";
import { validatePlan, type FieldIssue } from "@/lib/core/plan-edit";
import type { Plan } from "@/lib/schemas/plan";
import { useAfterPaint } from "@/components/ui/use-after-paint";

export type PlanAnalysisState = {
  issues: FieldIssue[];
  isValid: boolean;
  /** The current analysis, or the last valid one while the draft is invalid (then isStale). */
  analysis: Analysis | null;
  isStale: boolean;
  /** Set when the core threw on a valid plan: a bug to report, shown instead of crashing the page. */
  failure: string | null;
  /** The draft the analysis belongs to: it follows `draft` once the edit has been painted. */
  settledDraft: Plan;
};

function analyze(plan: Plan): { analysis: Analysis | null; failure: string | null } {
  try {
    return { analysis: analyzePlan(plan), failure: null };
  } catch (error) {
    console.error("analyzePlan failed", error);
    return { analysis: null, failure: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Validates the draft on every edit and analyses it in the browser when it is valid, so the
 * dashboard follows each keystroke. While the draft is invalid the last analysis stays, marked
 * stale, so the panels neither vanish nor jump. The analysis runs on a copy of the plan that
 * follows the draft after the next paint (components/ui/use-after-paint.ts): React renders and
 * the browser paints the map and form for a click or keystroke first, and the dashboard's
 * (heavier) update comes after, as an interruptible transition.
 */
export function usePlanAnalysis(draft: Plan): PlanAnalysisState {
  const validation = useMemo(() => validatePlan(draft), [draft]);
  // One lagging copy of both, so the analysis and the dashboard's plan change in the same render.
  const current = useMemo(() => ({ draft, plan: validation.plan }), [draft, validation.plan]);
  const settled = useAfterPaint(current);
  const fresh = useMemo(() => (settled.plan ? analyze(settled.plan) : null), [settled.plan]);
  const [last, setLast] = useState<Analysis | null>(null);
  // Remember the latest good analysis during render (React's "store information from previous renders").
  if (fresh?.analysis && fresh.analysis !== last) setLast(fresh.analysis);
  const analysis = fresh?.analysis ?? last;
  return {
    issues: validation.issues,
    isValid: validation.isValid,
    analysis,
    isStale: (!validation.isValid || fresh?.analysis == null) && analysis !== null,
    failure: fresh?.failure ?? null,
    settledDraft: settled.draft,
  };
}
