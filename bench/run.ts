/**
 * `npm run bench`: how long the planner's core takes, on one core of this machine, then the
 * production server under HTTP load (bench/http.ts; BENCH_SKIP_HTTP=1 leaves it out).
 * Prints tables and writes bench/results/latest.json. Targets come from the issues:
 * analysis of a 12-region plan under 2 ms at the median (server) and 16 ms (browser, one frame);
 * bundle generation for 12 regions under 100 ms; read routes' p99 within 3× a static file's;
 * the designer's edit to next paint ≤ 100 ms median in Chromium (bench/ui.ts; BENCH_SKIP_UI=1 leaves it out).
 */
import os from "node:os";
import { analyzePlan } from "@/lib/core/analyze";
import { buildBundle, zipBundle } from "@/lib/core/bundle";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import { PlanSchema } from "@/lib/schemas/plan";
import { formatHttpTable, runHttpBench } from "./http";
import { formatStallTable, runStallBench } from "./stall";
import { formatTable, measure, type Timing } from "./measure";
import { planOver, SIX_REGIONS, TWELVE_REGIONS } from "./plans";
import { writeResults } from "./results";
import { formatUiTable, runUiBench } from "./ui";

const plans = {
  template: BLUEPRINT_TEMPLATE,
  "6 regions": planOver(SIX_REGIONS),
  "12 regions": planOver(TWELVE_REGIONS),
};

const rows: Timing[] = [];
for (const [label, plan] of Object.entries(plans)) {
  PlanSchema.parse(plan);
  rows.push(measure(`validate ${label}`, () => PlanSchema.parse(plan), { runs: 500 }));
  rows.push(measure(`analyze ${label}`, () => analyzePlan(plan), { runs: 1000 }));
}
for (const [label, plan] of Object.entries(plans)) {
  const analysis = analyzePlan(plan);
  rows.push(measure(`bundle ${label}`, () => zipBundle(buildBundle(plan, analysis)), { runs: 100, warmup: 10 }));
}

const targets = { "analyze 12 regions": 2, "bundle 12 regions": 100 };
console.log(`Node ${process.version}, ${os.cpus()[0]?.model ?? "unknown CPU"}, single thread\n`);
console.log(formatTable(rows, targets));

const ui = process.env.BENCH_SKIP_UI === "1" ? undefined : await runUiBench();
if (ui) console.log(`\n${formatUiTable(ui)}`);
if (process.env.BENCH_SKIP_HTTP === "1") writeResults({ rows, targets, ...(ui ? { ui } : {}) });
else {
  console.log("");
  const http = await runHttpBench();
  console.log(`\n${formatHttpTable(http)}`);
  console.log("\nStall: health under uncached diffs, cached answers against a constant route");
  const stall = await runStallBench();
  console.log(`\n${formatStallTable(stall)}`);
  writeResults({ rows, targets, http, stall, ...(ui ? { ui } : {}) });
}
