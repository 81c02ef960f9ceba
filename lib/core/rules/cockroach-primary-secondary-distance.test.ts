import { describe, expect, test } from "vitest";
import type { Rtt } from "../analysis/types";
import { cockroachPrimarySecondaryDistanceRule as rule } from "./cockroach-primary-secondary-distance";
import { brief, moveRegion, runRule, variant } from "./test-support";

const FIELDS = ["cockroachdb.primaryRegion", "cockroachdb.secondaryRegion"];
const fixedRtt = (rttMs: number) => (from: Rtt["from"], to: Rtt["to"]): Rtt => ({ from, to, rttMs, kind: "estimated" });

describe("cockroach-primary-secondary-distance", () => {
  test.each([
    ["us-east-1 and us-west-2 (64 ms, one continent)", variant((p) => void (p.cockroachdb.secondaryRegion = "aws:us-west-2")), "warning"],
    [
      "us-east-1 and eu-west-1 (70 ms, two continents)",
      variant((p) => {
        moveRegion(p, 2, "aws:eu-west-1");
        p.cockroachdb.secondaryRegion = "aws:eu-west-1";
      }),
      "critical",
    ],
    [
      "us-east-1 and ap-northeast-1 (149 ms)",
      variant((p) => {
        moveRegion(p, 2, "aws:ap-northeast-1");
        p.cockroachdb.secondaryRegion = "aws:ap-northeast-1";
      }),
      "critical",
    ],
  ])("fires: %s", (_, plan, severity) => {
    expect(brief(runRule(rule, plan))).toEqual([{ id: "cockroach-primary-secondary-distance", severity, fields: FIELDS }]);
  });

  test.each([
    [40, null],
    [40.1, "warning"],
    [100, "warning"],
    [100.1, "critical"],
  ])("threshold: %s ms → %s", (rttMs, severity) => {
    const findings = runRule(rule, variant(), { rtt: fixedRtt(rttMs) });
    expect(findings.map((f) => f.severity)).toEqual(severity === null ? [] : [severity]);
  });

  test("states the write cost and that the RTT is measured", () => {
    const [finding] = runRule(rule, variant((p) => void (p.cockroachdb.secondaryRegion = "aws:us-west-2")));
    expect(finding?.explanation).toMatch(/each write waits about \d+ ms to commit/);
    expect(finding?.explanation).toContain("(measured: ");
    expect(finding?.regions).toEqual(["aws:us-east-1", "aws:us-west-2"]);
  });

  test.each([
    ["the template (us-east-1 and us-east-2, 15 ms)", variant()],
    ["no secondary region", variant((p) => void (p.cockroachdb.secondaryRegion = null))],
  ])("silent: %s", (_, plan) => {
    expect(runRule(rule, plan)).toEqual([]);
  });
});
