/**
 * Which Teleport versions the update section may plan for. Teleport's compatibility rules
 * ("Upgrading: compatibility overview"): upgrade one major version at a time (6.x → 7.x → 8.x,
 * never 6.x → 8.x) and never downgrade; Auth Services are upgraded before Proxy Services.
 */

export type Version = { major: number; minor: number; patch: number };

const SEMVER = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** "18.10.0" → { major: 18, minor: 10, patch: 0 }; null for anything else. */
export function parseVersion(text: string): Version | null {
  const match = SEMVER.exec(text);
  if (!match) return null;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) };
}

export const formatVersion = (v: Version): string => `${v.major}.${v.minor}.${v.patch}`;

/** Negative when a < b, zero when equal, positive when a > b. */
export function compareVersions(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

/** The default target: the next minor release of the plan's version (18.10.0 → 18.11.0). */
export function defaultTargetVersion(current: string): string {
  const v = parseVersion(current);
  return v ? formatVersion({ major: v.major, minor: v.minor + 1, patch: 0 }) : current;
}

/** Suggestions for the target picker: next patch, next minor, next major. */
export function suggestedTargetVersions(current: string): string[] {
  const v = parseVersion(current);
  if (!v) return [];
  return [
    formatVersion({ ...v, patch: v.patch + 1 }),
    formatVersion({ major: v.major, minor: v.minor + 1, patch: 0 }),
    formatVersion({ major: v.major + 1, minor: 0, patch: 0 }),
  ];
}

export type TargetCheck =
  | { isAllowed: true; kind: "patch" | "minor" | "major"; target: Version; current: Version }
  | { isAllowed: false; reason: string };

/** Whether `target` is a valid upgrade from `current`, and why not when it is not. */
export function checkTargetVersion(current: string, target: string): TargetCheck {
  const from = parseVersion(current);
  const to = parseVersion(target);
  if (!from) return { isAllowed: false, reason: `The plan's Teleport version "${current}" is not major.minor.patch.` };
  if (!to) return { isAllowed: false, reason: `"${target}" is not a version like ${defaultTargetVersion(current)} (major.minor.patch).` };
  const order = compareVersions(to, from);
  if (order === 0) return { isAllowed: false, reason: `The plan already runs Teleport ${current}; pick a later version to plan an update.` };
  if (order < 0)
    return {
      isAllowed: false,
      reason: `${target} is lower than the plan's version ${current}. Teleport does not support downgrades: an Auth Service on an older version cannot read state written by a newer one, and Proxy Services and agents do not support an older Auth Service.`,
    };
  if (to.major > from.major + 1)
    return {
      isAllowed: false,
      reason: `${target} is ${to.major - from.major} major versions ahead of ${current}. Teleport must be upgraded one major version at a time: upgrade to the latest ${from.major + 1}.x release first, then plan the next one.`,
    };
  const kind = to.major > from.major ? "major" : to.minor > from.minor ? "minor" : "patch";
  return { isAllowed: true, kind, target: to, current: from };
}
