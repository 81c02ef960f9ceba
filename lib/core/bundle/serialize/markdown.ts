import type { BlockContent, Code, Heading, Link, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableRow, Text } from "mdast";
import { gfmToMarkdown } from "mdast-util-gfm";
import { toMarkdown } from "mdast-util-to-markdown";
import { rootWithShortcuts } from "./markdown-safe";

/**
 * Markdown built as an mdast tree and serialized by mdast-util-to-markdown (+ GFM tables), so
 * plan values are escaped by the serializer and can never open a heading, a link or a table
 * cell of their own. Plan values always go into `text` nodes: inline code would turn a line
 * break into a space, which a reader could not tell from the real value.
 */

export type Inline = PhrasingContent | string;
export type Block = RootContent;
export type { BlockContent };

const inline = (part: Inline): PhrasingContent => (typeof part === "string" ? { type: "text", value: part } : part);

export const text = (value: string): Text => ({ type: "text", value });
/** Inline code, for fixed names only (see the module comment). */
export const code = (value: string): PhrasingContent => ({ type: "inlineCode", value });
export const strong = (...parts: Inline[]): PhrasingContent => ({ type: "strong", children: parts.map(inline) });
export const link = (url: string, ...parts: Inline[]): Link => ({ type: "link", url, children: parts.map(inline) });

export const heading = (depth: 1 | 2 | 3 | 4, ...parts: Inline[]): Heading => ({ type: "heading", depth, children: parts.map(inline) });
export const paragraph = (...parts: Inline[]): Paragraph => ({ type: "paragraph", children: parts.map(inline) });
export const codeBlock = (lang: string, value: string): Code => ({ type: "code", lang, value });

/** A list whose items are either inline parts (one paragraph) or blocks. */
export function list(items: readonly (Inline[] | BlockContent[])[], ordered = false): List {
  const toItem = (item: Inline[] | BlockContent[]): ListItem => {
    const isBlocks = item.length > 0 && item.every((p) => typeof p !== "string" && isBlock(p));
    return { type: "listItem", spread: false, children: isBlocks ? (item as BlockContent[]) : [paragraph(...(item as Inline[]))] };
  };
  return { type: "list", ordered, spread: false, children: items.map(toItem) };
}

const BLOCK_TYPES = new Set(["paragraph", "heading", "code", "list", "table", "blockquote", "thematicBreak", "html"]);
const isBlock = (node: PhrasingContent | BlockContent): node is BlockContent => BLOCK_TYPES.has(node.type);

export function table(header: readonly string[], rows: readonly (readonly Inline[])[]): Table {
  const row = (cells: readonly Inline[]): TableRow => ({
    type: "tableRow",
    children: cells.map((cell) => ({ type: "tableCell", children: [inline(cell)] })),
  });
  return { type: "table", align: header.map(() => null), children: [row(header), ...rows.map(row)] };
}

/**
 * The GFM extension, made once: its unsafe patterns compile their regular expressions on first
 * use and keep them on the pattern object (mdast-util-to-markdown lib/util/compile-pattern.js),
 * so a fresh extension per document compiled the GFM patterns again for every file. The
 * extension's handlers keep no state between documents (mdast-util-gfm 3.x, its five parts).
 */
export const GFM_TO_MARKDOWN = gfmToMarkdown();

export function renderMarkdown(children: readonly Block[]): string {
  const root: Root = { type: "root", children: [...children] };
  return toMarkdown(root, { extensions: [GFM_TO_MARKDOWN], bullet: "-", emphasis: "_", rule: "-", fences: true, listItemIndent: "one", handlers: { root: rootWithShortcuts } });
}
