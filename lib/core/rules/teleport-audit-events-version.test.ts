import { describe, expect, test } from "vitest";
import { teleportAuditEventsVersionRule as rule } from "./teleport-audit-events-version";
import { brief, runRule, variant } from "./test-support";

describe("teleport-audit-events-version", () => {
  test.each(["15.4.1", "14.3.0"])("fires for Teleport %s", (version) => {
    const plan = variant((p) => void (p.teleport.version = version));
    expect(brief(runRule(rule, plan))).toEqual([{ id: "teleport-audit-events-version", severity: "critical", fields: ["teleport.version"] }]);
  });

  test.each(["15.4.2", "16.0.0", "18.10.0"])("silent for Teleport %s", (version) => {
    expect(runRule(rule, variant((p) => void (p.teleport.version = version)))).toEqual([]);
  });
});
