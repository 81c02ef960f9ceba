import { diffRevisionPlans } from "@/lib/core/history";
import { CliError, EXIT, type CliIo } from "../cli-io";
import { formatDiffText } from "../format-diff";
import { loadPlan } from "../load-plan";
import { oneOf, parseCommandArgs } from "../parse-command-args";

export const DIFF_HELP = `Usage: planner diff OLD NEW [--format text|json]

What changed from plan file OLD to plan file NEW, as the app's history page shows it: plan
fields (regions matched by id), sizing, findings opened and resolved, and every bundle file.

Options:
  --format FORMAT   text (default) or json (the diff object of GET /api/projects/:id/diff, without the revision numbers)
  -h, --help        show this help

Exit status: 0 diff printed (whether or not anything changed), 2 invalid plan or misuse.
`;

export async function diffCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("diff", args, { format: { type: "string" } });
  if (values.help) return io.stdout(DIFF_HELP), EXIT.ok;
  const format = oneOf("diff", "format", values.format, ["text", "json"] as const, "text");
  if (positionals.length !== 2) throw new CliError(`planner diff: give two plan files, OLD and NEW.\nRun "planner diff --help" for usage.`);
  const before = loadPlan(io.cwd, positionals[0] ?? "");
  const after = loadPlan(io.cwd, positionals[1] ?? "");
  io.stderr(`Comparing ${before.displayPath} with ${after.displayPath}…\n`);
  const diff = diffRevisionPlans(before.plan, after.plan);
  io.stdout(format === "json" ? `${JSON.stringify(diff, null, 2)}\n` : formatDiffText(diff));
  return EXIT.ok;
}
