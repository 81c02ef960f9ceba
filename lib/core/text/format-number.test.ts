import { expect, test } from "vitest";
import { formatNumber } from "./format-number";

test.each([
  [10000, 0, "10,000"],
  [1234.56, 1, "1,234.6"],
  [1234.56, 0, "1,235"],
  [0.125, 2, "0.13"],
  [-5, 0, "-5"],
])("formatNumber(%d, %d) = %s", (value, digits, expected) => {
  expect(formatNumber(value, digits)).toBe(expected);
});
