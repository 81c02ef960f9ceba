import "server-only";
import { analyzePlan } from "@/lib/core/analyze";
import type { Plan } from "@/lib/schemas/plan";

/**
 * The serialized analysis of stored revisions. Revisions are immutable, so a revision's analysis
 * never changes; keeping the JSON text saves the plan parse, the analysis and the serialization on
 * every later read (they were most of a stored-analysis request). Bounded; oldest entry dropped first.
 */
const LIMIT = 500;
const bodies = new Map<string, string>();

const keyOf = (projectId: string, number: number) => `${projectId}:${number}`;

export function cachedAnalysisBody(projectId: string, number: number): string | undefined {
  return bodies.get(keyOf(projectId, number));
}

export function analysisBody(projectId: string, number: number, plan: Plan): string {
  const key = keyOf(projectId, number);
  const known = bodies.get(key);
  if (known !== undefined) return known;
  const body = JSON.stringify({ analysis: analyzePlan(plan) });
  if (bodies.size >= LIMIT) bodies.delete(bodies.keys().next().value ?? "");
  bodies.set(key, body);
  return body;
}
