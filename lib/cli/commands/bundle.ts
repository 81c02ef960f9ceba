import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { analyzePlan } from "@/lib/core/analyze";
import { buildBundle, zipBundle } from "@/lib/core/bundle";
import { CliError, EXIT, type CliIo } from "../cli-io";
import { loadPlan } from "../load-plan";
import { parseCommandArgs } from "../parse-command-args";

export const BUNDLE_HELP = `Usage: planner bundle PLAN -o OUT [--force]

Builds the deployment bundle of a plan file (Helm values, SQL, Terraform, runbook).

  OUT ending in .zip   the same zip the app serves for that plan, byte for byte
  any other OUT        a directory with one file per bundle file (scripts executable)

Options:
  -o, --output OUT  where to write (required)
  --force           write into a directory that is not empty (files of the bundle are replaced)
  -h, --help        show this help

Exit status: 0 written, 2 invalid plan or misuse.
`;

/** Every bundle path stays inside OUT: paths are the core's own, but a path that escaped would write anywhere. */
function inside(root: string, relative: string): string {
  const target = path.resolve(root, relative);
  if (!target.startsWith(`${root}${path.sep}`)) throw new Error(`bundle path escapes the output directory: ${relative}`);
  return target;
}

export async function bundleCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("bundle", args, { output: { type: "string", short: "o" }, force: { type: "boolean" } });
  if (values.help) return io.stdout(BUNDLE_HELP), EXIT.ok;
  if (positionals.length !== 1 || !values.output) throw new CliError(`planner bundle: give one plan file and -o OUT.\nRun "planner bundle --help" for usage.`);
  const loaded = loadPlan(io.cwd, positionals[0] ?? "");
  const out = path.resolve(io.cwd, values.output);

  io.stderr(`Analysing ${loaded.displayPath}…\n`);
  // The same two calls as GET /api/projects/:id/revisions/:n/bundle (load-bundle.ts, route.ts).
  const files = buildBundle(loaded.plan, analyzePlan(loaded.plan));
  io.stderr(`Building the bundle: ${files.length} files…\n`);

  if (/\.zip$/i.test(out)) {
    const zip = zipBundle(files);
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, zip);
    io.stderr(`Wrote ${path.relative(io.cwd, out) || out} (${zip.byteLength} bytes).\n`);
    return EXIT.ok;
  }
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) throw new CliError(`planner bundle: ${values.output} exists and is not a directory.`);
    if (readdirSync(out).length > 0 && !values.force)
      throw new CliError(`planner bundle: ${values.output} is not empty; choose a new directory or add --force to replace the bundle's files in it.`);
  }
  for (const file of files) {
    const target = inside(out, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.content, { mode: file.path.endsWith(".sh") ? 0o755 : 0o644 });
  }
  io.stderr(`Wrote ${files.length} files into ${path.relative(io.cwd, out) || out}.\n`);
  return EXIT.ok;
}
