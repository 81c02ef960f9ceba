import type { Rule } from "../analysis/types";
import { cidrOverlapRule } from "./cidr-overlap";
import { cockroachBelowProductionRule } from "./cockroach-below-production";
import { cockroachClockSourcesRule } from "./cockroach-clock-sources";
import { cockroachConnectionBudgetRule } from "./cockroach-connection-budget";
import { cockroachLicenceRule } from "./cockroach-licence";
import { cockroachNamespaceSharedRule } from "./cockroach-namespace-shared";
import { cockroachNodesPerZoneRule } from "./cockroach-nodes-per-zone";
import { cockroachPortRule } from "./cockroach-port";
import { cockroachPrimarySecondaryDistanceRule } from "./cockroach-primary-secondary-distance";
import { cockroachRegionCountRule } from "./cockroach-region-count";
import { cockroachSecondaryRegionRule } from "./cockroach-secondary-region";
import { cockroachStoragePerNodeRule } from "./cockroach-storage-per-node";
import { cockroachZoneSurvivalRule } from "./cockroach-zone-survival";
import { communityEditionRule } from "./community-edition";
import { cpuLimitThrottlingRule } from "./cpu-limit-throttling";
import { failoverCapacityRule } from "./failover-capacity";
import { geoDnsHealthCheckRule } from "./geodns-health-check";
import { geoDnsInternalHealthCheckRule } from "./geodns-internal-health-check";
import { geoDnsTtlRule } from "./geodns-ttl";
import { invalidDnsNameRule } from "./invalid-dns-name";
import { memoryLimitRule } from "./memory-limit";
import { objectStorageAccessPointRule } from "./object-storage-access-point";
import { objectStorageDeleteMarkersRule } from "./object-storage-delete-markers";
import { objectStorageVersioningRule } from "./object-storage-versioning";
import { podNetworkRoutingRule } from "./pod-network-routing";
import { proxyAgentReconnectionRule } from "./proxy-agent-reconnection";
import { proxyPeeringAgentConnectionsRule } from "./proxy-peering-agent-connections";
import { proxyPeeringDisabledRule } from "./proxy-peering-disabled";
import { proxyPeeringPortRule } from "./proxy-peering-port";
import { s3CompleteInitiatorsRule } from "./s3-complete-initiators";
import { storageClassNotSsdRule } from "./storage-class-not-ssd";
import { teleportFarFromPrimaryRule } from "./teleport-far-from-primary";
import { teleportRegionsMatchDbRule } from "./teleport-regions-match-db";
import { TELEPORT_DEFECT_RULES } from "./teleport-version-defect";
import { teleportReplicasRule } from "./teleport-replicas";
import { trustedClustersProxyPeeringRule } from "./trusted-clusters-proxy-peering";
import { zoneCountRule } from "./zone-count";

/**
 * Every risk rule, grouped by topic. Each rule is a pure function of the RuleContext; the order
 * here does not matter because analyzePlan sorts the findings.
 */
export const RULES: readonly Rule[] = [
  // CockroachDB topology and licence
  cockroachRegionCountRule,
  cockroachZoneSurvivalRule,
  cockroachSecondaryRegionRule,
  cockroachPrimarySecondaryDistanceRule,
  cockroachLicenceRule,
  cockroachNamespaceSharedRule,
  zoneCountRule,
  cockroachClockSourcesRule,
  // Teleport
  communityEditionRule,
  // Known defects by Teleport version (one rule per row of ./teleport-defects.ts)
  ...TELEPORT_DEFECT_RULES,
  teleportFarFromPrimaryRule,
  teleportRegionsMatchDbRule,
  proxyPeeringDisabledRule,
  proxyPeeringAgentConnectionsRule,
  trustedClustersProxyPeeringRule,
  // Network
  cidrOverlapRule,
  podNetworkRoutingRule,
  proxyPeeringPortRule,
  cockroachPortRule,
  geoDnsHealthCheckRule,
  geoDnsInternalHealthCheckRule,
  geoDnsTtlRule,
  // Kubernetes resources and storage
  cpuLimitThrottlingRule,
  memoryLimitRule,
  storageClassNotSsdRule,
  invalidDnsNameRule,
  // Session recordings
  objectStorageVersioningRule,
  objectStorageDeleteMarkersRule,
  objectStorageAccessPointRule,
  s3CompleteInitiatorsRule,
  // Capacity
  failoverCapacityRule,
  teleportReplicasRule,
  proxyAgentReconnectionRule,
  cockroachNodesPerZoneRule,
  cockroachStoragePerNodeRule,
  cockroachBelowProductionRule,
  cockroachConnectionBudgetRule,
];

export { finding, type RuleFinding } from "./finding";
