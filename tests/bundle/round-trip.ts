import type { Root, RootContent } from "mdast";
import { parse as parseYaml12 } from "yaml";
import { expect } from "vitest";
import type { BundleDocument, BundleFile } from "@/lib/core/bundle";
import { sortKeys } from "@/lib/core/bundle/serialize/json";
import { fromYaml } from "@/lib/core/bundle/serialize/yaml";
import { nodesOfType, parseMarkdown, parseShell, splitSql, tableRows } from "./parse";

/** A value as JSON would carry it (drops undefined, turns Dates into strings). */
export const jsonNormalize = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const textOf = (node: Root | RootContent): string =>
  "value" in node && typeof node.value === "string" && node.type !== "code" ? node.value : "children" in node ? node.children.map(textOf).join("") : "";

/**
 * Parses a rendered bundle file the way its reader would and checks it is exactly the
 * document it was rendered from: same keys and values, same statements, same commands, same
 * headings, links, code blocks and table shapes.
 */
export function expectRoundTrip(doc: BundleDocument, file: BundleFile): void {
  expect(file.path).toBe(doc.path);
  const { content } = file;
  switch (doc.format) {
    case "yaml": {
      const intended = jsonNormalize(doc.value);
      expect(fromYaml(content), `${doc.path} (YAML 1.1)`).toEqual(intended);
      expect(parseYaml12(content), `${doc.path} (YAML 1.2)`).toEqual(intended);
      return;
    }
    case "json":
      expect(JSON.stringify(JSON.parse(content))).toBe(JSON.stringify(sortKeys(jsonNormalize(doc.value))));
      return;
    case "terraform":
      expect(JSON.parse(content)).toEqual(jsonNormalize(doc.value));
      return;
    case "sql":
      expect(splitSql(content)).toEqual(doc.value.sections.flatMap((s) => s.statements.map((st) => st.text)));
      return;
    case "shell": {
      const parsed = parseShell(content);
      const intended = doc.value.flatMap((line) => ("argv" in line ? [[...line.argv]] : []));
      expect(parsed.commands).toEqual([["set", "-eu"], ...intended]);
      expect(parsed.comments).toHaveLength(1 + doc.value.filter((line) => "comment" in line).length);
      return;
    }
    case "markdown": {
      const parsed = parseMarkdown(content);
      const intended: Root = { type: "root", children: [...doc.value] };
      expect(nodesOfType(parsed, "heading").map((h) => [h.depth, textOf(h)])).toEqual(nodesOfType(intended, "heading").map((h) => [h.depth, textOf(h)]));
      expect(nodesOfType(parsed, "link").map((l) => [l.url, textOf(l)])).toEqual(nodesOfType(intended, "link").map((l) => [l.url, textOf(l)]));
      expect(nodesOfType(parsed, "code").map((c) => c.value)).toEqual(nodesOfType(intended, "code").map((c) => c.value));
      const tables = nodesOfType(intended, "table");
      const rows = tableRows(content);
      expect(rows).toHaveLength(tables.reduce((n, t) => n + t.children.length + 1, 0));
      let at = 0;
      for (const t of tables) {
        const columns = t.children[0]?.children.length ?? 0;
        for (let i = 0; i <= t.children.length; i += 1) expect(rows[at + i]).toHaveLength(columns);
        at += t.children.length + 1;
      }
      // Without a GFM parser a table reads as a paragraph; its text must still hold every cell verbatim.
      const paragraphText = nodesOfType(parsed, "paragraph").map(textOf).join("\n");
      for (const t of tables) for (const row of t.children) for (const cell of row.children) expect(paragraphText).toContain(textOf(cell));
      return;
    }
    case "markdown-text":
      expect(content).toBe(doc.value.endsWith("\n") ? doc.value : `${doc.value}\n`);
      return;
  }
}
