import { teleportDefectRule } from "./teleport-version-defect";
import { TELEPORT_DEFECTS } from "./teleport-defects";

/** Teleport backend docs: CockroachDB as a PostgreSQL drop-in for audit events "requires Teleport version >= 15.4.2". */
export { CRDB_AUDIT_SINCE as AUDIT_EVENTS_ON_COCKROACH_SINCE } from "./teleport-defects";

/**
 * The blueprint stores audit events in CockroachDB (`audit_events_uri: postgres://…/teleport_audit`),
 * which Teleport supports from 15.4.2. Kept under its original id; it is now the first row of
 * the Teleport defect table (./teleport-defects.ts).
 */
export const teleportAuditEventsVersionRule = teleportDefectRule(TELEPORT_DEFECTS.find((d) => d.id === "teleport-audit-events-version")!);
