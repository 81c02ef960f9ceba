import { shellCommand, shellQuote } from "@/lib/core/text/quote";

/**
 * Command lines for runbook steps. Every plan value goes through `shellQuote` (one word per
 * argument); the only unquoted shell syntax is the fixed structure written here: a reference to
 * an environment variable the operator sets, a captured output, a pipe and an input file.
 */

/** An argument that expands an environment variable the operator sets ("$NODE_SG_US_EAST_1"). */
export type EnvRef = { env: string };
export type ShellArg = string | EnvRef;

const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;

export function envRef(name: string): EnvRef {
  if (!ENV_NAME.test(name)) throw new Error(`Not an environment variable name: ${name}`);
  return { env: name };
}

/** "us-east-1" → "US_EAST_1", for environment variable names derived from region codes. */
export const envSuffix = (text: string): string => text.toUpperCase().replace(/[^A-Z0-9]+/g, "_");

const word = (arg: ShellArg): string => (typeof arg === "string" ? shellQuote(arg) : `"$${envRef(arg.env).env}"`);

/** One command line; every string argument quoted on its own. */
export function sh(argv: readonly ShellArg[]): string {
  return argv.every((a) => typeof a === "string") ? shellCommand(argv as string[]) : argv.map(word).join(" ");
}

/** NAME="$(command)": keeps a value a later command needs (a pod IP, a pod name). */
export function capture(name: string, argv: readonly ShellArg[]): string {
  return `${envRef(name).env}="$(${sh(argv)})"`;
}

/** NAME="$(command | head -n 1)": the first line only, for a value a template gets (a load balancer's first address). */
export function captureFirst(name: string, argv: readonly ShellArg[]): string {
  return `${envRef(name).env}="$(${sh(argv)} | head -n 1)"`;
}

/** envsubst '$A $B' < file | command: fills only the named placeholders of a bundle template and pipes the result on. */
export function substituted(names: readonly string[], file: string, next: readonly ShellArg[]): string {
  return `${sh(["envsubst", names.map((n) => `$${envRef(n).env}`).join(" ")])} < ${shellQuote(file)} | ${sh(next)}`;
}

/** command < file */
export function withInput(argv: readonly ShellArg[], file: string): string {
  return `${sh(argv)} < ${shellQuote(file)}`;
}

/** first | second */
export function pipe(first: readonly ShellArg[], second: readonly ShellArg[]): string {
  return `${sh(first)} | ${sh(second)}`;
}

/** `kubectl --context <ctx> --namespace <ns> ...` */
export const kubectl = (context: string, namespace: string | null, ...args: ShellArg[]): ShellArg[] =>
  namespace === null ? ["kubectl", "--context", context, ...args] : ["kubectl", "--context", context, "--namespace", namespace, ...args];
