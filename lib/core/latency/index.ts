export { greatCircleKm, EARTH_RADIUS_KM, type LatLon } from "./great-circle";
export { estimateRttMs, routeInflation, FIBRE_KM_PER_MS, RTT_MODEL, type RttModel } from "./estimate-rtt";
export { CORRIDOR_FACTORS, ROUTING_AREAS, corridorFactor, routingArea, type RoutingArea } from "./corridors";
export { MEASURED_DATASETS, MEASURED_PAIRS, measuredRtt, type MeasuredDataset, type MeasuredPair } from "./measured";
export { INTRA_REGION_RTT_MS, estimatedRttBetween, latencyMatrix, rttBetween, type Rtt, type RttKind } from "./rtt";
export {
  WRITE_LATENCY_SOURCE,
  estimateWriteLatency,
  type GatewayWriteLatency,
  type SurvivalGoal,
  type WriteLatencyEstimate,
  type WriteLatencyInput,
} from "./write-latency";
