import { compareVersions, formatVersion, parseVersion, type Version } from "./version";

/**
 * CockroachDB major versions (vYY.R) and which upgrades between them are supported.
 *
 * - Since 2024, major versions alternate between Regular releases, which every cluster must pass
 *   through, and Innovation releases, which self-hosted clusters may skip. From a Regular
 *   release a cluster can go to the next major (an Innovation release) or the one after it (the
 *   next Regular release); from an Innovation release only to the next Regular release
 *   (CockroachDB docs: Upgrade CockroachDB, "Compatible versions"; cockroachdb/docs
 *   src/current/_includes/common/upgrade/overview.md).
 * - Support windows (Release Support Policy): a Regular release has Maintenance Support for 365
 *   days from its GA (x.y.0) and Assistance Support for 180 days more; once a patch is named LTS,
 *   maintenance runs 365 days from the first LTS patch and assistance 365 days more. An
 *   Innovation release has 6 months of Maintenance Support and no Assistance Support.
 *
 * The table holds the dates Cockroach Labs publishes (cockroachdb/docs src/current/_data/
 * versions.csv at commit 017daecf87001d90c1a1d82e58f1d52a12ba046d). A major version after the
 * table follows the alternation: R = 1 and 3 are Innovation, R = 2 and 4 Regular (as 25.1–26.2).
 */
export type CockroachReleaseType = "regular" | "innovation";

export type CockroachMajor = {
  major: string;
  type: CockroachReleaseType;
  ga: string;
  maintenanceEnds: string;
  /** null: an Innovation release has no Assistance Support. */
  assistanceEnds: string | null;
  /** The first LTS patch and the LTS support ends, once Cockroach Labs names one. */
  lts: { patch: string; maintenanceEnds: string; assistanceEnds: string } | null;
};

const regular = (major: string, ga: string, maintenanceEnds: string, assistanceEnds: string, lts: CockroachMajor["lts"] = null): CockroachMajor => ({
  major,
  type: "regular",
  ga,
  maintenanceEnds,
  assistanceEnds,
  lts,
});
const innovation = (major: string, ga: string, maintenanceEnds: string): CockroachMajor => ({ major, type: "innovation", ga, maintenanceEnds, assistanceEnds: null, lts: null });

export const COCKROACH_MAJORS: readonly CockroachMajor[] = [
  regular("24.1", "2024-05-20", "2025-05-20", "2025-11-20", { patch: "24.1.6", maintenanceEnds: "2025-10-21", assistanceEnds: "2026-10-21" }),
  innovation("24.2", "2024-08-12", "2025-02-12"),
  regular("24.3", "2024-11-18", "2025-11-18", "2026-05-18", { patch: "24.3.12", maintenanceEnds: "2026-05-05", assistanceEnds: "2027-05-05" }),
  innovation("25.1", "2025-02-18", "2025-08-18"),
  regular("25.2", "2025-05-09", "2026-05-12", "2026-11-12", { patch: "25.2.10", maintenanceEnds: "2026-12-17", assistanceEnds: "2027-12-17" }),
  innovation("25.3", "2025-08-04", "2026-02-04"),
  regular("25.4", "2025-11-03", "2026-11-03", "2027-05-03"),
  innovation("26.1", "2026-02-02", "2026-08-02"),
  regular("26.2", "2026-04-27", "2027-04-27", "2027-10-27"),
];

/** "26.2" of 26.2.1. */
export const majorOf = (v: Version): string => `${v.major}.${v.minor}`;

/** The table's entry, or for a later major its type by the alternation (no dates). */
export function cockroachMajor(major: string): CockroachMajor | { major: string; type: CockroachReleaseType; ga: null } {
  const known = COCKROACH_MAJORS.find((m) => m.major === major);
  if (known) return known;
  const r = Number(major.split(".")[1]);
  return { major, type: r % 2 === 1 ? "innovation" : "regular", ga: null };
}

/** The major version after `major` (YY.4 is followed by YY+1.1; 2024 had only three). */
export function nextMajor(major: string): string {
  const [yy = 0, r = 0] = major.split(".").map(Number);
  const isLastOfYear = r >= 4 || (yy === 24 && r === 3);
  return isLastOfYear ? `${yy + 1}.1` : `${yy}.${r + 1}`;
}

/** The majors a cluster on `major` may upgrade to next: the next one, and the one after when the next is an Innovation release it may skip. */
export function allowedNextMajors(major: string): string[] {
  const next = nextMajor(major);
  if (cockroachMajor(major).type === "innovation") return [next];
  return cockroachMajor(next).type === "innovation" ? [next, nextMajor(next)] : [next];
}

/** The default target: the next Regular release's x.y.0, which every cluster must pass through. */
export function defaultCockroachTarget(current: string): string {
  const v = parseVersion(current);
  if (!v) return current;
  const target = allowedNextMajors(majorOf(v)).find((m) => cockroachMajor(m).type === "regular") ?? nextMajor(majorOf(v));
  return `${target}.0`;
}

export type CockroachTargetCheck =
  | { isAllowed: true; kind: "patch" | "major"; fromMajor: string; toMajor: string; skipped: string | null }
  | { isAllowed: false; reason: string };

/** Whether CockroachDB `target` is a supported upgrade from `current`, and why not when it is not. */
export function checkCockroachTarget(current: string, target: string): CockroachTargetCheck {
  const from = parseVersion(current);
  const to = parseVersion(target);
  if (!from) return { isAllowed: false, reason: `The plan's CockroachDB version "${current}" is not major.minor.patch.` };
  if (!to) return { isAllowed: false, reason: `"${target}" is not a CockroachDB version like ${defaultCockroachTarget(current)} (YY.R.patch).` };
  const order = compareVersions(to, from);
  if (order === 0) return { isAllowed: false, reason: `The plan already runs CockroachDB ${current}; pick a later version to plan an upgrade.` };
  if (order < 0)
    return {
      isAllowed: false,
      reason: `${target} is lower than the plan's version ${current}. A finalized major-version upgrade cannot be rolled back; going back means restoring a backup into a cluster of the older version.`,
    };
  const fromMajor = majorOf(from);
  const toMajor = majorOf(to);
  if (fromMajor === toMajor) return { isAllowed: true, kind: "patch", fromMajor, toMajor, skipped: null };
  const allowed = allowedNextMajors(fromMajor);
  if (!allowed.includes(toMajor)) {
    const typeText = cockroachMajor(fromMajor).type === "innovation" ? "an Innovation release, which can only be upgraded to the next Regular release" : "a Regular release";
    return {
      isAllowed: false,
      reason: `${fromMajor} is ${typeText}; from it CockroachDB supports upgrades to ${allowed.map((m) => `v${m}`).join(" or ")} only. Upgrade to ${allowed.map((m) => `v${m}`).join(" or ")} first, finalize, then plan the next one.`,
    };
  }
  const skipped = allowed.length === 2 && toMajor === allowed[1] ? (allowed[0] ?? null) : null;
  return { isAllowed: true, kind: "major", fromMajor, toMajor, skipped };
}

/** Suggestions for the target picker: next patch, then each allowed next major's x.y.0. */
export function suggestedCockroachTargets(current: string): string[] {
  const v = parseVersion(current);
  if (!v) return [];
  return [formatVersion({ ...v, patch: v.patch + 1 }), ...allowedNextMajors(majorOf(v)).map((m) => `${m}.0`)];
}
