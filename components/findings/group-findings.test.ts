import { describe, expect, test } from "vitest";
import type { Finding, Severity } from "@/lib/core/analysis/types";
import { findingIssues } from "./finding-issues";
import { groupFindings } from "./group-findings";

const finding = (id: string, severity: Severity, isWaived = false): Finding => ({
  id,
  ruleId: id,
  severity,
  title: `Title ${id}`,
  explanation: "",
  fix: "",
  fields: [`field.${id}`],
  regions: [],
  source: { title: "Source" },
  ...(isWaived ? { waiver: { reason: "accepted", waivedAt: "2026-01-01T00:00:00.000Z" } } : {}),
});

describe("groupFindings", () => {
  test.each([
    ["no findings give no groups", [], []],
    [
      "severities in order critical, warning, info, then waived",
      [finding("i", "info"), finding("w", "warning", true), finding("c", "critical"), finding("w2", "warning")],
      [
        ["critical", ["c"]],
        ["warning", ["w2"]],
        ["info", ["i"]],
        ["waived", ["w"]],
      ],
    ],
    ["empty severities are left out", [finding("w", "warning")], [["warning", ["w"]]]],
  ] as const)("%s", (_name, findings, expected) => {
    expect(groupFindings(findings).map((g) => [g.key, g.findings.map((f) => f.id)])).toEqual(expected);
  });
});

describe("findingIssues", () => {
  test("open critical and warning findings become one message per field; info and waived do not", () => {
    const issues = findingIssues([finding("c", "critical"), finding("w", "warning"), finding("i", "info"), finding("x", "critical", true)]);
    expect(issues).toEqual([
      { path: "field.c", message: "Critical: Title c" },
      { path: "field.w", message: "Warning: Title w" },
    ]);
  });
});
