import { describe, expect, test } from "vitest";
import { s3CompleteInitiatorsRule as rule, supportsCompleteInitiators } from "./s3-complete-initiators";
import { brief, runRule, variant } from "./test-support";

describe("s3-complete-initiators", () => {
  test.each([
    ["14.3.33", false],
    ["15.4.9", false],
    ["15.5.0", true],
    ["16.5.4", false],
    ["16.5.5", true],
    ["17.4.5", false],
    ["17.4.6", true],
    ["17.5.0", true],
    ["18.0.0", true],
  ])("supportsCompleteInitiators(%s) = %s", (version, expected) => {
    expect(supportsCompleteInitiators(version)).toBe(expected);
  });

  test.each([
    ["a version without complete_initiators", variant((p) => void (p.teleport.version = "17.4.5")), [{ id: "s3-complete-initiators:version", severity: "warning", fields: ["teleport.version"] }]],
    ["no uploader role", variant((p) => void (p.objectStorage.uploaderRole = " ")), [{ id: "s3-complete-initiators:uploader-role", severity: "warning", fields: ["objectStorage.uploaderRole"] }]],
  ])("fires: %s", (_, plan, expected) => {
    expect(brief(runRule(rule, plan))).toEqual(expected);
  });

  test.each([
    ["the template (18.10.0 with a role)", variant()],
    ["GCS with an old version and no role", variant((p) => {
      p.teleport.version = "16.0.0";
      Object.assign(p.objectStorage, { kind: "gcs", uploaderRole: "" });
    })],
  ])("silent: %s", (_, plan) => {
    expect(runRule(rule, plan)).toEqual([]);
  });
});
