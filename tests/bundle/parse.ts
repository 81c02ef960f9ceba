import { fromMarkdown } from "mdast-util-from-markdown";
import type { Root, RootContent } from "mdast";

/**
 * Readers for the generated files, written for the tests: they parse what a real reader
 * parses (statements, shell words, Markdown blocks) without trusting the writers' helpers.
 */

/** SQL statements without comments, split on `;` outside quotes. */
export function splitSql(text: string): string[] {
  const statements: string[] = [];
  let current = "";
  let quote: string | null = null;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    if (quote) {
      current += c;
      if (c === quote) {
        if (text[i + 1] === quote) current += text[++i];
        else quote = null;
      }
    } else if (c === "-" && text[i + 1] === "-") {
      while (i < text.length && text[i] !== "\n") i += 1;
    } else if (c === "'" || c === '"') {
      quote = c;
      current += c;
    } else if (c === ";") {
      statements.push(current.trim());
      current = "";
    } else current += c;
  }
  if (current.trim() !== "") statements.push(current.trim());
  return statements;
}

/** Characters a shell reads literally outside quotes (the set shellQuote leaves bare). */
const SAFE = /[A-Za-z0-9_@%+=:,./-]/;

export type ShellParse = { commands: string[][]; comments: string[] };

/** POSIX shell words for the subset the bundle writes: plain words, '…' quoting, \' outside quotes, # comments. */
export function parseShell(text: string): ShellParse {
  const commands: string[][] = [];
  const comments: string[] = [];
  let words: string[] = [];
  let word: string | null = null;
  const endWord = () => {
    if (word !== null) words.push(word);
    word = null;
  };
  const endCommand = () => {
    endWord();
    if (words.length > 0) commands.push(words);
    words = [];
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) throw new Error("unterminated single quote");
      word = (word ?? "") + text.slice(i + 1, end);
      i = end;
    } else if (c === "\\") {
      word = (word ?? "") + (text[i + 1] ?? "");
      i += 1;
    } else if (c === "#" && word === null) {
      const end = text.indexOf("\n", i);
      comments.push(text.slice(i, end < 0 ? text.length : end));
      i = (end < 0 ? text.length : end) - 1;
    } else if (c === "\n") endCommand();
    else if (c === " " || c === "\t") endWord();
    else if (!SAFE.test(c)) throw new Error(`unquoted character ${JSON.stringify(c)} at ${i}: the writer should have quoted it`);
    else word = (word ?? "") + c;
  }
  endCommand();
  return { commands, comments };
}

export function parseMarkdown(text: string): Root {
  return fromMarkdown(text);
}

/** Every node of a type, depth first. */
export function nodesOfType<T extends RootContent["type"]>(tree: Root | RootContent, type: T): Extract<RootContent, { type: T }>[] {
  const found: Extract<RootContent, { type: T }>[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === type) found.push(node as Extract<RootContent, { type: T }>);
    if ("children" in node) for (const child of node.children) walk(child as RootContent);
  };
  walk(tree);
  return found;
}

/** A GFM delimiter row: cells of dashes with optional colons, with or without outer pipes (`| --- | :-: |`, `--|--`). */
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
const hasPipe = (line: string) => /(?<!\\)\|/.test(line);

/**
 * GFM table rows as lines (the test parser has no GFM extension): cells split on unescaped pipes.
 * As in GFM, a table is a line with a pipe followed by a delimiter row, and goes on to the next
 * blank line; a paragraph line that merely starts with "|" (plan text after a line break) is no table.
 */
export function tableRows(markdown: string): string[][] {
  const lines = markdown.split("\n");
  const rows: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const next = lines[i + 1] ?? "";
    if (!hasPipe(lines[i] ?? "") || !hasPipe(next) || !DELIMITER_ROW.test(next)) continue;
    while ((lines[i] ?? "").trim() !== "") rows.push(lines[i++] ?? "");
  }
  return rows.map((line) => line.slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim()));
}

/** The value at a path of keys in parsed YAML/JSON, or undefined: lets tests walk parsed files without `any`. */
export function at(value: unknown, ...keys: (string | number)[]): unknown {
  let current: unknown = value;
  for (const key of keys) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
