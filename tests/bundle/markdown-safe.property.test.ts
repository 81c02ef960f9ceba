import "@/tests/helpers/fast-check-seed";
import fc from "fast-check";
import type { PhrasingContent, Root, RootContent } from "mdast";
import { gfmToMarkdown } from "mdast-util-gfm";
import { type Options, toMarkdown } from "mdast-util-to-markdown";
import { describe, expect, test } from "vitest";
import { rootWithShortcuts } from "@/lib/core/bundle/serialize/markdown-safe";

/**
 * rootWithShortcuts only leaves out unsafe patterns that cannot match, reuses answers
 * (escaped strings, paragraphs) it already got from the library for the same question and
 * tracks no output positions (which nothing reads), so
 * every tree must serialize to exactly what the unmodified library writes. The oracle is the library itself
 * (same version, same options, no handler), which makes it right for every drawn input. Plan
 * values reach text, link, heading, table-cell, list and code nodes; lone surrogates are
 * refused by the plan schema before any Markdown is written, so they are not drawn.
 */

// Markdown and GFM metacharacters, the characters of every unsafe pattern (C0 controls
// included), line endings and indentation, multi-character openers, and ordinary text.
const FRAGMENTS = [
  ..."#*_`~[]()<>!&|\\-+.:=@'\"{}^$%?/;,",
  ..." \t\n\r",
  ...Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)),
  "\u007f", "\u00a0", "\u2028", "é", "😀",
  "\n# ", "1. ", "1) ", "- ", "* ", "+ ", "> ", "```", "~~~", "    ", "\r\n", "---", "===", "| --- |", "<div>", "<!--", "&amp;", "&#x20;",
  "http://", "https://x.y/", "www.", "mailto:", "a@b.c", "a_b", "__", "**", "[x]", "[^1]", "![", "](",
  "a", "b", "Z", "1", "42", " word ", "10.0.0.0/16",
];
const hostile = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }).map((parts) => parts.join(""));

const text = (value: string): PhrasingContent => ({ type: "text", value });

/** Phrasing content as the bundle and the runbook build it, and a little more. */
const phrasing: fc.Arbitrary<PhrasingContent> = fc.oneof(
  hostile.map(text),
  hostile.map(text),
  hostile.map((value): PhrasingContent => ({ type: "inlineCode", value })),
  hostile.map((value): PhrasingContent => ({ type: "strong", children: [text(value)] })),
  hostile.map((value): PhrasingContent => ({ type: "emphasis", children: [text(value)] })),
  fc.tuple(hostile, hostile, fc.option(hostile, { nil: undefined })).map(([url, label, title]): PhrasingContent => ({ type: "link", url, title, children: [text(label)] })),
  hostile.map((url): PhrasingContent => ({ type: "link", url, children: [{ type: "inlineCode", value: url }] })),
);
const phrasings = fc.array(phrasing, { minLength: 1, maxLength: 5 });

const block: fc.Arbitrary<RootContent> = fc.oneof(
  phrasings.map((children): RootContent => ({ type: "paragraph", children })),
  fc.tuple(fc.constantFrom(1, 2, 3, 4), phrasings).map(([depth, children]): RootContent => ({ type: "heading", depth: depth as 1 | 2 | 3 | 4, children })),
  fc.tuple(hostile, hostile).map(([lang, value]): RootContent => ({ type: "code", lang, value })),
  fc.tuple(fc.array(phrasings, { minLength: 1, maxLength: 3 }), fc.boolean(), fc.option(fc.boolean(), { nil: null })).map(
    ([items, ordered, checked]): RootContent => ({
      type: "list",
      ordered,
      spread: false,
      children: items.map((children) => ({ type: "listItem", spread: false, checked, children: [{ type: "paragraph", children }] })),
    }),
  ),
  fc.array(fc.array(phrasing, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 3 }).map(
    (rows): RootContent => ({
      type: "table",
      align: [null, null],
      children: rows.map((cells) => ({ type: "tableRow", children: cells.map((cell) => ({ type: "tableCell", children: [cell] })) })),
    }),
  ),
  phrasings.map((children): RootContent => ({ type: "blockquote", children: [{ type: "paragraph", children }] })),
  // Containers in containers, where the library's tracker shifted columns (list item indent, blockquote prefix).
  fc.tuple(phrasings, hostile, hostile, fc.boolean()).map(
    ([children, lang, value, ordered]): RootContent => ({
      type: "list",
      ordered,
      spread: false,
      children: [
        {
          type: "listItem",
          spread: false,
          children: [
            { type: "paragraph", children },
            {
              type: "blockquote",
              children: [
                { type: "code", lang, value },
                { type: "list", ordered: !ordered, spread: false, children: [{ type: "listItem", spread: false, children: [{ type: "paragraph", children: structuredClone(children) }] }] },
              ],
            },
          ],
        },
      ],
    }),
  ),
);
// Blocks repeat, as the runbook's "**Commands**" paragraphs and source lists do, so remembered answers are reused in new places.
const tree = fc
  .tuple(fc.array(block, { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 4 }))
  .map(([blocks, repeats]): Root => ({ type: "root", children: [...blocks, ...repeats.map((i) => structuredClone(blocks[i % blocks.length] as RootContent))] }));

