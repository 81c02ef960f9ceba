import "server-only";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Piscina } from "piscina";
import { runTask, type ComputeResult, type ComputeTask } from "@/lib/server/compute/tasks";

/**
 * CPU-heavy work (a bundle, a diff between two revisions) runs in a pool of worker threads
 * (piscina, https://github.com/piscinajs/piscina), so the thread that answers requests stays
 * free: one 12-region diff took 1.5–2.2 s of CPU, and five at once made /api/health wait 2.6 s
 * (issue 12). Threads: one fewer than the machine's cores (at least 1, at most 4), so one core is
 * left for answering requests.
 *
 * The worker is the bundle <distDir>/compute-worker.mjs that scripts/build-compute-worker.mjs
 * writes after `next build` (COMPUTE_WORKER_FILE overrides it). Where it does not exist (`next
 * dev`, unit tests calling route handlers) the task runs inline, as before; tests that need the
 * pool build the worker first (tests/api/compute-pool.test.ts).
 */
type PoolState = { pool: Piscina | null };

let current: PoolState | undefined;

function workerFile(): string {
  return process.env.COMPUTE_WORKER_FILE ?? path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "compute-worker.mjs");
}

function getPool(): Piscina | null {
  if (current) return current.pool;
  const file = workerFile();
  const threads = Math.max(1, Math.min(4, availableParallelism() - 1));
  current = { pool: existsSync(file) ? new Piscina({ filename: pathToFileURL(file).href, minThreads: 1, maxThreads: threads, idleTimeout: 60_000 }) : null };
  return current.pool;
}

/** True when tasks go to worker threads (false: inline). */
export function isComputePoolActive(): boolean {
  return getPool() !== null;
}

export async function compute<T extends ComputeTask>(task: T): Promise<ComputeResult<T>> {
  const pool = getPool();
  return (pool ? await pool.run(task) : runTask(task)) as ComputeResult<T>;
}

/** Stops the worker threads (tests); the next task starts a new pool. */
export async function closeComputePool(): Promise<void> {
  const pool = current?.pool;
  current = undefined;
  await pool?.destroy();
}
