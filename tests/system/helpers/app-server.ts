import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Real `next start` processes for the system suites: the production build in SYSTEM_DIST_DIR,
 * one process per instance (spawned as `node next start`, so the pid is the server itself and
 * SIGKILL hits it, not a wrapper), on loopback only.
 */

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const NEXT_BIN = path.join(REPO_ROOT, "node_modules/next/dist/bin/next");

/** The build the system suites run against (scripts/test.sh builds it once; tests/system/global-setup.ts builds it when missing). */
export function systemDistDir(): string {
  return process.env.SYSTEM_DIST_DIR ?? ".next-system";
}

export function hasBuild(distDir = systemDistDir()): boolean {
  return existsSync(path.join(REPO_ROOT, distDir, "BUILD_ID"));
}

/** Ports for this run: SYSTEM_PORT_BASE + offset, so parallel checkouts can move the whole range. */
export function systemPort(offset: number): number {
  return Number(process.env.SYSTEM_PORT_BASE ?? 3120) + offset;
}

export type AppServer = {
  url: string;
  port: number;
  pid: number;
  /** Everything the server printed so far (stdout and stderr). */
  output: () => string;
  /** SIGTERM, then SIGKILL after a grace period; resolves once the process is gone. */
  stop: () => Promise<void>;
  /** SIGKILL now: no shutdown hooks, no flushing. */
  kill: () => Promise<void>;
  isRunning: () => boolean;
};

const running = new Set<ChildProcess>();
// A test file that dies (timeout, crash) must not leave servers holding ports for the next run.
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/** Resolves when GET /api/health answers at all (200 or 503: a server whose database is down is still up). */
async function waitUntilListening(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`next start exited early (${child.exitCode ?? child.signalCode}):\n${output()}`);
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
  throw new Error(`next start did not answer on ${url} within ${timeoutMs} ms:\n${output()}`);
}

/** Whether nothing listens on 127.0.0.1:port: a leftover server there would answer the health check in the new one's place. */
function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

export async function startApp(options: { port: number; databaseUrl: string; distDir?: string; env?: Record<string, string>; timeoutMs?: number }): Promise<AppServer> {
  const distDir = options.distDir ?? systemDistDir();
  if (!hasBuild(distDir)) throw new Error(`No production build in ${distDir}: run NEXT_DIST_DIR=${distDir} npx next build first.`);
  if (!(await isPortFree(options.port))) throw new Error(`Port ${options.port} is taken by another process: stop it or move the range with SYSTEM_PORT_BASE.`);
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-H", "127.0.0.1", "-p", String(options.port)], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: options.databaseUrl,
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  child.once("exit", () => running.delete(child));
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const output = () => log;
  const url = `http://127.0.0.1:${options.port}`;
  const server: AppServer = {
    url,
    port: options.port,
    pid: child.pid ?? -1,
    output,
    isRunning: () => child.exitCode === null && child.signalCode === null,
    kill: async () => {
      child.kill("SIGKILL");
      await exited(child);
    },
    stop: async () => {
      if (!server.isRunning()) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited(child);
      clearTimeout(timer);
    },
  };
  try {
    await waitUntilListening(url, child, output, options.timeoutMs ?? 60_000);
  } catch (error) {
    await server.kill();
    throw error;
  }
  return server;
}

/** Kills every server this process started and has not stopped (afterAll, and on a failed test). */
export async function stopAllApps(): Promise<void> {
  await Promise.all(
    [...running].map(async (child) => {
      child.kill("SIGKILL");
      await exited(child);
    }),
  );
}

/** Resident memory of a process in MiB, from /proc/<pid>/status (Linux only). */
export function residentMemoryMiB(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match?.[1] ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}
