import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { originalPositionFor, TraceMap } from "@jridgewell/trace-mapping";

/**
 * Self time per function of a Chrome CPU profile (CDP `Profiler.stop`), named through the
 * build's browser source maps when the build has them (NEXT_BROWSER_SOURCE_MAPS=1): a minified
 * chunk's line and column become the original file and function. Used by bench/ui-profile.ts.
 */

export type CpuProfile = {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
};

export type HotFunction = { name: string; selfMs: number };

function sourceMapper(distDir: string) {
  const maps = new Map<string, TraceMap | null>();
  const load = (url: string): TraceMap | null => {
    if (!maps.has(url)) {
      const at = url.indexOf("/_next/");
      const file = at < 0 ? "" : path.join(distDir, url.slice(at + "/_next/".length).split("?")[0] ?? "");
      // Turbopack names a chunk's map differently from the chunk: follow its sourceMappingURL.
      const comment = file && existsSync(file) ? /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(file, "utf8"))?.[1] : undefined;
      const mapFile = comment ? path.join(path.dirname(file), comment) : "";
      maps.set(url, mapFile && existsSync(mapFile) ? new TraceMap(readFileSync(mapFile, "utf8")) : null);
    }
    return maps.get(url) ?? null;
  };
  return (frame: CpuProfile["nodes"][number]["callFrame"]): string => {
    const { functionName, url, lineNumber, columnNumber } = frame;
    if (!url) return functionName || "(program)";
    const map = load(url);
    const original = map ? originalPositionFor(map, { line: lineNumber + 1, column: columnNumber }) : null;
    if (!original?.source) return `${functionName || "(anonymous)"} ${path.basename(url)}:${lineNumber + 1}:${columnNumber}`;
    const source = original.source.replace(/^.*?(node_modules\/|\/\[project\]\/)/, "");
    return `${original.name ?? functionName ?? "(anonymous)"} ${source}:${original.line}`;
  };
}

/**
 * Functions by self time, largest first: over the whole profile, or only in `windows` (start
 * and end in the profile's clock, microseconds, the same clock as trace events' `ts`).
 */
export function hotFunctions(profile: CpuProfile, distDir: string, windows?: readonly [number, number][], top = 25): HotFunction[] {
  const nameOf = sourceMapper(distDir);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    const node = byId.get(id);
    if (!node || (windows && !windows.some(([from, to]) => at >= from && at < to))) return;
    const name = nameOf(node.callFrame);
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...self.entries()]
    .map(([name, selfMs]) => ({ name, selfMs }))
    .filter((f) => f.name !== "(idle)")
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, top);
}
