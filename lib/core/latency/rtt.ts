import { getRegionOrThrow, type RegionId } from "../catalog";
import { routingArea } from "./corridors";
import { estimateRttMs } from "./estimate-rtt";
import { greatCircleKm } from "./great-circle";
import { measuredRtt } from "./measured";
import { corridorFactorFor } from "./provider-corridors";

export type RttKind = "measured" | "estimated";

export type Rtt = {
  from: RegionId;
  to: RegionId;
  /** Round-trip time, ms, rounded to 0.1. */
  rttMs: number;
  kind: RttKind;
  /** Dataset (title and URL) for measured values; the model and corridor for estimates. */
  source?: string;
};

/**
 * RTT between two zones of one region. Published inter-zone figures sit
 * between 0.5 and 2 ms: Google Cloud, "Best practices for Compute Engine
 * regions selection" (< 1 ms at the 95th percentile within a region); IBM
 * Cloud VPC network latency (≈ 2 ms between Dallas zones, 2024–2025); a TCP
 * echo test in Azure UK South (1.55 ms cross-zone, simonpainter.com). 1.5 ms
 * sits in that range; it is the figure Raft pays per round between zones.
 */
export const INTRA_REGION_RTT_MS = 1.5;

const round = (ms: number): number => Math.round(ms * 10) / 10;

/** The model estimate for a pair, even where a measurement exists (used to check the model). */
export function estimatedRttBetween(from: RegionId, to: RegionId): Rtt {
  const a = getRegionOrThrow(from);
  const b = getRegionOrThrow(to);
  if (from === to) {
    return { from, to, rttMs: INTRA_REGION_RTT_MS, kind: "estimated", source: "intra-region inter-zone RTT" };
  }
  const areaA = routingArea(a);
  const areaB = routingArea(b);
  // One provider's backbone carries a pair inside it; a pair across providers gets the shared factor.
  const factor = corridorFactorFor(a.provider === b.provider ? a.provider : null, areaA, areaB);
  const distanceKm = greatCircleKm(a, b);
  return {
    from,
    to,
    rttMs: round(estimateRttMs(distanceKm, factor)),
    kind: "estimated",
    source: `distance model (lib/core/latency/README.md): ${Math.round(distanceKm)} km, corridor ${areaA}–${areaB} ×${factor}`,
  };
}

/**
 * Round-trip time between two catalog regions. A published median when a
 * shipped dataset has the pair (Azure: Microsoft's monthly P50 table; AWS:
 * CloudPing P50 over a year; Google Cloud: its Performance Dashboard), else the distance model of `estimateRttMs`
 * with the corridor factor of the two regions' routing areas. The same region
 * gives INTRA_REGION_RTT_MS (1.5 ms). Symmetric: measured pairs are the mean
 * of both published directions. Throws on an id that is not in the catalog.
 */
export function rttBetween(from: RegionId, to: RegionId): Rtt {
  const key = `${from}|${to}`;
  const known = KNOWN.get(key);
  if (known) return known;
  const rtt = computeRtt(from, to);
  KNOWN.set(key, rtt);
  return rtt;
}

/**
 * Answers already computed. The catalog is fixed, so a pair's answer never changes; at most
 * 135 x 135 pairs exist, so the cache stays bounded. Entries are frozen because analyses share them.
 */
const KNOWN = new Map<string, Readonly<Rtt>>();

function computeRtt(from: RegionId, to: RegionId): Readonly<Rtt> {
  if (from !== to) {
    const measured = measuredRtt(from, to);
    if (measured) {
      const { title, url } = measured.dataset;
      return Object.freeze({ from, to, rttMs: measured.rttMs, kind: "measured", source: `${title}, ${url}` });
    }
  }
  return Object.freeze(estimatedRttBetween(from, to));
}

/** rttBetween for every ordered pair of distinct ids, in input order (from-major). Duplicate ids are ignored. */
export function latencyMatrix(ids: readonly RegionId[]): Rtt[] {
  const unique = [...new Set(ids)];
  return unique.flatMap((from) => unique.filter((to) => to !== from).map((to) => rttBetween(from, to)));
}
