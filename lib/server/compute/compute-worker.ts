import { runTask, type ComputeTask } from "./tasks";

/**
 * The worker threads' body (piscina calls the default export with each task). Bundled by
 * scripts/build-compute-worker.mjs into <distDir>/compute-worker.mjs next to the Next build, so
 * `next start` finds it at run time without Turbopack having to know about worker files.
 */
export default function computeInWorker(task: ComputeTask) {
  return runTask(task);
}
