import { describe, expect, test } from "vitest";
import { bearerToken, isReadMethod } from "./bearer";

const request = (authorization?: string) => new Request("http://planner.test/api/x", authorization === undefined ? {} : { headers: { authorization } });

describe("bearerToken", () => {
  test.each([
    [undefined, null],
    ["Bearer abc", "abc"],
    ["bearer   abc  ", "abc"],
    ["BEARER abc", "abc"],
    ["Bearer", ""],
    ["Bearer ", ""],
    ["Bearer a b", null],
    ["Basic dXNlcjpwdw==", null],
    ["Token abc", null],
  ])("%j → %j", (header, expected) => {
    expect(bearerToken(request(header))).toBe(expected);
  });
});

describe("isReadMethod", () => {
  test.each([
    ["GET", true],
    ["HEAD", true],
    ["POST", false],
    ["PUT", false],
    ["PATCH", false],
    ["DELETE", false],
    ["OPTIONS", false],
  ])("%s → %s", (method, expected) => {
    expect(isReadMethod(method)).toBe(expected);
  });
});
