import { describe, expect, test } from "vitest";
import type { Plan } from "@/lib/schemas/plan";
import { cockroachLicenceRule as rule } from "./cockroach-licence";
import { brief, runRule, variant } from "./test-support";

const licence = (value: Plan["cockroachdb"]["licence"], version: string, survivalGoal: "zone" | "region" = "region") =>
  variant((p) => Object.assign(p.cockroachdb, { licence: value, version, survivalGoal }));

describe("cockroach-licence", () => {
  test.each([
    ["core on 24.3.0 (CSL)", licence("core", "24.3.0"), "cockroach-licence:core-retired", "critical", ["cockroachdb.licence", "cockroachdb.version"]],
    ["core on 26.2.1, ZONE survival", licence("core", "26.2.1", "zone"), "cockroach-licence:core-retired", "critical", ["cockroachdb.licence", "cockroachdb.version"]],
    ["core on 24.2.9 with REGION survival", licence("core", "24.2.9"), "cockroach-licence:core-multi-region", "critical", ["cockroachdb.licence", "cockroachdb.survivalGoal"]],
    ["core on 23.2.0 with ZONE survival", licence("core", "23.2.0", "zone"), "cockroach-licence:core-multi-region", "warning", ["cockroachdb.licence"]],
    ["trial", licence("trial", "26.2.1"), "cockroach-licence:trial", "warning", ["cockroachdb.licence"]],
    ["enterprise-free", licence("enterprise-free", "26.2.1"), "cockroach-licence:enterprise-free", "info", ["cockroachdb.licence"]],
  ])("fires: %s", (_, plan, id, severity, fields) => {
    expect(brief(runRule(rule, plan))).toEqual([{ id, severity, fields }]);
  });

  test("the retired-core finding explains the throttling", () => {
    const [finding] = runRule(rule, licence("core", "25.1.0"));
    expect(finding?.explanation).toContain("5 concurrent open SQL transactions");
  });

  test.each([
    ["enterprise on 26.2.1 (the template)", variant()],
    ["enterprise on 23.1.0", licence("enterprise", "23.1.0")],
  ])("silent: %s", (_, plan) => {
    expect(runRule(rule, plan)).toEqual([]);
  });
});
