/**
 * What a command may touch besides files: its two output streams and the directory relative
 * paths start from. The launcher passes the process's; tests pass collectors, so most CLI tests
 * run in-process and a few spawn the real command.
 */
export type CliIo = {
  /** Results: text, JSON or SARIF that a pipeline redirects or parses. */
  stdout: (text: string) => void;
  /** Progress and errors, for the person watching; never mixed into results. */
  stderr: (text: string) => void;
  cwd: string;
};

/** Exit statuses of every command (`check` documents its own 0/1/2 on top). */
export const EXIT = { ok: 0, findings: 1, invalid: 2 } as const;

/**
 * A mistake of the person running the command (bad option, unreadable file, invalid plan): it
 * is printed as its message alone, no stack trace, and exits 2. `issues` lists each invalid
 * plan field as the API reports them.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly issues: readonly { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = "CliError";
  }
}
