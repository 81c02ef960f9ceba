// Bundles the compute worker (lib/server/compute/compute-worker.ts: bundle and diff builds) into
// one ESM file next to the Next build, where lib/server/compute/pool.ts looks for it:
//   node scripts/build-compute-worker.mjs [out file]   (default <NEXT_DIST_DIR or .next>/compute-worker.mjs)
// It runs after `next build`, which empties the dist dir. Only lib/core is bundled; Node built-ins stay imports.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const outfile = path.resolve(process.argv[2] ?? path.join(root, process.env.NEXT_DIST_DIR || ".next", "compute-worker.mjs"));

await build({
  entryPoints: [path.join(root, "lib/server/compute/compute-worker.ts")],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  alias: { "@": root },
  // Some dependencies are CommonJS that call require() for Node built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: "warning",
});
console.log(`compute worker: ${path.relative(root, outfile)}`);
