export { failureScenarios } from "./failure-scenarios";
export { cockroachOutcome } from "./cockroach-quorum";
export { plannedCapacity, teleportOutcome } from "./teleport-failover";
export { leaseholderAfter, postFailure } from "./post-failure";
export { DEGRADED_MIN_EXTRA_MS, DEGRADED_MIN_FACTOR, gradeFailure } from "./failure-grade";
export { sizingAfterFailure, survivingPlan } from "./sizing-after-failure";
export type { SizingAfterFailure } from "./sizing-after-failure";
