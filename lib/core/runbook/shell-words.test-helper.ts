/**
 * A small POSIX shell word splitter for tests: single quotes, double quotes (with "$VAR" left as
 * written), backslash escapes, and the operators |, <, > and & as separate tokens. Enough to
 * prove that a generated command line splits into exactly the argv it was built from.
 */
export type Token = { kind: "word"; value: string } | { kind: "op"; value: string };

export function shellWords(line: string): Token[] {
  // NAME="$(command)": inside $( ) quoting starts afresh, so split the command on its own.
  const capture = /^([A-Z_][A-Z0-9_]*)="\$\((.*)\)"$/.exec(line);
  if (capture) return [{ kind: "word", value: `${capture[1]}=` }, ...shellWords(capture[2]!)];
  const tokens: Token[] = [];
  let word: string | null = null;
  const flush = () => {
    if (word !== null) tokens.push({ kind: "word", value: word });
    word = null;
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end === -1) throw new Error(`Unterminated single quote in: ${line}`);
      word = (word ?? "") + line.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      let value = "";
      for (i++; i < line.length && line[i] !== '"'; i++) value += line[i] === "\\" ? line[++i] : line[i];
      if (i >= line.length) throw new Error(`Unterminated double quote in: ${line}`);
      word = (word ?? "") + value;
    } else if (c === "\\") word = (word ?? "") + (line[++i] ?? "");
    else if (c === " " || c === "\t") flush();
    else if ("|<>&;".includes(c)) {
      flush();
      tokens.push({ kind: "op", value: c });
    } else word = (word ?? "") + c;
  }
  flush();
  return tokens;
}
