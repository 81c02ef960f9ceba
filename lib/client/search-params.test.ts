import { expect, test } from "vitest";
import { firstParam, revisionParam } from "./search-params";

test.each([
  [undefined, undefined],
  ["a", "a"],
  [["a", "b"], "a"],
])("firstParam(%j) = %j", (value, expected) => {
  expect(firstParam(value)).toBe(expected);
});

test.each([
  ["3", 3],
  [["2", "5"], 2],
  ["0", null],
  ["-1", null],
  ["1.5", null],
  ["abc", null],
  [undefined, null],
  ["1234567890", null],
])("revisionParam(%j) = %j", (value, expected) => {
  expect(revisionParam(value)).toBe(expected);
});
