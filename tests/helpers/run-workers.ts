import { spawn } from "node:child_process";
import path from "node:path";

/**
 * Runs `count` copies of a worker script as separate Node processes (separate app instances,
 * each with its own Prisma client and connections) and returns what each printed last on stdout,
 * parsed as JSON. Workers get `START_AT` (epoch ms) so they begin their work together after the
 * slow part (process start, TypeScript loading) is behind them.
 *
 * `--conditions=react-server` lets `import "server-only"` load outside Next, as in Next's server.
 */
export async function runWorkers<T>(script: string, count: number, env: Record<string, string>): Promise<T[]> {
  const startAt = String(Date.now() + 4_000);
  const runs = Array.from({ length: count }, (_, index) =>
    new Promise<T>((resolve, reject) => {
      const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(process.cwd(), script)], {
        env: { ...process.env, ...env, START_AT: startAt, WORKER_INDEX: String(index) },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      child.on("error", reject);
      child.on("close", (code) => {
        const last = stdout.trim().split("\n").at(-1) ?? "";
        if (code !== 0) reject(new Error(`worker ${index} exited with ${code}: ${stderr || stdout}`));
        else resolve(JSON.parse(last) as T);
      });
    }),
  );
  return Promise.all(runs);
}

/** In a worker: wait until the shared start time. */
export async function waitForStart(): Promise<void> {
  const startAt = Number(process.env.START_AT ?? "0");
  const delay = startAt - Date.now();
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
}
