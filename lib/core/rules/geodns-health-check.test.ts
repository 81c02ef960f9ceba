import { describe, expect, test } from "vitest";
import { geoDnsHealthCheckRule as rule } from "./geodns-health-check";
import { brief, runRule, variant } from "./test-support";

describe("geodns-health-check", () => {
  test.each([
    ["no health check", { enabled: false, path: "/v1/webapi/ping" }, "GeoDNS has no health check", ["geoDns.healthCheck.enabled"]],
    ["another path", { enabled: true, path: "/healthz" }, "GeoDNS health check uses /healthz instead of /v1/webapi/ping", ["geoDns.healthCheck.path"]],
    ["the old path without /v1", { enabled: true, path: "/webapi/ping" }, "GeoDNS health check uses /webapi/ping instead of /v1/webapi/ping", ["geoDns.healthCheck.path"]],
  ])("fires: %s", (_, healthCheck, title, fields) => {
    const findings = runRule(rule, variant((p) => void (p.geoDns.healthCheck = healthCheck)));
    expect(brief(findings)).toEqual([{ id: "geodns-health-check", severity: "warning", fields }]);
    expect(findings[0]?.title).toBe(title);
  });

  test("silent for the template's /v1/webapi/ping check", () => {
    expect(runRule(rule, variant())).toEqual([]);
  });
});
