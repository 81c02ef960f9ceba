"use client";

import { useDeferredValue, useMemo, useState } from "react";
import type { Analysis } from "@/lib/core/analysis/types";
import { analyzePlan } from "@/lib/core/analyze";
import { validatePlan, type FieldIssue } from "@/lib/core/plan-edit";
import type { Plan } from "@/lib/schemas/plan";

export type PlanAnalysisState = {
  issues: FieldIssue[];
  isValid: boolean;
  /** The current analysis, or the last valid one while the draft is invalid (then isStale). */
  analysis: Analysis | null;
  isStale: boolean;
  /** Set when the core threw on a valid plan: a bug to report, shown instead of crashing the page. */
  failure: string | null;
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
 * stale, so the panels neither vanish nor jump. The analysis runs on a deferred copy of the
 * plan: React renders the map and form for a click or keystroke first and the dashboard's
 * (heavier) update after, interruptibly.
 */
export function usePlanAnalysis(draft: Plan): PlanAnalysisState {
  const validation = useMemo(() => validatePlan(draft), [draft]);
  const deferredPlan = useDeferredValue(validation.plan);
  const fresh = useMemo(() => (deferredPlan ? analyze(deferredPlan) : null), [deferredPlan]);
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
  };
}
