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
  ])("%j → %j", (header, expected) => {
    expect(bearerToken(request(header))).toBe(expected);
  });

  // Anything else in the header is refused, never ignored.
  test.each(["Bearer a b", "Bearer a, Bearer b", "Basic dXNlcjpwdw==", "Token abc", "", "abc"])("%j → 401 authorization_invalid", (header) => {
    expect(() => bearerToken(request(header))).toThrow(expect.objectContaining({ code: "authorization_invalid", status: 401 }));
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
