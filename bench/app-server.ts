import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * The production server the HTTP benchmark loads: built from the working tree into its own dist
 * dir (BENCH_DIST_DIR, default .next-bench) on every run, so the figures are never those of an
 * older build; BENCH_REUSE_BUILD=1 reuses a build already there. Started with `node next start` on loopback
 * (so the pid is the server's own, for its memory), on a fresh SQLite file unless
 * BENCH_DATABASE_URL names another database.
 */

const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");

export type BenchServer = { url: string; pid: number; distDir: string; stop: () => Promise<void> };

export function ensureBuild(distDir: string): void {
  if (process.env.BENCH_REUSE_BUILD === "1" && existsSync(path.join(distDir, "BUILD_ID"))) return;
  console.log(`Building the working tree into ${distDir} (a minute or two)…`);
  // next build adds the private dist dir's type folders to tsconfig.json; a benchmark run should not edit the checkout.
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  try {
    execFileSync(process.execPath, [NEXT_BIN, "build"], { env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" }, stdio: "inherit" });
  } finally {
    writeFileSync("tsconfig.json", tsconfig);
  }
}

export async function startServer(port: number): Promise<BenchServer> {
  const distDir = process.env.BENCH_DIST_DIR ?? ".next-bench";
  ensureBuild(distDir);
  const dataDir = mkdtempSync(path.join(tmpdir(), "planner-bench-"));
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-H", "127.0.0.1", "-p", String(port)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: process.env.BENCH_DATABASE_URL ?? `file:${path.join(dataDir, "bench.db")}`,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child.exitCode !== null) {
      await stop();
      throw new Error(`the server on ${url} did not become healthy`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, pid: child.pid ?? -1, distDir, stop };
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

/** Resident memory in MiB from /proc/<pid>/status (Linux). */
export function residentMemoryMiB(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match?.[1] ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}
