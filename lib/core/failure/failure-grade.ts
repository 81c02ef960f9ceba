import type { FailureGrade } from "../analysis/types";
import { formatNumber } from "@/lib/core/text/format-number";

/**
 * A write-latency rise counts as degradation when a surviving Teleport region's writes at least
 * double AND gain at least this many ms. Our choice: the blueprint gives no threshold; doubling a
 * 1.5 ms commit is invisible to users, while +20 ms on every Teleport backend write is felt on
 * every login and session start (each makes several backend writes).
 */
export const DEGRADED_MIN_EXTRA_MS = 20;
export const DEGRADED_MIN_FACTOR = 2;

export type GradeInput = {
  isQuorumKept: boolean;
  hasCapacity: boolean;
  /** False when the failed region was the only Teleport region. */
  isTeleportLeft: boolean;
  /** Write latency of each surviving Teleport region before and after the failure. */
  writes: { region: string; beforeMs: number | null; afterMs: number }[];
};

/** The surviving region whose writes slow down the most (by factor), if it passes both thresholds. */
function worstSlowdown(writes: GradeInput["writes"]): { region: string; beforeMs: number; afterMs: number; factor: number } | null {
  let worst: { region: string; beforeMs: number; afterMs: number; factor: number } | null = null;
  for (const w of writes) {
    if (w.beforeMs === null || w.beforeMs <= 0) continue;
    const factor = w.afterMs / w.beforeMs;
    if (factor < DEGRADED_MIN_FACTOR || w.afterMs - w.beforeMs < DEGRADED_MIN_EXTRA_MS) continue;
    if (worst === null || factor > worst.factor) worst = { region: w.region, beforeMs: w.beforeMs, afterMs: w.afterMs, factor };
  }
  return worst;
}

/**
 * Grades a region failure: "down" when Teleport cannot serve (CockroachDB quorum lost, or no
 * Teleport region left), "degraded" when the survivors are short of capacity (Multi-region
 * Blueprint: every region must carry all traffic after a complete region failure) or a surviving
 * region's writes get markedly slower, "fine" otherwise. The reason says which, in words.
 */
export function gradeFailure(input: GradeInput): { grade: FailureGrade; gradeReason: string } {
  if (!input.isQuorumKept) return { grade: "down", gradeReason: "Down: CockroachDB loses quorum, so Teleport accepts no logins or sessions until the region returns." };
  if (!input.isTeleportLeft) return { grade: "down", gradeReason: "Down: no Teleport region is left to serve users." };
  const reasons: string[] = [];
  const slow = worstSlowdown(input.writes);
  if (slow)
    reasons.push(`writes from ${slow.region} take ${formatNumber(slow.afterMs, 1)} ms instead of ${formatNumber(slow.beforeMs, 1)} ms (${formatNumber(slow.factor, 1)}×)`);
  if (!input.hasCapacity) reasons.push("the surviving Teleport regions are short of capacity");
  if (reasons.length > 0) return { grade: "degraded", gradeReason: `Degraded: ${reasons.join("; ")}.` };
  return { grade: "fine", gradeReason: "Fine: quorum is kept, the survivors carry every user, and writes stay about as fast as planned." };
}
