/**
 * Quoting for the few places where generated files embed plan values in another language's
 * syntax. One helper per language, so no call site invents its own escaping.
 */

/** A POSIX shell word: single-quoted, with embedded single quotes closed, escaped and reopened. */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** A shell command line from an argument vector; every argument is quoted on its own. */
export function shellCommand(argv: readonly string[]): string {
  return argv.map(shellQuote).join(" ");
}

/** A SQL identifier (CockroachDB/PostgreSQL): always double-quoted, embedded quotes doubled. */
export function sqlIdent(name: string): string {
  if (name.includes("\u0000")) throw new Error("SQL identifiers cannot contain NUL");
  return `"${name.replace(/"/g, `""`)}"`;
}

/** A SQL string literal: single-quoted, embedded quotes doubled. */
export function sqlLiteral(value: string): string {
  if (value.includes("\u0000")) throw new Error("SQL literals cannot contain NUL");
  return `'${value.replace(/'/g, `''`)}'`;
}
