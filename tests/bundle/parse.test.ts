import { describe, expect, test } from "vitest";
import { renderMarkdown, paragraph, table } from "@/lib/core/bundle/serialize/markdown";
import { tableRows } from "./parse";

describe("tableRows (the test's GFM table reader)", () => {
  test("reads a table's header, delimiter and body rows, cells split on unescaped pipes", () => {
    expect(tableRows("Intro\n\n| a | b\\|c |\n| - | :-: |\n| 1 | 2 |\n\nAfter")).toEqual([
      ["a", "b\\|c"],
      ["-", ":-:"],
      ["1", "2"],
    ]);
  });

  test("a paragraph line that starts with a pipe is no table, one before a delimiter row is", () => {
    expect(tableRows('Answer for\n||" and more.\n||" as well.')).toEqual([]);
    expect(tableRows("text\na | b\n--|--\nc | d")).toHaveLength(3);
    expect(tableRows("Answer\na|b\n|-|-|\n")).toEqual([["", ""], ["-", "-"]]);
  });

  test("plan text with line breaks and pipes cannot make a table in the rendered Markdown", () => {
    for (const value of ['\n||"', "\na|b\n|-|-|", "x\n| a | b |\n| - | - |", "\na | b\n--|--", "\na | b\n:-|-"]) {
      // The value ends the paragraph, where a delimiter row would have to be.
      const markdown = renderMarkdown([paragraph("Answer ", value), table(["k", "v"], [["name", value]])]);
      expect(tableRows(markdown), markdown).toHaveLength(3);
    }
  });
});