// The option sets of lib/core/bundle/serialize/markdown.ts and lib/core/runbook/to-markdown.ts.
const OPTION_SETS: Record<string, Options> = {
  bundle: { bullet: "-", emphasis: "_", rule: "-", fences: true, listItemIndent: "one" },
  runbook: { bullet: "-", fences: true },
};

describe.each(Object.entries(OPTION_SETS))("pattern filtering gives the library's own Markdown (%s options)", (_name, options) => {
  const library = (root: Root) => toMarkdown(structuredClone(root), { ...options, extensions: [gfmToMarkdown()] });
  const filtered = (root: Root) => toMarkdown(structuredClone(root), { ...options, extensions: [gfmToMarkdown()], handlers: { root: rootWithShortcuts } });

  test("on hostile trees", () => {
    fc.assert(
      fc.property(tree, (root) => {
        expect(filtered(root)).toBe(library(root));
      }),
      { numRuns: 400 },
    );
  });

  test("a remembered paragraph is not reused where the context changes its Markdown", () => {
    const para = (): RootContent => ({ type: "paragraph", children: [{ type: "strong", children: [text("Sources")] }] });
    const item = (checked: boolean | null): RootContent => ({ type: "list", ordered: false, spread: false, children: [{ type: "listItem", spread: false, checked, children: [para() as never] }] });
    const root: Root = { type: "root", children: [para(), item(true), item(null), item(false), { type: "blockquote", children: [para() as never] }, para()] };
    const markdown = filtered(root);
    expect(markdown).toBe(library(root));
    expect(markdown).toContain("[x] **Sources**");
    expect(markdown).toContain("[ ] **Sources**");
  });

  // Found by the property above: a remembered list must be keyed by the bullet of the list before it
  // ("-" after a list, none after a heading), since adjacent lists alternate their markers.
  test("a remembered list keeps alternating bullets with the list before it", () => {
    const item = (): RootContent => ({ type: "list", ordered: false, spread: false, children: [{ type: "listItem", spread: false, checked: null, children: [{ type: "paragraph", children: [text("x")] }] }] });
    const root: Root = { type: "root", children: [item(), { type: "heading", depth: 1, children: [text("h")] }, item(), item(), item()] };
    expect(filtered(root)).toBe(library(root));
    expect(filtered(root)).toMatch(/^- x\n\n# h\n\n- x\n\n\* x\n\n- x\n$/);
  });

  test("on the escapes the patterns exist for", () => {
    const cases = ["# not a heading", "1. not a list", "- not an item", "> not a quote", "a | b", "<b>", "&amp;", "a_b_c", "*x*", "`x`", "x\n# y", " lead", "trail ", "[x](y)", "www.example.com", "https://x.y/"];
    for (const value of cases) {
      const root: Root = { type: "root", children: [{ type: "paragraph", children: [text(value)] }] };
      expect(filtered(root)).toBe(library(root));
    }
    // The comparison is not vacuous: these do get escaped.
    expect(filtered({ type: "root", children: [{ type: "paragraph", children: [text("# x")] }] })).toBe("\\# x\n");
  });
});
