import { describe, expect, test } from "vitest";
import { objectStorageAccessPointRule as rule } from "./object-storage-access-point";
import { brief, runRule, variant } from "./test-support";

describe("object-storage-access-point", () => {
  test("fires as info for S3 without a Multi-Region Access Point", () => {
    const findings = runRule(rule, variant((p) => void (p.objectStorage.multiRegionAccessPoint = false)));
    expect(brief(findings)).toEqual([{ id: "object-storage-access-point", severity: "info", fields: ["objectStorage.multiRegionAccessPoint"] }]);
    expect(findings[0]?.explanation).toContain("6 rules for 3 buckets");
  });

  test.each([
    ["the template", variant()],
    ["MinIO", variant((p) => Object.assign(p.objectStorage, { kind: "minio", multiRegionAccessPoint: false }))],
  ])("silent: %s", (_, plan) => {
    expect(runRule(rule, plan)).toEqual([]);
  });
});
