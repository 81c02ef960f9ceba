import { describe, expect, test } from "vitest";
import { cockroachPortRule as rule } from "./cockroach-port";
import { brief, runRule, variant } from "./test-support";

describe("cockroach-port", () => {
  test("fires when 26257 is closed between regions", () => {
    const findings = runRule(rule, variant((p) => void (p.connectivity.cockroachPortOpen = false)));
    expect(brief(findings)).toEqual([{ id: "cockroach-port", severity: "critical", fields: ["connectivity.cockroachPortOpen"] }]);
    expect(findings[0]?.regions).toEqual(["aws:us-east-1", "aws:us-east-2", "aws:us-west-2"]);
  });

  test("silent when the port is open", () => {
    expect(runRule(rule, variant())).toEqual([]);
  });
});
