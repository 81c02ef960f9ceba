import { isRegionId } from "../catalog";
import type { Provider, RegionId } from "../catalog";
import { AWS_CLOUDPING_P50_1Y } from "./data/aws-cloudping-p50-1y";
import { AZURE_P50_2026_07 } from "./data/azure-p50-2026-07";
import { GCP_PERFORMANCE_DASHBOARD_2023_11 } from "./data/gcp-performance-dashboard-2023-11";

/** Where a set of measured round-trip times comes from. */
export type MeasuredDataset = {
  id: string;
  provider: Provider;
  title: string;
  url: string;
  /** Date (or year) the figures were taken. */
  date: string;
};

/** One unordered region pair with a published median RTT; `a` sorts before `b`. */
export type MeasuredPair = {
  a: RegionId;
  b: RegionId;
  /** Mean of the two published directions (one when only one is published), 0.1 ms. */
  rttMs: number;
  dataset: MeasuredDataset;
};

type Directed = { from: string; to: string; ms: number };

function datasetOf(source: MeasuredDataset): MeasuredDataset {
  return { id: source.id, provider: source.provider, title: source.title, url: source.url, date: source.date };
}

function azureDirected(): Directed[] {
  const [header = "", ...rows] = AZURE_P50_2026_07.csv.trim().split("\n");
  const destinations = header.split(",").slice(1);
  // The page uses display names; the programmatic name is the same words, lower-cased, without spaces.
  const code = (name: string): string => name.toLowerCase().replace(/\s+/g, "");
  const out: Directed[] = [];
  for (const row of rows) {
    const [source = "", ...cells] = row.split(",");
    cells.forEach((cell, i) => {
      const destination = destinations[i];
      if (cell.trim() === "" || destination === undefined) return;
      out.push({ from: `azure:${code(source)}`, to: `azure:${code(destination)}`, ms: Number(cell) });
    });
  }
  return out;
}

function awsDirected(): Directed[] {
  const out: Directed[] = [];
  for (const [source, row] of Object.entries(AWS_CLOUDPING_P50_1Y.data)) {
    for (const [destination, ms] of Object.entries(row)) {
      // Same-region entries measure CloudPing's endpoint overhead, not a path between regions.
      if (source !== destination) out.push({ from: `aws:${source}`, to: `aws:${destination}`, ms });
    }
  }
  return out;
}

function gcpDirected(): Directed[] {
  const [header = "", ...rows] = GCP_PERFORMANCE_DASHBOARD_2023_11.csv.trim().split("\n");
  const destinations = header.split(",").slice(1);
  const out: Directed[] = [];
  for (const row of rows) {
    const [source = "", ...cells] = row.split(",");
    cells.forEach((cell, i) => {
      const destination = destinations[i];
      const from = `gcp:${source}`;
      const to = `gcp:${destination}`;
      // The diagonal is the same-region RTT; regions outside the catalog are not public regions.
      if (destination === undefined || source === destination || !isRegionId(from) || !isRegionId(to)) return;
      out.push({ from, to, ms: Number(cell) });
    });
  }
  return out;
}

/** Canonical key of an unordered pair. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function symmetrize(directed: readonly Directed[], dataset: MeasuredDataset): MeasuredPair[] {
  const sums = new Map<string, { a: RegionId; b: RegionId; total: number; count: number }>();
  for (const { from, to, ms } of directed) {
    if (!isRegionId(from) || !isRegionId(to)) {
      throw new Error(`${dataset.id}: ${from} → ${to} is not a catalog region pair`);
    }
    if (!Number.isFinite(ms) || ms <= 0) throw new Error(`${dataset.id}: bad value ${ms} for ${from} → ${to}`);
    const key = pairKey(from, to);
    const [a, b] = from < to ? [from, to] : [to, from];
    const entry = sums.get(key) ?? { a, b, total: 0, count: 0 };
    entry.total += ms;
    entry.count += 1;
    sums.set(key, entry);
  }
  return [...sums.values()].map(({ a, b, total, count }) => ({
    a,
    b,
    rttMs: Math.round((total / count) * 10) / 10,
    dataset,
  }));
}

const AZURE_DATASET = datasetOf(AZURE_P50_2026_07);
const AWS_DATASET = datasetOf(AWS_CLOUDPING_P50_1Y);
const GCP_DATASET = datasetOf(GCP_PERFORMANCE_DASHBOARD_2023_11);

/** The published datasets the project ships. */
export const MEASURED_DATASETS: readonly MeasuredDataset[] = [AZURE_DATASET, AWS_DATASET, GCP_DATASET];

/** Every measured unordered pair, sorted by key. No dataset measures pairs across providers. */
export const MEASURED_PAIRS: readonly MeasuredPair[] = [
  ...symmetrize(azureDirected(), AZURE_DATASET),
  ...symmetrize(awsDirected(), AWS_DATASET),
  ...symmetrize(gcpDirected(), GCP_DATASET),
].sort((x, y) => (pairKey(x.a, x.b) < pairKey(y.a, y.b) ? -1 : 1));

const BY_KEY: ReadonlyMap<string, MeasuredPair> = new Map(MEASURED_PAIRS.map((pair) => [pairKey(pair.a, pair.b), pair]));

/** The published median RTT between two regions, if a shipped dataset has the pair. */
export function measuredRtt(a: RegionId, b: RegionId): MeasuredPair | undefined {
  return BY_KEY.get(pairKey(a, b));
}
