import type { Source } from "@/lib/core/analysis/types";
import type { Plan } from "@/lib/schemas/plan";
import { ciliumIdChangeWarning, withSharedRegionsClusterIds } from "./cilium-cluster-id-change";
import { fieldOrder, planFieldLabel } from "./plan-field-labels";

export type PlanChangeKind = "added" | "removed" | "changed";

/**
 * One semantic difference between two plans. `path` names the field with regions and waivers
 * keyed by id rather than index ("regions[aws:us-west-2].kubernetes.podCidr",
 * "waivers[cpu-limit-throttling:aws:us-east-1:cockroachdb]", "regions[aws:us-east-1].zones[us-east-1a]").
 * A value that is absent on one side is left out (`before` on "added", `after` on "removed");
 * `null` is a value (a secondary region set to none is "changed" to null). `warning` marks a
 * change that costs more than its size suggests, with the source that says so.
 */
export type PlanChange = {
  path: string;
  label: string;
  kind: PlanChangeKind;
  before?: unknown;
  after?: unknown;
  warning?: { text: string; source: Source };
};

type At = { path: string; pattern: string; keys: string[] };

/** Arrays whose entries have an identity of their own: matched by it, not by position. */
const KEYED_ARRAYS: Record<string, (item: unknown) => string> = {
  regions: (item) => String(field(item, "id")),
  waivers: (item) => String(field(item, "findingId")),
};
/** Arrays that are sets: order carries no meaning. */
const SET_ARRAYS = new Set(["regions[].zones"]);

/**
 * The semantic difference between two plans, in schema order (teleport, cockroachdb, regions,
 * object storage, DNS, connectivity, waivers). Regions are matched by id, so adding, removing or
 * reordering regions shows as one region added or removed, never as every field of the
 * following regions changing; an added or removed region is one change carrying the whole
 * region. Zones are compared as sets (one change per zone added or removed, in zone-name order).
 * Waivers are matched by finding id. Everything else is walked down to its leaves, so an
 * optional block such as `resources` appears as its individual fields.
 *
 * A region in both plans is compared by the Cilium cluster id it gets, stored or derived from its
 * position, so writing down the id it already had is no change, and removing or reordering
 * regions of a plan without stored ids shows every id that moved, with Cilium's warning.
 */
export function diffPlans(before: Plan, after: Plan): PlanChange[] {
  const changes: PlanChange[] = [];
  const [b, a] = withSharedRegionsClusterIds(before, after);
  walk(b, a, { path: "", pattern: "", keys: [] }, changes);
  return changes.map(ciliumIdChangeWarning);
}

function walk(before: unknown, after: unknown, at: At, out: PlanChange[]): void {
  const keyOf = KEYED_ARRAYS[at.pattern];
  if (keyOf && (Array.isArray(before) || Array.isArray(after))) return diffKeyed(asArray(before), asArray(after), keyOf, at, out);
  if (SET_ARRAYS.has(at.pattern) && (Array.isArray(before) || Array.isArray(after))) return diffSet(asArray(before), asArray(after), at, out);
  const isObjectBefore = isRecord(before);
  const isObjectAfter = isRecord(after);
  if ((isObjectBefore || before === undefined) && (isObjectAfter || after === undefined) && (isObjectBefore || isObjectAfter)) {
    const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
    for (const key of sortKeys(keys, at.pattern)) {
      walk(field(before, key), field(after, key), child(at, `.${key}`, `.${key}`), out);
    }
    return;
  }
  if (isEqual(before, after)) return;
  out.push(change(at, before, after));
}

function diffKeyed(before: unknown[], after: unknown[], keyOf: (item: unknown) => string, at: At, out: PlanChange[]): void {
  const beforeByKey = new Map(before.map((item) => [keyOf(item), item]));
  const afterKeys = new Set(after.map(keyOf));
  for (const item of after) {
    const key = keyOf(item);
    const at2 = child(at, `[${key}]`, "[]", key);
    const previous = beforeByKey.get(key);
    if (previous === undefined) out.push(change(at2, undefined, item));
    else walk(previous, item, at2, out);
  }
  for (const item of before) {
    const key = keyOf(item);
    if (!afterKeys.has(key)) out.push(change(child(at, `[${key}]`, "[]", key), item, undefined));
  }
}

function diffSet(before: unknown[], after: unknown[], at: At, out: PlanChange[]): void {
  const inBefore = new Set(before.map(String));
  const inAfter = new Set(after.map(String));
  const all = [...new Set([...inBefore, ...inAfter])].sort(byCodeUnit);
  for (const member of all) {
    if (inBefore.has(member) && inAfter.has(member)) continue;
    const at2 = child(at, `[${member}]`, "[]", member);
    out.push(change(at2, inBefore.has(member) ? member : undefined, inAfter.has(member) ? member : undefined));
  }
}

function change(at: At, before: unknown, after: unknown): PlanChange {
  const kind: PlanChangeKind = before === undefined ? "added" : after === undefined ? "removed" : "changed";
  const result: PlanChange = { path: at.path, label: planFieldLabel(at.pattern, at.keys, at.path), kind };
  if (before !== undefined) result.before = before;
  if (after !== undefined) result.after = after;
  return result;
}

function child(at: At, pathPart: string, patternPart: string, key?: string): At {
  const join = (base: string, part: string) => (base === "" ? part.replace(/^\./, "") : base + part);
  return { path: join(at.path, pathPart), pattern: join(at.pattern, patternPart), keys: key === undefined ? at.keys : [...at.keys, key] };
}

function sortKeys(keys: string[], pattern: string): string[] {
  const orderOf = (key: string) => fieldOrder(pattern === "" ? key : `${pattern}.${key}`);
  return keys.sort((a, b) => orderOf(a) - orderOf(b) || byCodeUnit(a, b));
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function field(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Leaves are primitives; any other array (none in schema version 1) compares by its JSON. */
function isEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
