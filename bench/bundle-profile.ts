/**
 * Where a 12-region bundle's time goes: profiles 40 builds of `zipBundle(buildBundle(...))`
 * (after 10 warm-up builds) with the V8 CPU profiler and prints self time per function and
 * per package or source file: `npx tsx bench/bundle-profile.ts` (BUNDLE_PROFILE_RUNS sets the builds).
 */
import { Session } from "node:inspector/promises";
import { analyzePlan } from "@/lib/core/analyze";
import { buildBundle, zipBundle } from "@/lib/core/bundle";
import type { CpuProfile } from "./cpu-profile";
import { planOver, TWELVE_REGIONS } from "./plans";

const runs = Number(process.env.BUNDLE_PROFILE_RUNS ?? 40);
const plan = planOver(TWELVE_REGIONS);
const analysis = analyzePlan(plan);
for (let i = 0; i < 10; i++) zipBundle(buildBundle(plan, analysis));

const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 100 });
await session.post("Profiler.start");
for (let i = 0; i < runs; i++) zipBundle(buildBundle(plan, analysis));
const { profile } = (await session.post("Profiler.stop")) as { profile: CpuProfile };
session.disconnect();

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const fnSelf = new Map<string, number>();
const fileSelf = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const frame = byId.get(id)?.callFrame;
  const ms = (profile.timeDeltas[i] ?? 0) / 1000;
  if (!frame || frame.functionName === "(idle)") return;
  total += ms;
  const file = frame.url.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*?\/(lib|bench)\//, "$1/") || "(native)";
  const fn = `${frame.functionName || "(anonymous)"} ${file}:${frame.lineNumber + 1}`;
  fnSelf.set(fn, (fnSelf.get(fn) ?? 0) + ms);
  const group = /^(lib\/[^/]+\/[^/]+|[^/]+)/.exec(file.startsWith("@") ? file.split("/").slice(0, 2).join("/") : file)?.[0] ?? file;
  fileSelf.set(group, (fileSelf.get(group) ?? 0) + ms);
});
const show = (title: string, m: Map<string, number>, top: number) => {
  console.log(`\n${title}`);
  for (const [name, ms] of [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${((ms / total) * 100).toFixed(1).padStart(5)} %  ${(ms / runs).toFixed(2).padStart(6)} ms/build  ${name}`);
  }
};
console.log(`${runs} builds, ${(total / runs).toFixed(1)} ms of samples per build`);
show("by package or folder (self time)", fileSelf, 15);
show("by function (self time)", fnSelf, 40);
