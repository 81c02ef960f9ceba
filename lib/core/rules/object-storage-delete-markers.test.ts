import { describe, expect, test } from "vitest";
import { objectStorageDeleteMarkersRule as rule } from "./object-storage-delete-markers";
import { brief, runRule, variant } from "./test-support";

describe("object-storage-delete-markers", () => {
  test("fires for automatic clean-up without delete-marker replication", () => {
    const plan = variant((p) => void (p.objectStorage.deleteMarkerReplication = false));
    expect(brief(runRule(rule, plan))).toEqual([
      { id: "object-storage-delete-markers", severity: "warning", fields: ["objectStorage.deleteMarkerReplication", "objectStorage.autoCleanup"] },
    ]);
  });

  test.each([
    ["the template", variant()],
    ["no automatic clean-up", variant((p) => Object.assign(p.objectStorage, { autoCleanup: false, deleteMarkerReplication: false }))],
    ["GCS", variant((p) => Object.assign(p.objectStorage, { kind: "gcs", deleteMarkerReplication: false }))],
  ])("silent: %s", (_, plan) => {
    expect(runRule(rule, plan)).toEqual([]);
  });
});
