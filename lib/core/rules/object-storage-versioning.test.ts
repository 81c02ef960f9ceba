import { describe, expect, test } from "vitest";
import { objectStorageVersioningRule as rule } from "./object-storage-versioning";
import { brief, runRule, variant } from "./test-support";

describe("object-storage-versioning", () => {
  test.each(["s3", "minio"] as const)("fires for %s without versioning", (kind) => {
    const plan = variant((p) => Object.assign(p.objectStorage, { kind, versioning: false }));
    expect(brief(runRule(rule, plan))).toEqual([{ id: "object-storage-versioning", severity: "critical", fields: ["objectStorage.versioning"] }]);
  });

  test.each([
    ["the template (S3 with versioning)", variant()],
    ["GCS without versioning (not required by Teleport)", variant((p) => Object.assign(p.objectStorage, { kind: "gcs", versioning: false }))],
  ])("silent: %s", (_, plan) => {
    expect(runRule(rule, plan)).toEqual([]);
  });
});
