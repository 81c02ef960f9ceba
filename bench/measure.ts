/** Times `fn` after a warm-up and returns the distribution in milliseconds. */
export type Timing = { name: string; runs: number; medianMs: number; p99Ms: number; meanMs: number };

export function measure(name: string, fn: () => unknown, options: { runs?: number; warmup?: number } = {}): Timing {
  const runs = options.runs ?? 500;
  const warmup = options.warmup ?? Math.min(100, runs);
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? NaN;
  return { name, runs, medianMs: at(0.5), p99Ms: at(0.99), meanMs: samples.reduce((a, b) => a + b, 0) / samples.length };
}

export function formatTable(rows: readonly Timing[], targets: Readonly<Record<string, number>>): string {
  const header = ["case", "runs", "median ms", "p99 ms", "target (median)", "verdict"];
  const lines = rows.map((r) => {
    const target = targets[r.name];
    return [r.name, String(r.runs), r.medianMs.toFixed(3), r.p99Ms.toFixed(3), target ? `< ${target} ms` : "", target ? (r.medianMs < target ? "ok" : "MISSED") : ""];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? "").length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ");
  return [fmt(header), fmt(widths.map((w) => "-".repeat(w))), ...lines.map(fmt)].join("\n");
}
