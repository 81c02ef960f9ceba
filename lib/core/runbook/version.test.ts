import { describe, expect, test } from "vitest";
import { checkTargetVersion, defaultTargetVersion, suggestedTargetVersions } from "./version";

describe("target version rules", () => {
  test.each([
    ["18.10.0", "18.10.1", "patch"],
    ["18.10.0", "18.11.0", "minor"],
    ["18.10.0", "19.0.0", "major"],
    ["18.10.0", "19.4.2", "major"],
  ])("%s → %s is allowed as a %s update", (current, target, kind) => {
    expect(checkTargetVersion(current, target)).toMatchObject({ isAllowed: true, kind });
  });

  test.each([
    ["18.10.0", "20.0.0", "20.0.0 is 2 major versions ahead of 18.10.0. Teleport must be upgraded one major version at a time: upgrade to the latest 19.x release first, then plan the next one."],
    ["18.10.0", "18.9.5", "18.9.5 is lower than the plan's version 18.10.0."],
    ["18.10.0", "17.0.0", "17.0.0 is lower than the plan's version 18.10.0."],
    ["18.10.0", "18.10.0", "The plan already runs Teleport 18.10.0; pick a later version to plan an update."],
    ["18.10.0", "v19", '"v19" is not a version like 18.11.0 (major.minor.patch).'],
  ])("%s → %s is refused", (current, target, reason) => {
    const check = checkTargetVersion(current, target);
    expect(check.isAllowed).toBe(false);
    if (!check.isAllowed) expect(check.reason.startsWith(reason)).toBe(true);
  });

  test("the default target is the next minor release", () => {
    expect(defaultTargetVersion("18.10.0")).toBe("18.11.0");
    expect(defaultTargetVersion("17.4.8")).toBe("17.5.0");
  });

  test("suggestions are the next patch, minor and major", () => {
    expect(suggestedTargetVersions("18.10.0")).toEqual(["18.10.1", "18.11.0", "19.0.0"]);
  });
});
