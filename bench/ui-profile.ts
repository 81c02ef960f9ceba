/**
 * What runs between a marker click and the next paint in the designer (issue 13): a diagnostic,
 * not a benchmark with a verdict. It opens the same 12-region project as bench/ui.ts, clicks the
 * same marker a few times under Chromium's tracing (CDP `Tracing`, the "devtools.timeline"
 * category the DevTools Performance panel records) and prints, per click, where the main thread's
 * time went: script, style, layout, paint, and the longest tasks. Read it next to bench/ui.ts's
 * figures to see which part of the page to make cheaper.
 *
 *   BENCH_UI_PORT=6401 BENCH_DIST_DIR=.next-ci BENCH_REUSE_BUILD=1 npx tsx bench/ui-profile.ts
 */
import { writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { startServer } from "./app-server";
import { hotFunctions, type CpuProfile } from "./cpu-profile";
import { CHROMIUM_ARGS, clickAndWaitForPaint, createBenchProject, MARKER, markerSelector, openDesigner, waitForIdle } from "./ui-page";

type TraceEvent = { name: string; cat: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: { data?: { url?: string; functionName?: string; type?: string } } };

// The timeline events DevTools sums into its "Scripting / Rendering / Painting" categories.
const KINDS: Record<string, string> = {
  FunctionCall: "script",
  EvaluateScript: "script",
  EventDispatch: "script",
  TimerFire: "script",
  FireAnimationFrame: "script",
  RunMicrotasks: "script",
  UpdateLayoutTree: "style",
  RecalculateStyles: "style",
  Layout: "layout",
  PrePaint: "paint",
  Paint: "paint",
  Layerize: "paint",
  UpdateLayer: "paint",
  Commit: "paint",
};

const CLICKS = Number(process.env.PROFILE_CLICKS ?? 6);

const server = await startServer(Number(process.env.BENCH_UI_PORT ?? 3137));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
try {
  const id = await createBenchProject(server.url);
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await openDesigner(page, server.url, id);
  for (let i = 0; i < 2; i += 1) {
    await waitForIdle(page);
    await clickAndWaitForPaint(page, markerSelector(MARKER), "[class*=shape]");
  }
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once("Tracing.tracingComplete", () => resolve()));
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  await cdp.send("Tracing.start", { categories: "devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing", transferMode: "ReportEvents" });
  const timings: number[] = [];
  for (let i = 0; i < CLICKS; i += 1) {
    await waitForIdle(page);
    timings.push(await clickAndWaitForPaint(page, markerSelector(MARKER), "[class*=shape]"));
  }
  await waitForIdle(page);
  const { profile } = await cdp.send("Profiler.stop");
  await cdp.send("Tracing.end");
  await done;
  if (process.env.PROFILE_TRACE) writeFileSync(process.env.PROFILE_TRACE, JSON.stringify({ traceEvents: events }));
  const marks = events.filter((e) => e.name === "bench-click").sort((a, b) => a.ts - b.ts);
  const mainTid = marks[0]?.tid;
  for (const [n, mark] of marks.entries()) {
    const ms = timings[n] ?? 0;
    // Everything on the main thread from the click until the frame, then until the page went idle (the deferred work).
    const until = (marks[n + 1]?.ts ?? Number.POSITIVE_INFINITY) - 1;
    const describe = (from: number, to: number) => {
      const inside = events.filter((e) => e.tid === mainTid && e.ph === "X" && e.ts >= from && e.ts < to);
      const sums: Record<string, number> = {};
      for (const e of inside) {
        const kind = KINDS[e.name];
        if (kind && e.dur) sums[kind] = (sums[kind] ?? 0) + e.dur / 1000;
      }
      const tasks = inside.filter((e) => e.name === "RunTask" && (e.dur ?? 0) > 3000).map((e) => `${((e.ts - mark.ts) / 1000).toFixed(0)}+${((e.dur ?? 0) / 1000).toFixed(0)}`);
      return `${Object.entries(sums).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(", ")}; tasks >3 ms (start+ms) ${tasks.join(" ")}`;
    };
    console.log(`click ${n + 1}: ${ms.toFixed(1)} ms to the next frame`);
    console.log(`  until the frame: ${describe(mark.ts, mark.ts + ms * 1000)}`);
    console.log(`  after the frame: ${describe(mark.ts + ms * 1000, until)}`);
  }
  const cpu = profile as unknown as CpuProfile;
  const urgent = marks.map((m, n): [number, number] => [m.ts, m.ts + (timings[n] ?? 0) * 1000]);
  console.log(`\nSelf time by function from the clicks to their next frames (ms, ${CLICKS} clicks):`);
  for (const f of hotFunctions(cpu, server.distDir, urgent)) console.log(`  ${f.selfMs.toFixed(1).padStart(8)}  ${f.name}`);
  // Long tasks after the frame: the next click would wait for them.
  const long = events
    .filter((e) => e.tid === mainTid && e.name === "RunTask" && (e.dur ?? 0) > 50_000 && marks.some((m, n) => e.ts > m.ts + (timings[n] ?? 0) * 1000))
    .map((e): [number, number] => [e.ts, e.ts + (e.dur ?? 0)]);
  console.log(`\nSelf time by function in the ${long.length} tasks over 50 ms after the frames (ms):`);
  for (const f of hotFunctions(cpu, server.distDir, long)) console.log(`  ${f.selfMs.toFixed(1).padStart(8)}  ${f.name}`);
  console.log(`\nSelf time by function over the clicks and all their deferred work (ms):`);
  for (const f of hotFunctions(cpu, server.distDir)) console.log(`  ${f.selfMs.toFixed(1).padStart(8)}  ${f.name}`);
} finally {
  await browser.close();
  await server.stop();
}
