import "@/tests/helpers/fast-check-seed";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { Document, Scalar, isScalar, visit } from "yaml";

/**
 * toYaml writes with `directives: false`, which skips the library's walk for tag names. That is
 * only exact because a document built from a value (never parsed) has no directive to write:
 * the default output must be the same for any value, comment and quoting toYaml can produce.
 */
const hostileString = fc.oneof(fc.string(), fc.constantFrom("---", "...", "%YAML 1.1", "%TAG ! tag:x,2000:", "!t x", "!!str", "&a", "*a", "| x", "> x", "# c", "\n---\n"));
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: "small" }, hostileString, fc.double(), fc.integer(), fc.boolean(), fc.constant(null), tie("list"), tie("map")),
  list: fc.array(tie("node"), { maxLength: 4 }),
  map: fc.dictionary(hostileString, tie("node"), { maxKeys: 4 }),
}));

describe("yaml directives", () => {
  test("a document built from a value writes the same text with and without directives: false", () => {
    fc.assert(
      fc.property(value.node, fc.array(hostileString, { maxLength: 2 }), fc.boolean(), (v, comment, quoteAll) => {
        const doc = new Document(v, { version: "1.1" });
        if (comment.length > 0) doc.commentBefore = comment.map((line) => ` ${line}`).join("\n");
        // toYaml double-quotes some scalars: that changes a scalar's style, never a tag or a directive.
        if (quoteAll) visit(doc, { Scalar: (_key, node) => void (isScalar(node) && typeof node.value === "string" && (node.type = Scalar.QUOTE_DOUBLE)) });
        const options = { lineWidth: 0, minContentWidth: 0 } as const;
        expect(doc.toString({ ...options, directives: false })).toBe(doc.toString(options));
      }),
      { numRuns: 500 },
    );
  });
});
