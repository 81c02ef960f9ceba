import { shellCommand } from "@/lib/core/text/quote";
import { oneLine } from "./sql";

/**
 * Shell scripts as a list of lines. Commands are argument vectors quoted word by word by
 * `shellCommand` (lib/core/text/quote.ts); comments are prose with line breaks folded so a plan
 * value can never start a command of its own. The scripts are POSIX sh (no pipes, no bashisms),
 * so `sh script.sh` and `bash script.sh` both run them; `set -eu` stops at the first failure.
 */
export type ShellLine = { comment: string } | { argv: readonly string[] } | { blank: true };

export const comment = (prose: string): ShellLine => ({ comment: prose });
export const command = (...argv: string[]): ShellLine => ({ argv });
export const blank: ShellLine = { blank: true };

export function renderShell(lines: readonly ShellLine[]): string {
  const body = lines.map((line) => {
    if ("comment" in line) return `# ${oneLine(line.comment)}`.trimEnd();
    if ("argv" in line) return shellCommand(line.argv);
    return "";
  });
  return ["#!/bin/sh", "set -eu", ...body].join("\n") + "\n";
}
