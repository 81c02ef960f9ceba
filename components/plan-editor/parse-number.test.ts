import { describe, expect, test } from "vitest";
import { parseNumber } from "./parse-number";

describe("parseNumber", () => {
  test.each([
    ["10000", 10000],
    ["10,000", 10000],
    ["10 000", 10000],
    [" 3 ", 3],
    ["1.5", 1.5],
    ["-2", -2],
    ["0", 0],
  ])("%j is %d", (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  test.each(["", " ", "abc", "1e3", "12abc", "1.", ".5", "--1", "NaN", "Infinity"])("%j is not a number yet", (text) => {
    expect(parseNumber(text)).toBeNull();
  });
});
