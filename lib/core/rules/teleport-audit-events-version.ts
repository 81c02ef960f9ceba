import type { Rule } from "../analysis/types";
import { TELEPORT_DOC } from "../sources";
import { finding } from "./finding";
import { teleportRegions } from "./plan-regions";
import { compareVersions } from "./version";

const ID = "teleport-audit-events-version";
const SOURCE = TELEPORT_DOC("Storage backends", "https://goteleport.com/docs/reference/deployment/backends/", "PostgreSQL");
/** Teleport backend docs: CockroachDB as a PostgreSQL drop-in for audit events "requires Teleport version >= 15.4.2". */
export const AUDIT_EVENTS_ON_COCKROACH_SINCE = "15.4.2";

/**
 * The blueprint stores audit events in CockroachDB (`audit_events_uri:
 * postgres://…/teleport_audit`), which Teleport supports from 15.4.2. An older version cannot
 * start with that configuration.
 */
export const teleportAuditEventsVersionRule: Rule = {
  id: ID,
  title: "Teleport too old for audit events in CockroachDB",
  source: SOURCE,
  check: ({ plan }) => {
    const { version } = plan.teleport;
    if (compareVersions(version, AUDIT_EVENTS_ON_COCKROACH_SINCE) >= 0) return [];
    return [
      finding(ID, {
        severity: "critical",
        title: `Teleport ${version} cannot keep audit events in CockroachDB`,
        explanation:
          "The blueprint stores Teleport's audit events in CockroachDB through its PostgreSQL protocol (audit_events_uri pointing at the teleport_audit database). " +
          `Teleport's backend docs say this requires Teleport ${AUDIT_EVENTS_ON_COCKROACH_SINCE} or later; Teleport ${version} would refuse the configuration.`,
        fix: `Use Teleport ${AUDIT_EVENTS_ON_COCKROACH_SINCE} or later (the current major is recommended).`,
        fields: ["teleport.version"],
        regions: teleportRegions(plan).map((r) => r.id),
        source: SOURCE,
      }),
    ];
  },
};
