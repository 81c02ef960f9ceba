import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startApp, type AppServer } from "../tests/system/helpers/app-server";

export { residentMemoryMiB } from "../tests/system/helpers/app-server";

/**
 * The production server the HTTP benchmark loads: built from the working tree into its own dist
 * dir (BENCH_DIST_DIR, default .next-bench) on every run, so the figures are never those of an
 * older build; BENCH_REUSE_BUILD=1 reuses a build already there. Started like the system
 * suites' servers (tests/system/helpers/app-server.ts: `node next start` on loopback, so the pid
 * is the server's own, for its memory), on a fresh SQLite file unless BENCH_DATABASE_URL names
 * another database.
 */

export type BenchServer = { url: string; pid: number; distDir: string; stop: () => Promise<void> };

export function ensureBuild(distDir: string): void {
  if (process.env.BENCH_REUSE_BUILD === "1" && existsSync(path.join(distDir, "BUILD_ID"))) return;
  console.log(`Building the working tree into ${distDir} (a minute or two)…`);
  execFileSync("bash", ["scripts/build-into.sh", distDir], { stdio: "inherit" });
}

export async function startServer(port: number): Promise<BenchServer> {
  const distDir = process.env.BENCH_DIST_DIR ?? ".next-bench";
  ensureBuild(distDir);
  const dataDir = mkdtempSync(path.join(tmpdir(), "planner-bench-"));
  const removeData = () => rmSync(dataDir, { recursive: true, force: true });
  let app: AppServer;
  try {
    app = await startApp({ port, distDir, databaseUrl: process.env.BENCH_DATABASE_URL ?? `file:${path.join(dataDir, "bench.db")}` });
  } catch (error) {
    removeData();
    throw error;
  }
  return {
    url: app.url,
    pid: app.pid,
    distDir,
    stop: async () => {
      await app.stop();
      removeData();
    },
  };
}

/** The JavaScript chunk of median size: a typical static file the browser downloads (not the smallest, which would flatter the baseline). */
export function staticAsset(distDir: string): { path: string; bytes: number } {
  const dir = path.join(distDir, "static", "chunks");
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".js"))
    .map((name) => ({ name, bytes: statSync(path.join(dir, name)).size }))
    .sort((a, b) => a.bytes - b.bytes);
  const median = files[Math.floor(files.length / 2)];
  if (!median) throw new Error(`no JavaScript chunk in ${dir}`);
  return { path: `/_next/static/chunks/${median.name}`, bytes: median.bytes };
}
