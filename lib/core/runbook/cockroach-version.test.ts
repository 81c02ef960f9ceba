import { describe, expect, test } from "vitest";
import { allowedNextMajors, checkCockroachTarget, cockroachMajor, defaultCockroachTarget, nextMajor, suggestedCockroachTargets } from "./cockroach-version";

describe("CockroachDB release types and upgrade paths", () => {
  test.each([
    ["24.1", "regular"],
    ["24.2", "innovation"],
    ["24.3", "regular"],
    ["25.1", "innovation"],
    ["25.2", "regular"],
    ["25.3", "innovation"],
    ["25.4", "regular"],
    ["26.1", "innovation"],
    ["26.2", "regular"],
    // After the table, by the alternation.
    ["26.3", "innovation"],
    ["26.4", "regular"],
  ])("v%s is a %s release", (major, type) => {
    expect(cockroachMajor(major).type).toBe(type);
  });

  test.each([
    ["24.1", "24.2"],
    ["24.3", "25.1"],
    ["25.4", "26.1"],
    ["26.2", "26.3"],
  ])("after v%s comes v%s", (major, next) => {
    expect(nextMajor(major)).toBe(next);
  });

  test.each([
    ["24.3", ["25.1", "25.2"]],
    ["25.1", ["25.2"]],
    ["25.2", ["25.3", "25.4"]],
    ["26.1", ["26.2"]],
    ["26.2", ["26.3", "26.4"]],
  ])("from v%s CockroachDB upgrades to %j", (major, allowed) => {
    expect(allowedNextMajors(major)).toEqual(allowed);
  });

  test("the default target is the next Regular release, which every cluster must pass through", () => {
    expect(defaultCockroachTarget("26.2.1")).toBe("26.4.0");
    expect(defaultCockroachTarget("26.1.3")).toBe("26.2.0");
    expect(suggestedCockroachTargets("26.2.1")).toEqual(["26.2.2", "26.3.0", "26.4.0"]);
  });

  test.each([
    ["26.2.1", "26.2.4", { isAllowed: true, kind: "patch", fromMajor: "26.2", toMajor: "26.2", skipped: null }],
    ["26.2.1", "26.3.0", { isAllowed: true, kind: "major", fromMajor: "26.2", toMajor: "26.3", skipped: null }],
    ["25.4.2", "26.2.0", { isAllowed: true, kind: "major", fromMajor: "25.4", toMajor: "26.2", skipped: "26.1" }],
    ["26.1.0", "26.2.3", { isAllowed: true, kind: "major", fromMajor: "26.1", toMajor: "26.2", skipped: null }],
  ])("%s → %s is allowed", (current, target, expected) => {
    expect(checkCockroachTarget(current, target)).toEqual(expected);
  });

  test.each([
    ["26.2.1", "26.2.1", "The plan already runs CockroachDB 26.2.1; pick a later version to plan an upgrade."],
    ["26.2.1", "25.4.9", "25.4.9 is lower than the plan's version 26.2.1. A finalized major-version upgrade cannot be rolled back"],
    ["25.2.1", "26.2.0", "25.2 is a Regular release; from it CockroachDB supports upgrades to v25.3 or v25.4 only."],
    ["26.1.0", "26.3.0", "26.1 is an Innovation release, which can only be upgraded to the next Regular release; from it CockroachDB supports upgrades to v26.2 only."],
    ["26.2.1", "26.x", '"26.x" is not a CockroachDB version like 26.4.0 (YY.R.patch).'],
  ])("%s → %s is refused: %s", (current, target, reason) => {
    const check = checkCockroachTarget(current, target);
    expect(check.isAllowed).toBe(false);
    expect(check.isAllowed ? "" : check.reason.slice(0, reason.length)).toBe(reason);
  });
});
