import { describe, expect, test } from "vitest";
import { shellCommand, shellQuote, sqlIdent, sqlLiteral } from "./quote";

describe("shellQuote", () => {
  test.each([
    ["plain-word_1.2", "plain-word_1.2"],
    ["has space", "'has space'"],
    ["it's", `'it'\\''s'`],
    ["$(rm -rf /)", "'$(rm -rf /)'"],
    ["", "''"],
    ["a\nb", "'a\nb'"],
  ])("%j → %s", (input, expected) => {
    expect(shellQuote(input)).toBe(expected);
  });

  test("a command keeps every argument separate", () => {
    expect(shellCommand(["kubectl", "create", "secret", "generic", "x; rm -rf /"])).toBe("kubectl create secret generic 'x; rm -rf /'");
  });
});

describe("sql quoting", () => {
  test.each([
    ["teleport_backend", `"teleport_backend"`],
    [`we"ird`, `"we""ird"`],
    ["us-east-1", `"us-east-1"`],
  ])("ident %j → %s", (input, expected) => {
    expect(sqlIdent(input)).toBe(expected);
  });

  test.each([
    ["x", "'x'"],
    ["'); DROP TABLE t; --", "'''); DROP TABLE t; --'"],
  ])("literal %j → %s", (input, expected) => {
    expect(sqlLiteral(input)).toBe(expected);
  });

  test("NUL is refused", () => {
    expect(() => sqlIdent("a\u0000b")).toThrow();
    expect(() => sqlLiteral("a\u0000b")).toThrow();
  });
});
