import { parseArgs, type ParseArgsConfig } from "node:util";
import { CliError } from "./cli-io";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * Node's own argument parser (util.parseArgs, https://nodejs.org/api/util.html#utilparseargsconfig)
 * in strict mode, its errors reworded as the user's mistake with a pointer to the command's help.
 */
export function parseCommandArgs<T extends Options>(command: string, args: string[], options: T) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, ".") : String(error);
    throw new CliError(`planner ${command}: ${message}\nRun "planner ${command} --help" for usage.`);
  }
}

/** One value out of a fixed list, or a usage error naming the allowed ones. */
export function oneOf<T extends string>(command: string, option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`planner ${command}: --${option} must be one of ${allowed.join(", ")} (got "${value}").`);
}
