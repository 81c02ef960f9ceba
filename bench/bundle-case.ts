/**
 * Only the "bundle 12 regions" case of `npm run bench`, in process, for profiling and for
 * before/after comparisons of the bundle's serializers: `npx tsx bench/bundle-case.ts`
 * (BUNDLE_BENCH_RUNS sets the runs; default 100 after 10 warm-up runs, as in bench/run.ts).
 * Prints the median, p99 and the load average, which says how busy the shared machine was, and
 * the process's CPU time per build (user + system, warm-up included), which moves less than the
 * wall-clock figures when others load the machine.
 */
import { readFileSync } from "node:fs";
import { analyzePlan } from "@/lib/core/analyze";
import { buildBundle, zipBundle } from "@/lib/core/bundle";
import { formatTable, measure } from "./measure";
import { planOver, TWELVE_REGIONS } from "./plans";

const runs = Number(process.env.BUNDLE_BENCH_RUNS ?? 100);
const plan = planOver(TWELVE_REGIONS);
const analysis = analyzePlan(plan);
const loadBefore = readFileSync("/proc/loadavg", "utf8").trim();
const cpuBefore = process.cpuUsage();
const row = measure("bundle 12 regions", () => zipBundle(buildBundle(plan, analysis)), { runs, warmup: 10 });
const cpu = process.cpuUsage(cpuBefore);
console.log(formatTable([row], { "bundle 12 regions": 100 }));
console.log(`CPU per build ${((cpu.user + cpu.system) / 1000 / (runs + 10)).toFixed(1)} ms`);
console.log(`loadavg before ${loadBefore}, after ${readFileSync("/proc/loadavg", "utf8").trim()}`);
