/**
 * The HTTP benchmark: the production server under autocannon, 32 connections for 20 s per case,
 * on loopback. Cases: a static file under /_next/static/ (the baseline), the latency matrix, a
 * stored analysis (12-region plan), a share page (when share links exist) and revision saves,
 * each request saving on the latest base it knows of (so most of 32 concurrent saves lose the
 * race: 201 vs 409 is counted), each after 3 s of unmeasured warm-up. Target: every read
 * route's p99 within 3× the baseline's p99.
 * Afterwards, the server's resident memory.
 *
 *   npx tsx bench/http.ts          (also run by `npm run bench` after the in-process part)
 *   BENCH_DURATION_S=5 BENCH_PORT=3136 BENCH_DIST_DIR=.next-bench BENCH_DATABASE_URL=… to change the defaults
 */
import { pathToFileURL } from "node:url";
import autocannon, { type AutocannonRequest } from "autocannon";
import { residentMemoryMiB, startServer, staticAsset, type BenchServer } from "./app-server";
import { writeResults } from "./results";
import { planOver, TWELVE_REGIONS } from "./plans";

export type HttpRow = { name: string; kind: "baseline" | "read" | "write" | "reference"; p50Ms: number; p99Ms: number; requestsPerSec: number; statuses: Record<string, number>; errors: number; note?: string };
export type HttpBench = { connections: number; durationS: number; rows: HttpRow[]; skipped: string[]; rssMiB: number | null; verdict: { limitMs: number; isMet: boolean; misses: string[] } };

const CONNECTIONS = 32;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 20);
const P99_FACTOR = 3;

async function postJson<T>(url: string, body: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as T };
}

/** Seconds of unmeasured load before each case: JIT warm-up and first-request caches are not what a running server feels like. */
const WARMUP_S = Math.min(3, DURATION_S);

async function load(server: BenchServer, name: string, kind: HttpRow["kind"], request: AutocannonRequest, note?: string): Promise<HttpRow> {
  process.stdout.write(`  ${name}… `);
  await autocannon({ url: server.url, connections: CONNECTIONS, duration: WARMUP_S, timeout: 30, requests: [request] });
  const result = await autocannon({ url: server.url, connections: CONNECTIONS, duration: DURATION_S, timeout: 30, requests: [request] });
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, Number(count)]));
  const total = Object.values(statuses).reduce((a, b) => a + b, 0);
  const row: HttpRow = { name, kind, p50Ms: result.latency.p50, p99Ms: result.latency.p99, requestsPerSec: total / result.duration, statuses, errors: result.errors, ...(note ? { note } : {}) };
  // A read answered with anything but 200 would time refusals or errors as if they were reads
  // (the references and the write say in their notes what they answer).
  const refused = Object.keys(statuses).filter((code) => code !== "200");
  if ((kind === "read" || kind === "baseline") && refused.length > 0) throw new Error(`${name}: answered ${refused.join(", ")}; a read row must time 200 answers only`);
  console.log(`${row.requestsPerSec.toFixed(0)} req/s`);
  return row;
}

