import { CliError, EXIT, type CliIo } from "./cli-io";
import { bundleCommand } from "./commands/bundle";
import { checkCommand } from "./commands/check";
import { diffCommand } from "./commands/diff";
import { latencyCommand } from "./commands/latency";
import { regionsCommand } from "./commands/regions";
import { schemaCommand } from "./commands/schema";
import { PLANNER_VERSION } from "./version";

/**
 * The command-line planner: an adapter over lib/core like the API (parse arguments, read a
 * file, call the core, print), with no server and no database. Each command returns its exit
 * status; a user's mistake (CliError) is printed as its message and issues, never a stack.
 */

export const MAIN_HELP = `Usage: planner COMMAND [options]

Plans as code: check, bundle and compare multi-region plan files (JSON or YAML) offline.

Commands:
  check PLAN     analyse a plan; exit 1 on findings at or above --fail-on, 2 if invalid
  bundle PLAN    write the deployment bundle (-o DIR, or -o FILE.zip for the app's zip)
  diff OLD NEW   what changed between two plans, as the history page shows it
  latency R R…   round-trip times between regions
  regions        the catalog of regions (--provider aws|gcp|azure)
  schema         the plan's JSON Schema

Run "planner COMMAND --help" for a command's options. planner --version prints the version.
`;

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  check: checkCommand,
  bundle: bundleCommand,
  diff: diffCommand,
  latency: latencyCommand,
  regions: regionsCommand,
  schema: schemaCommand,
};

function printError(error: CliError, io: CliIo): void {
  const issues = error.issues.filter((issue) => !(issue.path === "" && error.message.endsWith(issue.message)));
  io.stderr(`${error.message}\n${issues.map((issue) => `  ${issue.path === "" ? "(the plan)" : issue.path}: ${issue.message}\n`).join("")}`);
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    (command === undefined ? io.stderr : io.stdout)(MAIN_HELP);
    return command === undefined ? EXIT.invalid : EXIT.ok;
  }
  if (command === "--version" || command === "-v") return io.stdout(`${PLANNER_VERSION}\n`), EXIT.ok;
  const run = COMMANDS[command];
  if (!run) {
    io.stderr(`planner: unknown command "${command}".\n\n${MAIN_HELP}`);
    return EXIT.invalid;
  }
  try {
    return await run(rest, io);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    printError(error, io);
    return EXIT.invalid;
  }
}
