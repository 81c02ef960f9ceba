import type { Plan } from "@/lib/schemas/plan";

export type WaiverChange = {
  action: "waiver.added" | "waiver.removed";
  detail: { findingId: string; reason: string };
};

/**
 * The waivers an edit added or withdrew, by finding id (a waiver whose reason changed counts as
 * withdrawn and added again). Waivers travel inside the plan, so the audit log finds out who
 * waived what by comparing the saved plan with the one it was based on.
 */
export function waiverChanges(before: Plan | null, after: Plan): WaiverChange[] {
  const key = (waiver: Plan["waivers"][number]) => `${waiver.findingId}\u0000${waiver.reason}`;
  const old = new Map((before?.waivers ?? []).map((waiver) => [key(waiver), waiver]));
  const now = new Map(after.waivers.map((waiver) => [key(waiver), waiver]));
  const removed = [...old].filter(([k]) => !now.has(k)).map(([, w]) => ({ action: "waiver.removed" as const, detail: { findingId: w.findingId, reason: w.reason } }));
  const added = [...now].filter(([k]) => !old.has(k)).map(([, w]) => ({ action: "waiver.added" as const, detail: { findingId: w.findingId, reason: w.reason } }));
  return [...removed, ...added];
}
