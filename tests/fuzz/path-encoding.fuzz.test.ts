import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { NextRequest } from "next/server";
import { hasMalformedPercentEncoding, malformedPathAnswer, MALFORMED_PATH_ERROR } from "@/lib/server/http/path-encoding";
import { apiRouteFiles, pagePatterns } from "@/tests/system/helpers/page-routes";

/**
 * Malformed percent-encodings in every dynamic segment of every route (issue 12). The oracle is
 * independent of decodeURIComponent: a segment made of percent-escaped bytes is well formed
 * exactly when the bytes are UTF-8 (WHATWG TextDecoder, fatal), and a bare `%` not followed by
 * two hex digits is always malformed.
 */
const escaped = (bytes: Uint8Array) => [...bytes].map((b) => `%${b.toString(16).padStart(2, "0").toUpperCase()}`).join("");
const isUtf8 = (bytes: Uint8Array) => {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** A segment and whether it is malformed. */
const segment: fc.Arbitrary<[string, boolean]> = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 8 }).map((bytes): [string, boolean] => [escaped(bytes), !isUtf8(bytes)]),
  fc.tuple(fc.stringMatching(/^[a-z0-9-]{0,6}$/), fc.constantFrom("%", "%a", "%g0", "%zz", "%%", "%E0%A4%A"), fc.stringMatching(/^[g-z-]{0,4}$/)).map(([a, bad, b]): [string, boolean] => [`${a}${bad}${b}`, true]),
  fc.stringMatching(/^[a-z0-9._~-]{1,12}$/).map((s): [string, boolean] => [s, false]),
);

const patterns = [...apiRouteFiles().map((r) => r.pattern), ...pagePatterns()].filter((p) => p.includes("["));

describe("malformed percent-encoding, every dynamic route", () => {
  test("the proxy answers exactly the malformed paths: 400 JSON for the API, the not-found rewrite for pages", async () => {
    expect(patterns.length).toBeGreaterThan(15);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...patterns), segment, async (pattern, [value, isMalformed]) => {
        const names = [...pattern.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]);
        const target = names[value.length % names.length];
        const pathname = pattern.replace(/\[([^\]]+)\]/g, (_, name: string) => (name === target ? value : "x1"));
        expect(hasMalformedPercentEncoding(pathname), pathname).toBe(isMalformed);
        const answer = malformedPathAnswer(new NextRequest(`http://planner.test${pathname}`));
        if (!isMalformed) expect(answer, pathname).toBeNull();
        else if (pathname.startsWith("/api/")) {
          expect(answer?.status, pathname).toBe(400);
          expect(await answer?.json()).toEqual(MALFORMED_PATH_ERROR);
        } else expect(answer?.headers.get("x-middleware-rewrite"), pathname).toMatch(/\/(_malformed-address|share\/malformed-address)$/);
      }),
      { numRuns: 2_000 },
    );
  });
});
