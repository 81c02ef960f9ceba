/**
 * The designer's edit-to-next-paint time (issue 13: ≤ 100 ms median on a 12-region plan in
 * headless Chromium). A production server (bench/app-server.ts) serves a project whose latest
 * revision is the 12-region plan; in Debian's Chromium, 20 clicks on one planned marker's centre
 * remove and re-add that region (12 ↔ 11 regions, the plan stays valid). Each click is timed in
 * the page with performance.now(): from dispatching the click to a task queued from the next
 * animation frame, i.e. after the frame that shows the edit was produced. Median and p90 are
 * reported; this is a benchmark, never a timed test.
 *
 *   BENCH_UI_PORT=3137 BENCH_DIST_DIR=.next-bench BENCH_REUSE_BUILD=1 tsx bench/ui.ts
 */
import { pathToFileURL } from "node:url";
import { chromium } from "@playwright/test";
import { startServer } from "./app-server";
import { planOver, TWELVE_REGIONS } from "./plans";

export type UiBench = {
  clicks: number;
  medianMs: number;
  p90Ms: number;
  samplesMs: number[];
  /** The same frame wait with no click, interleaved: what the machine's load alone costs (the reference of this run). */
  baselineMedianMs: number;
  /** medianMs / baselineMedianMs: comparable across runs on a loaded machine. */
  ratio: number;
  targetMs: number;
  isMet: boolean;
};

const CLICKS = 20;
const TARGET_MS = 100;
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;

async function createProject(url: string): Promise<string> {
  const created = await fetch(`${url}/api/projects`, { method: "POST", headers: { "content-type": "application/json", origin: url }, body: JSON.stringify({ name: "UI bench", template: "blueprint" }) });
  if (created.status !== 201) throw new Error(`create project: ${created.status} ${await created.text()}`);
  const id = ((await created.json()) as { project: { id: string } }).project.id;
  const saved = await fetch(`${url}/api/projects/${id}/revisions`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: url },
    body: JSON.stringify({ basedOn: 1, plan: planOver(TWELVE_REGIONS) }),
  });
  if (saved.status !== 201) throw new Error(`save plan: ${saved.status} ${await saved.text()}`);
  return id;
}

export async function runUiBench(port = Number(process.env.BENCH_UI_PORT ?? 3137)): Promise<UiBench> {
  const server = await startServer(port);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    const id = await createProject(server.url);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${server.url}/projects/${id}`);
    await page.getByTestId("analysis-status").filter({ hasText: "Live" }).waitFor();
    const marker = "aws:us-west-2";
    const samplesMs: number[] = [];
    const baselineMs: number[] = [];
    for (let i = 0; i < CLICKS + 2; i += 1) {
      const idle = await page.evaluate(async () => {
        const start = performance.now();
        await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        return performance.now() - start;
      });
      const ms = await page.evaluate(async (region) => {
        const el = document.querySelector(`[data-testid="marker-${region}"]`);
        const shape = el?.querySelector("[class*=shape]");
        if (!el || !shape) throw new Error(`no marker ${region}`);
        const box = shape.getBoundingClientRect();
        const init = { bubbles: true, cancelable: true, detail: 1, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
        const start = performance.now();
        el.dispatchEvent(new MouseEvent("click", init));
        await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        return performance.now() - start;
      }, marker);
      if (i >= 2) {
        // the first two warm the code paths up
        samplesMs.push(ms);
        baselineMs.push(idle);
      }
      await page.waitForTimeout(150); // let deferred dashboard work finish before the next edit
    }
    const sorted = [...samplesMs].sort((a, b) => a - b);
    const medianMs = quantile(sorted, 0.5);
    const baselineMedianMs = quantile([...baselineMs].sort((a, b) => a - b), 0.5);
    return {
      clicks: samplesMs.length,
      medianMs,
      p90Ms: quantile(sorted, 0.9),
      samplesMs,
      baselineMedianMs,
      ratio: medianMs / Math.max(baselineMedianMs, 0.1),
      targetMs: TARGET_MS,
      isMet: medianMs <= TARGET_MS,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

export function formatUiTable(ui: UiBench): string {
  const r = (n: number) => n.toFixed(1);
  return [
    "designer edit → next paint (12 regions, headless Chromium)",
    `  clicks ${ui.clicks}, median ${r(ui.medianMs)} ms, p90 ${r(ui.p90Ms)} ms, target median ≤ ${ui.targetMs} ms: ${ui.isMet ? "met" : "MISSED"}`,
    `  reference (frame wait, no click) median ${r(ui.baselineMedianMs)} ms; click / reference ${r(ui.ratio)}×`,
  ].join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const ui = await runUiBench();
  console.log(formatUiTable(ui));
  console.log(`samples (ms): ${ui.samplesMs.map((n) => n.toFixed(1)).join(", ")}`);
}
