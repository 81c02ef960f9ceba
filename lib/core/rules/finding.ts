import type { Finding } from "../analysis/types";

export type RuleFinding = Omit<Finding, "waiver">;

type FindingInput = Omit<RuleFinding, "id" | "ruleId"> & {
  /** Appended to the rule id when a rule fires more than once (per region, per pair). */
  subject?: string;
};

/** Builds a finding whose id is stable across edits: `ruleId`, or `ruleId:subject`. */
export function finding(ruleId: string, input: FindingInput): RuleFinding {
  const { subject, ...rest } = input;
  return { id: subject === undefined ? ruleId : `${ruleId}:${subject}`, ruleId, ...rest };
}

/** Rounds a latency for display: whole milliseconds, never "0 ms" for a real distance. */
export function ms(value: number): string {
  return `${Math.max(1, Math.round(value))} ms`;
}

/** "a, b and c" */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
