/**
 * The planner core's public surface: pure functions of a plan, the same in the browser and on
 * the server. Import from "@/lib/core" rather than from the modules behind it.
 */
export { analyzePlan, compareFindings } from "./analyze";
export { RULES } from "./rules";
export { sizePlan, sizingCurve, STORAGE_CLASSES } from "./sizing";
export type { SizingPoint } from "./sizing";
export { failureScenarios } from "./failure";
export { estimateWriteLatency, greatCircleKm, estimateRttMs, latencyMatrix, rttBetween, INTRA_REGION_RTT_MS } from "./latency";
export { REGIONS, getRegion, isRegionId } from "./catalog";
export type { CatalogRegion, Continent, Provider } from "./catalog";
export { BLUEPRINT_TEMPLATE, TEMPLATES, getTemplate } from "./templates/blueprint";
export type { Template } from "./templates/blueprint";
export { dns1123LabelProblem, dns1123SubdomainProblem, isDns1123Label, isDns1123Subdomain, regionalBucketName, s3BucketNameProblem } from "./dns";
export { cidrSize, cidrsOverlap, parseCidr } from "./net/cidr";
export type { Cidr } from "./net/cidr";
export { BLUEPRINT, COCKROACH_DOC, TELEPORT_DOC } from "./sources";
export type {
  Analysis,
  CockroachSizing,
  Component,
  FailureScenario,
  Finding,
  PodGroup,
  RegionId,
  RegionSizing,
  ResourceBlock,
  Rtt,
  Rule,
  RuleContext,
  Severity,
  Sizing,
  Source,
  StorageClassAdvice,
  TeleportSizing,
  Totals,
  WriteLatency,
} from "./analysis/types";
