export { failureScenarios } from "./failure-scenarios";
export { cockroachOutcome } from "./cockroach-quorum";
export { plannedCapacity, teleportOutcome } from "./teleport-failover";
