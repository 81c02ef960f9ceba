import { writeFileSync } from "node:fs";
import path from "node:path";
import { planJsonSchema } from "@/lib/schemas/plan-json-schema";
import { CliError, EXIT, type CliIo } from "../cli-io";
import { parseCommandArgs } from "../parse-command-args";

export const SCHEMA_HELP = `Usage: planner schema [-o FILE]

The plan's JSON Schema (draft 2020-12), the same document the app serves at
/api/plan.schema.json. Point a plan file's "$schema" at it so editors check and complete it.

Options:
  -o, --output FILE  write it to FILE instead of standard output
  -h, --help         show this help
`;

export async function schemaCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("schema", args, { output: { type: "string", short: "o" } });
  if (values.help) return io.stdout(SCHEMA_HELP), EXIT.ok;
  if (positionals.length > 0) throw new CliError(`planner schema: takes no arguments (got ${positionals.join(" ")}).\nRun "planner schema --help" for usage.`);
  const text = `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
  if (!values.output) return io.stdout(text), EXIT.ok;
  const out = path.resolve(io.cwd, values.output);
  try {
    writeFileSync(out, text);
  } catch (error) {
    throw new CliError(`planner schema: cannot write ${values.output} (${(error as NodeJS.ErrnoException).code ?? "unknown error"}).`);
  }
  io.stderr(`Wrote ${values.output}.\n`);
  return EXIT.ok;
}