/** Creates the data the cases read, then loads each case in turn. */
export async function runHttpBench(): Promise<HttpBench> {
  // One benchmark client plays many clients: without this, the per-client limit on expensive
  // routes (lib/server/http/rate-limit.ts) answered 429 to all but 40 of 11,059 share-plan reads
  // and the row timed refusals (2026-12-05).
  process.env.RATE_LIMIT_EXPENSIVE_PER_MINUTE = "0";
  const port = Number(process.env.BENCH_PORT ?? 3136);
  const server = await startServer(port);
  try {
    const plan = planOver(TWELVE_REGIONS);
    const created = await postJson<{ project: { id: string } }>(`${server.url}/api/projects`, { name: "HTTP benchmark", template: "blank" });
    const projectId = created.body.project.id;
    const saved = await postJson(`${server.url}/api/projects/${projectId}/revisions`, { basedOn: 0, plan, note: "12 regions" });
    if (saved.status !== 201) throw new Error(`could not save the benchmark plan: ${saved.status}`);

    const rows: HttpRow[] = [];
    const skipped: string[] = [];
    const asset = staticAsset(server.distDir);
    console.log(`HTTP: ${CONNECTIONS} connections × ${DURATION_S} s per case against ${server.url} (next start, SQLite)`);
    rows.push(await load(server, "static asset", "baseline", { path: asset.path }, `${(asset.bytes / 1024).toFixed(0)} KiB JavaScript chunk`));
    rows.push(await load(server, "GET /api/latency (12 regions)", "read", { path: `/api/latency?regions=${TWELVE_REGIONS.join(",")}` }));
    rows.push(await load(server, "GET stored analysis (12 regions)", "read", { path: `/api/projects/${projectId}/revisions/1/analysis` }));

    const share = await postJson<{ path?: string }>(`${server.url}/api/projects/${projectId}/shares`, {});
    const sharePage = share.status === 201 && share.body.path ? await fetch(`${server.url}${share.body.path}`) : null;
    if (sharePage?.ok && share.body.path) {
      // The page is the link check and a light document; the plan it shows comes from /api/share/:token.
      rows.push(await load(server, "GET share page", "read", { path: share.body.path }, "document only: checks the link, counts the open"));
      rows.push(await load(server, "GET share page's plan", "read", { path: `/api/${share.body.path.slice(1)}` }, "/api/share/:token, the page's first read"));
    } else skipped.push(`share page: ${share.status === 201 ? `the share page answered ${sharePage?.status}` : `POST /api/projects/:id/shares answered ${share.status}`}`);
    // What Next itself costs here, for reading the rows above: a prerendered page, and the
    // cheapest dynamic page (a malformed link is refused before any query: render only).
    rows.push(await load(server, "reference: prerendered page /", "reference", { path: "/" }, "served from Next's page cache"));
    rows.push(await load(server, "reference: dynamic page, no query", "reference", { path: "/share/not-a-token" }, "404 'not valid' page: Next's render floor"));

    // Saves: every request is based on the newest revision this run has heard of; concurrent ones race.
    let latest = 1;
    const body = (basedOn: number) => JSON.stringify({ basedOn, plan, note: "benchmark save" });
    rows.push(
      await load(server, "POST revision save", "write", {
        method: "POST",
        path: `/api/projects/${projectId}/revisions`,
        headers: { "content-type": "application/json" },
        setupRequest: (request) => ({ ...request, body: body(latest) }),
        onResponse: (status, text) => {
          const parsed = JSON.parse(text) as { revision?: { number: number }; error?: { latestRevision?: number } };
          latest = Math.max(latest, parsed.revision?.number ?? parsed.error?.latestRevision ?? latest);
        },
      }, "201 = saved, 409 = lost the race to a concurrent save"),
    );

    const baseline = rows.find((r) => r.kind === "baseline");
    const limitMs = (baseline?.p99Ms ?? 0) * P99_FACTOR;
    const misses = rows.filter((r) => r.kind === "read" && r.p99Ms > limitMs).map((r) => `${r.name}: p99 ${r.p99Ms} ms > ${limitMs} ms`);
    return { connections: CONNECTIONS, durationS: DURATION_S, rows, skipped, rssMiB: residentMemoryMiB(server.pid), verdict: { limitMs, isMet: misses.length === 0, misses } };
  } finally {
    await server.stop();
  }
}

export function formatHttpTable(bench: HttpBench): string {
  const header = ["case", "p50 ms", "p99 ms", "req/s", "statuses", "p99 ≤ 3× static", "note"];
  const lines = bench.rows.map((r) => [
    r.name,
    r.p50Ms.toFixed(1),
    r.p99Ms.toFixed(1),
    r.requestsPerSec.toFixed(0),
    Object.entries(r.statuses).map(([code, n]) => `${code}×${n}`).join(" ") + (r.errors ? ` errors×${r.errors}` : ""),
    r.kind === "read" ? (r.p99Ms <= bench.verdict.limitMs ? "ok" : "MISSED") : r.kind === "baseline" ? `limit ${bench.verdict.limitMs.toFixed(1)} ms` : r.kind === "reference" ? "(not a target)" : "",
    r.note ?? "",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? "").length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  const table = [fmt(header), fmt(widths.map((w) => "-".repeat(w))), ...lines.map(fmt)];
  for (const note of bench.skipped) table.push(`skipped: ${note}`);
  table.push(`server resident memory after the load (VmRSS): ${bench.rssMiB === null ? "n/a" : `${bench.rssMiB.toFixed(0)} MiB`}`);
  table.push(`verdict: ${bench.verdict.isMet ? "every read route's p99 is within 3× the static asset's p99" : `MISSED: ${bench.verdict.misses.join("; ")}`}`);
  return table.join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const bench = await runHttpBench();
  console.log(`\n${formatHttpTable(bench)}`);
  writeResults({ http: bench }, true);
}
