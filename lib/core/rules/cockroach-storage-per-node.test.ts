import { describe, expect, test } from "vitest";
import { cockroachStoragePerNodeRule as rule } from "./cockroach-storage-per-node";
import { brief, runRule, variant } from "./test-support";

describe("cockroach-storage-per-node", () => {
  test("fires when volumes are smaller than the estimate", () => {
    const plan = variant((p) => void (p.cockroachdb.storagePerNodeGiB = 10));
    expect(brief(runRule(rule, plan))).toEqual([{ id: "cockroach-storage-per-node", severity: "warning", fields: ["cockroachdb.storagePerNodeGiB"] }]);
  });

  test("silent for the template's 100 GiB", () => {
    expect(runRule(rule, variant())).toEqual([]);
  });
});
